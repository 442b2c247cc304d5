using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;
using Microsoft.Extensions.Logging;
using Telegram.Bot.Exceptions;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>Flood control, server errors and cut connections: every reply arrives, in order per chat, and no chat waits for another.</summary>
public sealed class TelegramFloodTests : TelegramBotTest
{
    [Fact]
    public async Task WithFloodControlAndServerErrorsOnAFifthOfSendsEveryReplyStillArrivesInOrderPerChat()
    {
        var sends = 0;
        Api.Faults = r =>
        {
            if (!r.IsSend) return null;
            var n = Interlocked.Increment(ref sends);
            if (n % 5 != 0) return null;
            return n % 10 == 5 ? BotApiFault.TooManyRequests(1) : BotApiFault.ServerError();
        };
        FakeUser[] people = [Wang, Li, Zhao];

        for (var i = 1; i <= 6; i++)
            foreach (var person in people) Api.SendText(person, $"{person.FirstName}{i}");

        foreach (var person in people)
        {
            var messages = await Api.WaitForMessagesAsync(person.Id, 6, TimeSpan.FromSeconds(40));
            Assert.Equal(Enumerable.Range(1, 6).Select(i => $"收到：{person.FirstName}{i}"), messages.Select(m => m.Text));
        }
        var faults = Api.Requests.Where(r => r.Fault is not null).ToList();
        Assert.Contains(faults, r => r.Status == 429);
        Assert.Contains(faults, r => r.Status == 500);
        Assert.Equal(18, Api.RequestsFor("sendMessage").Count(r => r.Succeeded));
        // After a 429 the chat waits at least retry_after before its next try.
        foreach (var flood in faults.Where(r => r.Status == 429))
        {
            var next = Api.Requests.First(r => r.Sequence > flood.Sequence && r.IsSend && r.ChatId == flood.ChatId);
            Assert.True(next.At - flood.At >= TimeSpan.FromMilliseconds(950), $"{next} came {next.At - flood.At} after {flood}");
        }
    }

    [Fact]
    public async Task AFloodedChatDoesNotHoldUpRepliesToOtherChats()
    {
        var floods = 0;
        Api.Faults = r => r.IsSend && r.ChatId == Wang.Id && Interlocked.Increment(ref floods) <= 2 ? BotApiFault.TooManyRequests(3) : null;

        Api.SendText(Wang, "一");
        await Api.WaitUntilAsync(() => Volatile.Read(ref floods) >= 1, "Wang's chat to be flooded");
        Api.SendText(Li, "二");
        var liReply = (await Api.WaitForMessagesAsync(Li.Id, 1, TimeSpan.FromSeconds(2))).Single();

        Assert.Empty(Api.MessagesIn(Wang.Id));
        var wangReply = (await Api.WaitForMessagesAsync(Wang.Id, 1, TimeSpan.FromSeconds(15))).Single();
        Assert.Equal("收到：一", wangReply.Text);
        var firstFlood = Api.Requests.First(r => r.Status == 429);
        Assert.True(wangReply.SentAt - firstFlood.At >= TimeSpan.FromSeconds(5.9), "two waits of retry_after = 3 s");
        Assert.True(liReply.SentAt < wangReply.SentAt);
    }

    [Fact]
    public async Task AReplyRefusedForGoodIsLoggedWithItsChatAndDroppedWhileLaterRepliesGoOut()
    {
        Api.Faults = r => r.Method == "sendMessage" && r.String("text") == "收到：被拒" ? new BotApiFault(403, "Forbidden: bot was blocked by the user") : null;

        Api.SendText(Wang, "被拒");
        Api.SendText(Wang, "之后");
        Api.SendText(Li, "你好");

        Assert.Equal("收到：之后", (await Api.WaitForMessagesAsync(Wang.Id, 1)).Single().Text);
        await Api.WaitForMessagesAsync(Li.Id, 1);
        Assert.Single(Api.RequestsFor("sendMessage"), r => r.Status == 403);
        var error = Assert.Single(Bot.Logs.AtLeast(LogLevel.Error));
        Assert.Contains("chat 1001", error.Message);
        Assert.Equal(403, Assert.IsType<ApiRequestException>(error.Exception).ErrorCode);
    }

