using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Channels;
using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;

namespace ChatAppraisal.Tests.Schedule;

/// <summary>
/// A township in the chat with the schedule registered (<c>AddSchedule()</c>) and a recording notifier: four villages,
/// the office, two examiners, a group leader, two leaders. The clock starts on Monday 15 January 2018, 09:00 in Shanghai.
/// </summary>
public sealed class Township : IDisposable
{
    /// <param name="channel">A channel the members are bound on ("test"): the real notifier then sends through the seam.</param>
    /// <param name="extra">More services for the test (a recorder of backups asked for).</param>
    public Township(string? timeZone = null, string language = "zh", Channels.RecordingChannel? channel = null, Action<IServiceCollection>? extra = null)
    {
        var more = extra;
        Chat = new ChatHarness(language, services =>
        {
            services.AddSchedule();
            if (channel is null) services.AddSingleton<IMemberNotifier, RecordingNotifier>();
            else services.AddSingleton<IChatChannel>(channel);
            if (timeZone is not null) services.Configure<BotOptions>(o => o.TimeZone = timeZone);
            more?.Invoke(services);
        });
        Chat.Db.AddVillage("马家村");
        Office = Chat.Member("郑主任", Role.Office);
        Examiner = Chat.Member("郑亚娜", Role.Examiner);
        Examiner2 = Chat.Member("王强", Role.Examiner);
        GroupLeader = Chat.Member("李组长", Role.GroupLeader);
        Leader = Chat.Member("刘书记", Role.Leader);
        Leader2 = Chat.Member("陈镇长", Role.Leader);
    }

    public ChatHarness Chat { get; }
    public ChatUser Office { get; }
    public ChatUser Examiner { get; }
    public ChatUser Examiner2 { get; }
    public ChatUser GroupLeader { get; }
    public ChatUser Leader { get; }
    public ChatUser Leader2 { get; }

    public AppraisalStore Store => Chat.Db.Store;
    public T Get<T>() where T : notnull => Chat.Services.GetRequiredService<T>();

    /// <summary>Sets the fake clock to a wall-clock time in Shanghai (UTC+8, no daylight saving).</summary>
    public void At(int day, int hour, int minute = 0) => AtOffset(day, hour, minute, TimeSpan.FromHours(8));

    public void AtOffset(int day, int hour, int minute, TimeSpan offset) =>
        Chat.Db.Clock.SetUtcNow(new DateTimeOffset(2018, 1, day, hour, minute, 0, offset));

    public IReadOnlyList<RemindOutcome> SendDue() => Get<ReminderSender>().SendDue();

    public List<NoticeDoc> Notices() => RecordingNotifier.All(Store);

    /// <summary>The notices a user received after the first <paramref name="skip"/> of all.</summary>
    public List<NoticeDoc> NoticesTo(ChatUser user, int skip = 0) => Notices().Skip(skip).Where(n => n.MemberId == MemberId(user)).ToList();

    public int MemberId(ChatUser user) => Chat.Db.Members.FindByAccount(user.Channel, user.UserId)!.Id;

    public Actor Actor(ChatUser user) => new(MemberId(user), user.DisplayName ?? "", user.Channel);

    public int VillageId(string name) => Chat.Village(name).Id;

    /// <summary>Scores the given items of a category (0-based) at their maxima, as <paramref name="user"/>.</summary>
    public void Score(ChatUser user, string village, int category, int items)
    {
        var rubric = Chat.Period.Rubric.Categories[category];
        var values = rubric.Items.Take(items).Select((item, i) => (i, (decimal?)item.Max)).ToList();
        Assert.True(Chat.Db.ScoreBook.SetItems(Actor(user), Chat.Period, VillageId(village), category, values).Ok);
    }

    /// <summary>Every item of every category at its maximum, each category confirmed.</summary>
    public void ScoreAllAndConfirm(ChatUser user, string village)
    {
        for (var c = 0; c < Chat.Period.Rubric.Categories.Count; c++) Score(user, village, c, Chat.Period.Rubric.Categories[c].Items.Count);
        for (var c = 0; c < Chat.Period.Rubric.Categories.Count; c++) Confirm(user, village, c);
    }

    public void Confirm(ChatUser user, string village, int category)
    {
        var sheet = Get<Sheets>().Load(Chat.Period, VillageId(village))!;
        Get<CategoryConfirmations>().Confirm(Actor(user), Chat.Period, VillageId(village), sheet.Categories[category], Chat.Db.Clock.GetUtcNow().UtcDateTime);
    }

    public void RateAll(ChatUser leader)
    {
        foreach (var village in Store.Setup.Villages.FindAll().ToList())
            Assert.True(Chat.Db.ScoreBook.SetRating(Actor(leader), Chat.Period, village.Id, Chat.Period.Rubric.Categories.Select(c => c.LeaderCap).ToList()).Ok);
    }

    /// <summary>The office's four-day schedule, 15 to 18 January, one village a day.</summary>
    public async Task FourDaySchedule()
    {
        await Expect(Office, "/schedule 新庄村 1月15日 14:00 村委会议室", "已安排");
        await Expect(Office, "/schedule 东湾村 1月16日 9:00", "已安排");
        await Expect(Office, "/schedule 西坪村 1月17日 9:00", "已安排");
        await Expect(Office, "/schedule 马家村 1月18日 9:00", "已安排");
    }

    public async Task<string> Expect(ChatUser user, string text, string contains)
    {
        var reply = (await Chat.Send(user, text)).Text();
        Assert.Contains(contains, reply);
        return reply;
    }

    /// <summary>The service as the host runs it (registered by AddSchedule), started.</summary>
    public async Task<ReminderService> StartService()
    {
        var service = Chat.Services.GetServices<IHostedService>().OfType<ReminderService>().Single();
        await service.StartAsync(CancellationToken.None);
        return service;
    }

    public void Restart() => Chat.Restart();

    public void Dispose() => Chat.Dispose();
}

static class Waiting
{
    /// <summary>Waits (real time, at most 30 s: the machine is shared) until <paramref name="done"/> holds.</summary>
    public static async Task Until(Func<bool> done, string what)
    {
        var deadline = DateTime.UtcNow + TimeSpan.FromSeconds(30);
        while (!done())
        {
            Assert.True(DateTime.UtcNow < deadline, $"Timed out waiting for {what}");
            await Task.Delay(10);
        }
    }
}
