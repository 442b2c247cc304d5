using ChatAppraisal.Tests.Postgres;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.ScaleOut;

/// <summary>
/// Two whole bots in long-polling mode on one PostgreSQL database against the Bot API double, which answers two pollers of
/// one token with 409 as Telegram does: one process polls, the other waits, and takes over once the first has stopped.
/// </summary>
public sealed class TwoTelegramPollersTests : IAsyncLifetime
{
    readonly TestPostgres _database = new();
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-pollers", Guid.NewGuid().ToString("N"));
    BotApiDouble _api = null!;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await BotApiDouble.StartAsync();
    }

    TelegramBotApp Bot(string name) => new TelegramBotApp(_api, Path.Combine(_folder, name, "appraisal.db"), settings: _database.With(null)).Start();

    [Fact]
    public async Task OneProcessPollsAndTheOtherTakesOverWhenItStops()
    {
        var stranger = new FakeUser(5001, "路人");
        var first = Bot("a");
        _api.SendText(stranger, "你好");
        await _api.WaitForMessagesAsync(stranger.Id, 1);  // the first process polls

        var second = Bot("b");
        await Task.Delay(TimeSpan.FromSeconds(4));         // both run: only one may poll
        for (var i = 0; i < 3; i++) _api.SendText(stranger, "你好" + i);
        await _api.WaitForMessagesAsync(stranger.Id, 4);
        Assert.DoesNotContain(_api.RequestsFor("getUpdates"), r => r.Status == 409);

        await first.DisposeAsync();                        // the poller stops; the other one polls within seconds
        var stopped = DateTimeOffset.UtcNow;
        _api.SendText(stranger, "还在吗");
        await _api.WaitForMessagesAsync(stranger.Id, 5, TimeSpan.FromSeconds(10));
        Assert.Contains(_api.RequestsFor("getUpdates"), r => r.At > stopped && r.Succeeded);

        await Task.Delay(500);
        Assert.Equal(5, _api.MessagesIn(stranger.Id).Count); // each message answered once
        Assert.DoesNotContain(_api.RequestsFor("getUpdates"), r => r.Status == 409);
        await second.DisposeAsync();
    }

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        _database.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
