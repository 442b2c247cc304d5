using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;

namespace ChatAppraisal.Tests.Channels;

/// <summary>The seam's outbox with a channel of the tests' own: durable, in order per chat, within the channel's limits.</summary>
public sealed class OutboxTests : IDisposable
{
    readonly TempDatabase _db = new();

    public void Dispose() => _db.Dispose();

    Outbox NewOutbox(RecordingChannel channel) => new(_db.Store, [channel], TimeProvider.System, NullLogger<Outbox>.Instance);

    static IReadOnlyList<Reply> Texts(params string[] texts) => texts.Select(t => (Reply)new TextReply(t)).ToList();

    [Fact]
    public async Task MessagesAreQueuedOnlyOnceTheirTransactionCommitsAndNeverWhenItRollsBack()
    {
        var channel = new RecordingChannel();
        using var outbox = NewOutbox(channel);
        await outbox.StartAsync(default);

        Assert.Throws<InvalidOperationException>(() => _db.Store.Write(() =>
        {
            outbox.Write(channel.Name, "1", Texts("回滚的"), "reply");
            throw new InvalidOperationException("the update failed");
        }));
        _db.Store.Write(() =>
        {
            outbox.Write(channel.Name, "1", Texts("提交的"), "reply");
            Assert.Empty(channel.Sent); // not before the commit
        });

        await channel.WaitForAsync(c => c.Sent.Count == 1, "the committed message");
        await outbox.StopAsync(default);
        Assert.Equal(["提交的"], channel.TextsTo("1"));
        Assert.Equal(0, _db.Store.LiteDatabase().GetCollection<OutboxDoc>(OutboxDoc.Collection).Count());
    }

    [Fact]
    public async Task WhatAProcessThatDiedHadWrittenButNotSentIsSentOnceInOrderByTheNextWithItsButtonsAndBytes()
    {
        var dead = new RecordingChannel();
        var first = NewOutbox(dead); // never started: the process died right after the commit
        first.Write(dead.Name, "1", [new TextReply("党建工作 1/17", [[new Button("满分", "7|max"), new Button("0", "7|zero")]]) { NumbersAreAnswers = true }], "reply");
        first.Write(dead.Name, "2", [new ImageReply([137, 80, 78, 71], "排名")], "reply");
        first.Write(dead.Name, "1", [new DocumentReply([1, 2, 3], "考核结果.xlsx")], "reminder");
        _db.Reopen();

        var channel = new RecordingChannel();
        using var next = NewOutbox(channel);
        await next.StartAsync(default);
        await channel.WaitForAsync(c => c.Sent.Count == 3, "the three messages");
        await next.StopAsync(default);

        Assert.Empty(dead.Sent);
        var toOne = channel.Sent.Where(s => s.ChatId == "1").Select(s => s.Reply).ToList();
        var prompt = Assert.IsType<TextReply>(toOne[0]);
        Assert.True(prompt.NumbersAreAnswers);
        Assert.Equal([("满分", "7|max"), ("0", "7|zero")], prompt.Buttons!.Single().Select(b => (b.Label, b.Data)));
        Assert.Equal("考核结果.xlsx", Assert.IsType<DocumentReply>(toOne[1]).FileName);
        Assert.Equal([137, 80, 78, 71], Assert.IsType<ImageReply>(Assert.Single(channel.Sent, s => s.ChatId == "2").Reply).Png);

        _db.Reopen();
        var again = new RecordingChannel();
        using var third = NewOutbox(again);
        await third.StartAsync(default);
        await Task.Delay(200);
        await third.StopAsync(default);
        Assert.Empty(again.Sent); // crossed off: never sent twice
    }

    [Fact]
    public async Task AFloodedChatWaitsItsTurnWhileAnotherChatGoesOn()
    {
        var floods = 0;
        var channel = new RecordingChannel
        {
            Fail = (chat, _) => chat == "flooded" && Interlocked.Increment(ref floods) == 1 ? new FloodException(TimeSpan.FromMilliseconds(600)) : null,
        };
        using var outbox = NewOutbox(channel);
        await outbox.StartAsync(default);

        outbox.Write(channel.Name, "flooded", Texts("一", "二"), "reply");
        outbox.Write(channel.Name, "calm", Texts("你好"), "reply");

        await channel.WaitForAsync(c => c.Sent.Count == 3, "all three");
        await outbox.StopAsync(default);
        Assert.Equal(["一", "二"], channel.TextsTo("flooded"));
        var calm = Assert.Single(channel.Sent, s => s.ChatId == "calm").At;
        Assert.True(calm < channel.Sent.First(s => s.ChatId == "flooded").At, "the calm chat did not wait for the flood");
    }