    [Fact]
    public async Task ServerErrorsThatNeverEndAreGivenUpAfterTheLastTryAndLogged()
    {
        Api.Faults = r => r.Method == "sendMessage" && r.String("text") == "收到：坏" ? BotApiFault.ServerError() : null;

        Api.SendText(Wang, "坏");
        Api.SendText(Wang, "好");

        Assert.Equal("收到：好", (await Api.WaitForMessagesAsync(Wang.Id, 1, TimeSpan.FromSeconds(10))).Single().Text);
        Assert.Equal(Tuning.SendAttempts, Api.RequestsFor("sendMessage").Count(r => r.Status == 500));
        var error = Assert.Single(Bot.Logs.AtLeast(LogLevel.Error));
        Assert.Contains("chat 1001", error.Message);
        Assert.Equal(500, Assert.IsType<ApiRequestException>(error.Exception).ErrorCode);
    }

    [Fact]
    public async Task ACutConnectionIsTriedAgain()
    {
        var cuts = 0;
        Api.Faults = r => r.Method == "sendMessage" && Interlocked.Increment(ref cuts) == 1 ? BotApiFault.Disconnect() : null;

        Api.SendText(Wang, "你好");

        Assert.Equal("收到：你好", (await Api.WaitForMessagesAsync(Wang.Id, 1)).Single().Text);
        Assert.Equal([0, 200], Api.RequestsFor("sendMessage").Select(r => r.Status));
    }

    [Fact]
    public async Task AButtonPressIsAnsweredEvenWhileItsChatWaitsOutFloodControl()
    {
        Api.SendText(Wang, "/menu");
        var menu = (await Api.WaitForMessagesAsync(Wang.Id, 1)).Single();
        Api.Faults = r => r.IsSend ? BotApiFault.TooManyRequests(5) : null;
        Api.SendText(Wang, "先发的");
        await Api.WaitUntilAsync(() => Api.Requests.Any(r => r.Status == 429), "the chat to meet flood control");

        var press = Api.PressButton(Wang, menu, "A");

        await Api.WaitUntilAsync(() => Api.ButtonAnswered(press), "the button press to be answered", TimeSpan.FromSeconds(2));
        Assert.Single(Api.MessagesIn(Wang.Id));
        Api.Faults = null;
        await Api.WaitUntilAsync(() => Api.MessagesIn(Wang.Id) is [{ Text: "已选 A" }, { Text: "收到：先发的" }], "both replies after the wait", TimeSpan.FromSeconds(12));
    }
}

/// <summary>The outbox paces each chat and all chats together.</summary>
public sealed class TelegramPacingTests : TelegramBotTest
{
    protected override TelegramTuning Tuning => TelegramBotApp.FastTuning with
    {
        PerChatInterval = TimeSpan.FromMilliseconds(300),
        PerGroupInterval = TimeSpan.FromMilliseconds(700),
        PerChatBurst = 1,
        MessagesPerSecond = 5,
    };

    [Fact]
    public async Task AGroupIsPacedMoreSlowlyThanAPrivateChat()
    {
        var group = new FakeGroup(-1009876543210, "考核组");
        Engine.Respond = u => Enumerable.Range(1, 3).Select(i => (Reply)new TextReply($"第{i}条")).ToList();

        Api.SendText(Wang, "/burst@appraisal_test_bot", group);

        var messages = await Api.WaitForMessagesAsync(group.Id, 3, TimeSpan.FromSeconds(10));
        var times = messages.Select(m => m.SentAt).ToList();
        Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(680), $"gap {gap}"));
    }

    [Fact]
    public async Task RepliesKeepToThePerChatIntervalAndAllChatsTogetherToTheOverallRate()
    {
        Engine.Respond = u => Enumerable.Range(1, 3).Select(i => (Reply)new TextReply($"{u.Text} {i}")).ToList();
        var people = Enumerable.Range(1, 8).Select(i => new FakeUser(2000 + i, $"委员{i}")).ToList();

        foreach (var person in people) Api.SendText(person, "/burst");
        foreach (var person in people)
        {
            var messages = await Api.WaitForMessagesAsync(person.Id, 3, TimeSpan.FromSeconds(20));
            Assert.Equal(["/burst 1", "/burst 2", "/burst 3"], messages.Select(m => m.Text));
            var times = messages.Select(m => m.SentAt).ToList();
            Assert.All(times.Zip(times.Skip(1), (a, b) => b - a), gap => Assert.True(gap >= TimeSpan.FromMilliseconds(280), $"gap {gap}"));
        }
        // 24 messages at 5 a second (unpaced, 8 chats would send all 24 within 0.7 s). Arrival times at the double
        // carry the machine's jitter (a delayed request lands next to the following one), hence a margin.
        var sends = Api.RequestsFor("sendMessage").Select(r => r.At).Order().ToList();
        var busiestSecond = sends.Max(start => sends.Count(t => t >= start && t < start + TimeSpan.FromSeconds(1)));
        Assert.InRange(busiestSecond, 1, 8);
        Assert.True(sends[^1] - sends[0] >= TimeSpan.FromSeconds(4), $"24 sends took only {sends[^1] - sends[0]}");
    }
}

