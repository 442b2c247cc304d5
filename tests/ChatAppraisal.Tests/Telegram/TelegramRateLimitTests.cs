using System.Diagnostics;
using ChatAppraisal.Bot.Channels.Telegram;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>The double's flood control answers as Telegram does: 429 with retry_after once a chat or the bot goes too fast.</summary>
public sealed class BotApiDoubleFloodControlTests : IAsyncLifetime
{
    static readonly FakeUser Wang = new(1001, "王芳");
    static readonly FakeGroup Group = new(-1009876543210, "考核组");
    BotApiDouble _api = null!;
    TelegramBotClient _client = null!;

    public async Task InitializeAsync()
    {
        _api = await BotApiDouble.StartAsync();
        _client = new TelegramBotClient(new TelegramBotClientOptions(_api.Token, _api.BaseUrl) { RetryThreshold = 0, RetryCount = 0 });
        _api.SendText(Wang, "你好"); // the chats exist once someone wrote in them
        _api.SendText(Wang, "大家好", Group);
        await _client.GetMe(); // the client's first call is slow (JIT): the timed sends below come quickly after it
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task OneMessageBeyondTheChatsLimitIsRefusedWithRetryAfterAndNotDeliveredThenTheChatMayGoOn()
    {
        _api.PerChatLimit = (3, TimeSpan.FromSeconds(1.5));
        var clock = Stopwatch.StartNew();
        for (var i = 1; i <= 3; i++) await _client.SendMessage(Wang.Id, $"第{i}条");

        var refused = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(Wang.Id, "第4条"));

        Assert.Equal(429, refused.ErrorCode);
        Assert.StartsWith("Too Many Requests: retry after ", refused.Message);
        Assert.InRange(refused.Parameters?.RetryAfter ?? 0, 1, 2);
        Assert.Equal(3, _api.MessagesIn(Wang.Id).Count);
        var throttled = Assert.Single(_api.Throttled);
        Assert.Equal(Wang.Id, throttled.ChatId);
        // An edit counts as a message too; another chat is not held up.
        await Assert.ThrowsAsync<ApiRequestException>(() => _client.EditMessageText(Wang.Id, _api.MessagesIn(Wang.Id)[0].MessageId, "改过"));
        await _client.SendMessage(Group.Id, "群里的");

        await Task.Delay(TimeSpan.FromSeconds(1.5) - clock.Elapsed + TimeSpan.FromMilliseconds(50));
        await _client.SendMessage(Wang.Id, "第4条");
        Assert.Equal(4, _api.MessagesIn(Wang.Id).Count);
    }

    [Fact]
    public async Task AGroupIsHeldToItsOwnSlowerLimitAndAllChatsTogetherToTheOverallOne()
    {
        _api.PerChatLimit = (3, TimeSpan.FromMilliseconds(300));
        _api.PerGroupLimit = (2, TimeSpan.FromSeconds(5));
        _api.MessagesPerSecondLimit = 4;

        await _client.SendMessage(Group.Id, "一");
        await _client.SendMessage(Group.Id, "二");
        var group = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(Group.Id, "三"));
        Assert.Equal((429, 5), (group.ErrorCode, group.Parameters?.RetryAfter));

        await _client.SendMessage(Wang.Id, "一");
        await _client.SendMessage(Wang.Id, "二");
        // Four in this second over both chats: a fifth is refused though Wang's chat has room.
        var overall = await Assert.ThrowsAsync<ApiRequestException>(() => _client.SendMessage(Wang.Id, "三"));
        Assert.Equal((429, 1), (overall.ErrorCode, overall.Parameters?.RetryAfter));
        Assert.Equal(2, _api.Throttled.Count);
    }
}

/// <summary>
/// A sustained flood from one chat against a double that answers 429 beyond Telegram's limits (scaled: the bot keeps to
/// 3 messages per 300 ms in a private chat, 3 per 750 ms in a group; the double allows 3 per 200 ms and 3 per 600 ms): every
/// reply arrives, in order, and the double never had to refuse one. The bot counts a message from its answer, not from
/// its send, so however late a busy machine delivers a send, the next window cannot overlap it.
/// </summary>
public sealed class TelegramRateLimitTests : TelegramBotTest
{
    protected override TelegramTuning Tuning => TelegramBotApp.FastTuning with
    {
        PerChatInterval = TimeSpan.FromMilliseconds(100),
        PerGroupInterval = TimeSpan.FromMilliseconds(250),
        PerChatBurst = 3,
        MessagesPerSecond = 30,
    };

    protected override void BeforeFirstStart(BotApiDouble api)
    {
        api.PerChatLimit = (3, TimeSpan.FromMilliseconds(200));
        api.PerGroupLimit = (3, TimeSpan.FromMilliseconds(600));
        api.MessagesPerSecondLimit = 30;
    }

    [Fact]
    public async Task FortyTypedMessagesEachAnsweredTwiceGetEveryReplyInOrderWithoutA429()
    {
        Engine.Respond = u => [new TextReply($"{u.Text} 收到"), new TextReply($"{u.Text} 已保存")];
        var typed = Enumerable.Range(1, 40).Select(i => $"第{i}项").ToList();

        foreach (var text in typed) Api.SendText(Wang, text);

        var messages = await Api.WaitForMessagesAsync(Wang.Id, 80, TimeSpan.FromSeconds(40));
        Assert.Equal(typed.SelectMany(t => new[] { $"{t} 收到", $"{t} 已保存" }), messages.Select(m => m.Text));
        Assert.Empty(Api.Throttled);
        Assert.All(Api.RequestsFor("sendMessage"), r => Assert.Equal(200, r.Status));
        // The flood was held to the pace (3 per 300 ms after the first burst of 3), not merely too small to matter.
        var span = messages[^1].SentAt - messages[0].SentAt;
        Assert.True(span >= TimeSpan.FromMilliseconds(7_500), $"80 replies went out within {span}");
    }

    [Fact]
    public async Task InAGroupTheSlowerPaceKeepsWithinTheGroupsLimitToo()
    {
        var group = new FakeGroup(-1009876543210, "考核组");
        Engine.Respond = u => [new TextReply($"{u.Text} 收到"), new TextReply($"{u.Text} 已保存")];
        // In a group the bot hears commands addressed to it ("/第1项@appraisal_test_bot" reaches the engine as "/第1项").
        var typed = Enumerable.Range(1, 12).Select(i => $"/第{i}项").ToList();

        foreach (var text in typed) Api.SendText(Wang, text + "@appraisal_test_bot", group);

        var messages = await Api.WaitForMessagesAsync(group.Id, 24, TimeSpan.FromSeconds(40));
        Assert.Equal(typed.SelectMany(t => new[] { $"{t} 收到", $"{t} 已保存" }), messages.Select(m => m.Text));
        Assert.Empty(Api.Throttled);
        // Paced as a group (3 per 750 ms), not as a private chat (3 per 300 ms), which the double would have refused.
        var span = messages[^1].SentAt - messages[0].SentAt;
        Assert.True(span >= TimeSpan.FromMilliseconds(5_200), $"24 replies went out within {span}");
    }
}
