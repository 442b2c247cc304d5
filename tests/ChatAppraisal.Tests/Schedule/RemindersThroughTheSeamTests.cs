using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Tests.Channels;

namespace ChatAppraisal.Tests.Schedule;

/// <summary>The schedule's notices and reminders through the real notifier and outbox, to a channel the members are bound on.</summary>
public sealed class RemindersThroughTheSeamTests : IAsyncLifetime
{
    readonly RecordingChannel _channel = new() { Limits = new ChannelLimits { MaxTextLength = 4096 } };
    Township _town = null!;

    public async Task InitializeAsync()
    {
        _town = new Township(channel: _channel);
        await _town.Get<Outbox>().StartAsync(default);
    }

    public async Task DisposeAsync()
    {
        await _town.Get<Outbox>().StopAsync(default);
        _town.Dispose();
    }

    [Fact]
    public async Task SettingAVisitReachesTheGroupOnItsChannelAndNoOneElse()
    {
        _town.At(15, 10);

        await _town.Chat.Send(_town.Office, "/schedule 新庄村 1月16日 14:00 村委会议室");

        await _channel.WaitForAsync(c => c.Sent.Count == 3, "three notices");
        var notice = "📅 考核安排：1月16日（星期二）14:00到新庄村考核（村委会议室）。（考核办公室 郑主任）";
        foreach (var member in new[] { _town.Examiner, _town.Examiner2, _town.GroupLeader })
            Assert.Equal([notice], _channel.TextsTo(member.UserId));
        Assert.Empty(_channel.TextsTo(_town.Leader.UserId));
        Assert.Equal(3, _town.Store.LiteDatabase().GetCollection<NotificationDoc>(NotificationDoc.Collection).Count());
    }

    [Fact]
    public async Task ALeadersMorningReminderArrivesOnceEvenWhenAskedForTwice()
    {
        _town.At(15, 10);
        await _town.Chat.Send(_town.Office, "/schedule 新庄村 1月16日 9:00");
        await _town.Chat.Send(_town.Office, "/remind due 1月18日");
        await _channel.WaitForAsync(c => c.Sent.Count >= 3, "the visit notices");
        _town.At(16, 8, 5);

        _town.SendDue();
        _town.SendDue();

        await _channel.WaitForAsync(c => c.TextsTo(_town.Leader.UserId).Count == 1, "the leader's reminder");
        await Task.Delay(100);
        var reminder = Assert.Single(_channel.TextsTo(_town.Leader.UserId));
        Assert.Contains("新庄村", reminder);
    }
}
