using System.Diagnostics;
using Telegram.Bot;
using Telegram.Bot.Exceptions;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>The double behaves as Telegram does, seen through the real Telegram.Bot client.</summary>
public sealed class BotApiDoubleTests : IAsyncLifetime
{
    BotApiDouble _api = null!;
    TelegramBotClient _client = null!;
    static readonly FakeUser Wang = new(1001, "王芳");

    public async Task InitializeAsync()
    {
        _api = await BotApiDouble.StartAsync();
        _client = new TelegramBotClient(new TelegramBotClientOptions(_api.Token, _api.BaseUrl) { RetryThreshold = 0, RetryCount = 0 });
    }

    public async Task DisposeAsync() => await _api.DisposeAsync();

    [Fact]
    public async Task GetMeNamesTheBot()
    {
        var me = await _client.GetMe();

        Assert.Equal(_api.BotUsername, me.Username);
        Assert.Equal(7000000001, me.Id);
        Assert.True(me.IsBot);
    }

    [Fact]
    public async Task LongPollWaitsForTheNextUpdateAndReturnsItAtOnce()
    {
        var clock = Stopwatch.StartNew();
        var poll = _client.GetUpdates(timeout: 10);
        await Task.Delay(300);
        var id = _api.SendText(Wang, "你好");

        var updates = await poll;

        Assert.Equal(id, Assert.Single(updates).Id);
        Assert.Equal("你好", updates[0].Message!.Text);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(250), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task LongPollWithoutNewsReturnsNothingAfterItsTimeout()
    {
        var clock = Stopwatch.StartNew();

        var updates = await _client.GetUpdates(timeout: 1);

        Assert.Empty(updates);
        Assert.InRange(clock.Elapsed, TimeSpan.FromMilliseconds(900), TimeSpan.FromSeconds(5));
    }

    [Fact]
    public async Task AnOffsetConfirmsTheUpdatesBelowIt()
    {
        var first = _api.SendText(Wang, "一");
        var second = _api.SendText(Wang, "二");

        Assert.Equal([first, second], (await _client.GetUpdates()).Select(u => u.Id));
        Assert.Equal([second], (await _client.GetUpdates(offset: first + 1)).Select(u => u.Id));
        Assert.Equal(1, _api.PendingUpdates);
    }

    [Fact]
    public async Task InjectedFloodControlArrivesAsApiRequestExceptionWithRetryAfter()
    {
        _api.Faults = r => r.Method == "getMe" ? BotApiFault.TooManyRequests(7) : null;

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _client.GetMe());

        Assert.Equal(429, e.ErrorCode);
        Assert.Equal(7, e.Parameters?.RetryAfter);
        Assert.Equal(429, Assert.Single(_api.Requests).Status);
    }

    [Fact]
    public async Task InjectedServerErrorArrivesAsAnApiRequestExceptionWithItsCode()
    {
        _api.Faults = r => r.Method == "getMe" ? BotApiFault.ServerError() : null;

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _client.GetMe());

        Assert.Equal(500, e.ErrorCode);
    }

    [Fact]
    public async Task ACutConnectionArrivesAsARequestException()
    {
        _api.Faults = r => r.Method == "getMe" ? BotApiFault.Disconnect() : null;

        var e = await Assert.ThrowsAnyAsync<RequestException>(() => _client.GetMe());

        Assert.IsNotType<ApiRequestException>(e);
    }

    [Fact]
    public async Task EditingToTheSameTextIsRefusedAsNotModified()
    {
        _api.SendText(Wang, "/start");
        var sent = await _client.SendMessage(Wang.Id, "请选择");

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => _client.EditMessageText(Wang.Id, sent.MessageId, "请选择"));

        Assert.Equal(400, e.ErrorCode);
        Assert.Contains("message is not modified", e.Message);
    }

    [Fact]
    public async Task AWrongTokenIsUnauthorized()
    {
        var stranger = new TelegramBotClient(new TelegramBotClientOptions("42:AAHsomeoneElsesTokenThatIsNotKnownHere", _api.BaseUrl));

        var e = await Assert.ThrowsAsync<ApiRequestException>(() => stranger.GetMe());

        Assert.Equal(401, e.ErrorCode);
    }
}
