using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Telegram;

public sealed class TelegramPollingTests : IAsyncLifetime
{
    readonly TempDatabase _db = new();
    readonly ScriptedEngine _engine = new();
    BotApiDouble _api = null!;
    TelegramBotApp _bot = null!;

    static readonly FakeUser Wang = new(1001, "王芳");

    public async Task InitializeAsync()
    {
        _db.Store.Dispose(); // the bot opens the file itself
        _api = await BotApiDouble.StartAsync();
        _bot = new TelegramBotApp(_api, _db.FilePath, _engine).Start();
    }

    public async Task DisposeAsync()
    {
        await _bot.DisposeAsync();
        await _api.DisposeAsync();
        try { Directory.Delete(_db.Folder, recursive: true); } catch (IOException) { }
    }

    [Fact]
    public async Task TypedTextReachesTheEngineAndTheReplyArrivesInTheSameChat()
    {
        _api.SendText(Wang, "你好");

        var messages = await _api.WaitForMessagesAsync(Wang.Id, 1);

        Assert.Equal("收到：你好", messages.Single().Text);
        var seen = Assert.Single(_engine.Seen);
        Assert.Equal(new Conversations.ChatUser("telegram", "1001", "王芳", "zh-hans"), seen.From);
    }
}