    [Fact]
    public async Task ASustainedFloodFromOneChatNeverPutsMoreThanAWindowAllowsIntoAnyWindow()
    {
        var window = new RateWindow(2, TimeSpan.FromMilliseconds(300));
        var channel = new RecordingChannel { Limits = new ChannelLimits { PerChat = [window] } };
        using var outbox = NewOutbox(channel);
        await outbox.StartAsync(default);

        for (var i = 1; i <= 8; i++) outbox.Write(channel.Name, "1", Texts($"第{i}条"), "reply");

        await channel.WaitForAsync(c => c.Sent.Count == 8, "eight messages");
        await outbox.StopAsync(default);
        var times = channel.Sent.Select(s => s.At).ToList();
        Assert.Equal(Enumerable.Range(1, 8).Select(i => $"第{i}条"), channel.TextsTo("1"));
        Assert.True(times[1] - times[0] < TimeSpan.FromMilliseconds(290), "the burst of two did not wait for the window");
        for (var i = 2; i < 8; i++)
            Assert.True(times[i] - times[i - 2] >= TimeSpan.FromMilliseconds(290), $"message {i + 1} broke the window");
    }

    [Fact]
    public async Task AChannelThatCountsMessagesGetsConsecutiveTextsMergedWhereTheyFitButNeverAPromptWithButtons()
    {
        var gate = new TaskCompletionSource();
        var channel = new RecordingChannel { Limits = new ChannelLimits { MaxTextLength = 30, MergeTexts = true } };
        using var outbox = NewOutbox(channel);

        outbox.Write(channel.Name, "1", Texts("✓ 已保存", "社会保险 2/3", new string('长', 25)), "reply");
        outbox.Write(channel.Name, "1", [new TextReply("下一项？", [[new Button("满分", "1|max")]])], "reply");
        await outbox.StartAsync(default);

        await channel.WaitForAsync(c => c.Sent.Count == 3, "three messages");
        await outbox.StopAsync(default);
        Assert.Equal(["✓ 已保存\n\n社会保险 2/3", new string('长', 25), "下一项？"], channel.TextsTo("1"));
    }

    [Fact]
    public async Task AnErrorWorthRetryingIsTriedAgainAndARefusalForGoodIsDroppedWithoutHoldingUpTheRest()
    {
        var tries = 0;
        var channel = new RecordingChannel
        {
            Limits = new ChannelLimits { Retry = new RetryPolicy { FirstBackoff = TimeSpan.FromMilliseconds(20), SendAttempts = 3 } },
            Fail = (_, reply) => reply is TextReply { Text: "网络不稳" } && Interlocked.Increment(ref tries) < 3 ? new IOException("connection reset")
                : reply is TextReply { Text: "被拒" } ? new InvalidOperationException("blocked by the user") : null,
        };
        using var outbox = NewOutbox(channel);
        await outbox.StartAsync(default);

        outbox.Write(channel.Name, "1", Texts("网络不稳", "被拒", "之后"), "reply");

        await channel.WaitForAsync(c => c.Sent.Count == 2, "two messages");
        await outbox.StopAsync(default);
        Assert.Equal(["网络不稳", "之后"], channel.TextsTo("1"));
        Assert.Equal(3, tries);
        Assert.Equal(0, _db.Store.LiteDatabase().GetCollection<OutboxDoc>(OutboxDoc.Collection).Count());
    }

    [Fact]
    public async Task TextsAreCutToTheChannelsLengthBeforeTheyAreWrittenDown()
    {
        var channel = new RecordingChannel { Limits = new ChannelLimits { MaxTextLength = 11 } };
        using var outbox = NewOutbox(channel);

        var ids = outbox.Write(channel.Name, "1", Texts("一二三四五\n六七八九十\n甲乙"), "reply");

        Assert.Equal(2, ids.Count);
        await outbox.StartAsync(default);
        await channel.WaitForAsync(c => c.Sent.Count == 2, "two pieces");
        await outbox.StopAsync(default);
        Assert.Equal(["一二三四五\n六七八九十", "甲乙"], channel.TextsTo("1"));
    }
}
