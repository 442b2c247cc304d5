using ChatAppraisal.Appraisal;
using ChatAppraisal.Backups;
using ChatAppraisal.Ballots;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Tests.Channels;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Schedule;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Publication;

/// <summary>Backups asked for, recorded instead of taken.</summary>
public sealed class RecordedBackups : IBackupRequests
{
    public List<(BackupReason Reason, string? Note)> Requests { get; } = [];
    public void Request(BackupReason reason, string? note = null, int? memberId = null) => Requests.Add((reason, note));
}

/// <summary>
/// The township (<see cref="Township"/>) with 上庄村 and its party secretary 王书记 (village role), everything bound on a
/// recording channel through the real notifier and outbox. Every village is scored at its maxima except 上庄村's
/// 做合格党员 (10 of 13, reason 会议记录缺两次) and 户内资料 (24 of 30); both leaders rate every village; 上庄村's ballot is closed with 3 votes.
/// The clock: Monday 15 January 2018, 10:00 in Shanghai.
/// </summary>
public sealed class PublicationTown : IAsyncDisposable
{
    public RecordingChannel Channel { get; } = new() { Limits = new ChannelLimits { MaxTextLength = 4096 } };
    public RecordedBackups Backups { get; } = new();
    public Township Town { get; }
    public ChatUser Wang { get; }
    public ChatUser Admin { get; }

    public PublicationTown()
    {
        var backups = Backups;
        Town = new Township(channel: Channel, extra: s => s.AddSingleton<IBackupRequests>(backups));
        Town.Chat.Db.AddVillage("上庄村");
        Admin = Town.Chat.Member("管理员甲", Role.Admin);
        var added = Town.Get<MemberRoster>().Add(new Actor(0, "test", "test"), "王书记", [Role.Village], Town.VillageId("上庄村"));
        Wang = new ChatUser("test", "wang", "王书记");
        Town.Chat.Db.Members.Redeem(added.Invite!.Code, Wang.Channel, Wang.UserId);
        Town.At(15, 10);
    }

    public ChatHarness Chat => Town.Chat;
    public T Get<T>() where T : notnull => Town.Get<T>();
    public int Id(string village) => Town.VillageId(village);

    public async Task StartAsync() => await Get<Outbox>().StartAsync(default);

    /// <summary>Scores, ratings, the ballot; every sheet sealed but those named.</summary>
    public void Appraise(params string[] leaveUnsealed)
    {
        foreach (var village in Town.Store.Setup.Villages.FindAll().Select(v => v.Name).ToList())
            for (var c = 0; c < Chat.Period.Rubric.Categories.Count; c++) Town.Score(Town.Examiner, village, c, Chat.Period.Rubric.Categories[c].Leaves.Count);
        var book = Chat.Db.ScoreBook;
        Assert.True(book.SetItem(Town.Actor(Town.Examiner), Chat.Period, Id("上庄村"), 0, 2, 10, reason: "会议记录缺两次").Ok);
        var household = Chat.Period.Rubric.Categories.Select((c, ci) => (ci, ii: c.Leaves.ToList().FindIndex(i => i.Name == "户内资料"))).First(x => x.ii >= 0);
        Assert.True(book.SetItem(Town.Actor(Town.Examiner), Chat.Period, Id("上庄村"), household.ci, household.ii, 24).Ok);
        Town.RateAll(Town.Leader);
        var lower = Chat.Period.Rubric.Categories.Select(c => c.LeaderCap - 1).ToList();
        Assert.True(book.SetRating(Town.Actor(Town.Leader2), Chat.Period, Id("上庄村"), lower).Ok);

        var ballots = Get<BallotBook>();
        var opened = ballots.Open(Town.Actor(Town.Examiner), Chat.Period, Id("上庄村"), 3);
        ballots.Vote(opened.NewCodes![0], BallotGrade.Good);
        ballots.Vote(opened.NewCodes[1], BallotGrade.Good);
        ballots.Vote(opened.NewCodes[2], BallotGrade.Fair);
        ballots.Close(Town.Actor(Town.Examiner), opened.Ballot!.Id);

        foreach (var village in Town.Store.Setup.Villages.FindAll().Where(v => !leaveUnsealed.Contains(v.Name)).ToList())
            Assert.Equal(SealRefusal.None, Get<Sheets>().Seal(Town.Actor(Town.GroupLeader), Chat.Period, village.Id));
    }

    public async ValueTask DisposeAsync()
    {
        // The outbox waits for its queue on the town's clock, which stands still here: a test that publishes without
        // waiting for the village's message (slow under load) would stop forever. The queue is given real seconds instead.
        var outbox = Get<Outbox>();
        using var shutdown = new CancellationTokenSource(TimeSpan.FromSeconds(10));
        while (outbox.Unsent > 0 && !shutdown.IsCancellationRequested) await Task.Delay(20);
        await outbox.StopAsync(shutdown.Token);
        Town.Dispose();
    }
}