/// <summary>A chat may get a short burst at once, then the sustained pace: never more than the burst in any window.</summary>
public sealed class TelegramBurstTests : TelegramBotTest
{
    protected override TelegramTuning Tuning => TelegramBotApp.FastTuning with
    {
        PerChatInterval = TimeSpan.FromMilliseconds(300),
        PerChatBurst = 3,
        MessagesPerSecond = double.PositiveInfinity,
    };

    [Fact]
    public async Task ThreeRepliesGoAtOnceAndTheNextThreeWaitUntilTheWindowHasRoom()
    {
        Engine.Respond = u => Enumerable.Range(1, 6).Select(i => (Reply)new TextReply($"第{i}条")).ToList();

        Api.SendText(Wang, "/burst");

        var times = (await Api.WaitForMessagesAsync(Wang.Id, 6, TimeSpan.FromSeconds(10))).Select(m => m.SentAt).ToList();
        // Paced one at a time, the third would come at least 600 ms after the first; in a burst it does not wait
        // (the bound is the pace itself, so a busy machine cannot fail it).
        Assert.True(times[2] - times[0] < TimeSpan.FromMilliseconds(600), $"the burst took {times[2] - times[0]}");
        // The window is 3 × 300 ms: the fourth is sent no earlier than 900 ms after the first. Arrival times at the double
        // carry the connection's own delays (the first request opens it), so the check leaves room for them; unpaced,
        // the fourth would follow at once. Outbox/OutboxTests checks the windows exactly, at the channel.
        for (var i = 3; i < 6; i++)
            Assert.True(times[i] - times[i - 3] >= TimeSpan.FromMilliseconds(600), $"message {i + 1} came {times[i] - times[i - 3]} after message {i - 2}");
    }
}

/// <summary>An unlimited overall rate (what the benchmarks use to measure the bot, not Telegram's limits).</summary>
public sealed class TelegramUnlimitedRateTests : TelegramBotTest
{
    protected override TelegramTuning Tuning => TelegramBotApp.FastTuning with
    {
        PerChatInterval = TimeSpan.Zero,
        PerGroupInterval = TimeSpan.Zero,
        MessagesPerSecond = double.PositiveInfinity,
    };

    [Fact]
    public async Task WithoutAnOverallLimitEveryReplyStillArrivesInOrderPerChat()
    {
        Engine.Respond = u => Enumerable.Range(1, 3).Select(i => (Reply)new TextReply($"{u.Text} {i}")).ToList();
        var people = Enumerable.Range(1, 12).Select(i => new FakeUser(3000 + i, $"委员{i}")).ToList();

        foreach (var person in people) Api.SendText(person, "/burst");

        foreach (var person in people)
        {
            var messages = await Api.WaitForMessagesAsync(person.Id, 3, TimeSpan.FromSeconds(20));
            Assert.Equal(["/burst 1", "/burst 2", "/burst 3"], messages.Select(m => m.Text));
        }
        Assert.DoesNotContain(Bot.Logs.AtLeast(LogLevel.Warning), e => e.Category.Contains("Telegram"));
    }
}
