using ChatAppraisal.Bot.Channels.Telegram;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>
/// Base of the end-to-end channel tests: a fresh <see cref="BotApiDouble"/>, a database file in its own folder, and the
/// real bot started against them with a <see cref="ScriptedEngine"/>.
/// </summary>
public abstract class TelegramBotTest : IAsyncLifetime
{
    protected static readonly FakeUser Wang = new(1001, "王芳");
    protected static readonly FakeUser Li = new(1002, "李强");
    protected static readonly FakeUser Zhao = new(1003, "赵敏");
    protected static readonly FakeUser Smith = new(1004, "John", LanguageCode: "en");

    protected readonly string Folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
    protected string DatabasePath => Path.Combine(Folder, "appraisal.db");
    protected BotApiDouble Api { get; private set; } = null!;
    protected ScriptedEngine Engine { get; private set; } = new();
    protected TelegramBotApp Bot { get; private set; } = null!;

    protected virtual IReadOnlyDictionary<string, string?>? Settings => null;
    protected virtual TelegramTuning Tuning => TelegramBotApp.FastTuning;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Folder);
        Api = await BotApiDouble.StartAsync();
        BeforeFirstStart(Api);
        await StartBotAsync(Engine);
    }

    /// <summary>A chance to set faults on the double before the bot first connects.</summary>
    protected virtual void BeforeFirstStart(BotApiDouble api)
    {
    }

    /// <summary>Starts the bot and waits until it has connected (polling, or its webhook registered).</summary>
    protected async Task StartBotAsync(ScriptedEngine engine)
    {
        Engine = engine;
        Bot = new TelegramBotApp(Api, DatabasePath, engine, Tuning, Settings).Start();
        await Api.WaitUntilAsync(() => Api.RequestsFor("getUpdates").Count > 0 || Api.WebhookUrl is not null, "the bot to connect");
    }

    protected async Task StopBotAsync() => await Bot.DisposeAsync();

    public async Task DisposeAsync()
    {
        await Bot.DisposeAsync();
        await Api.DisposeAsync();
        try { Directory.Delete(Folder, recursive: true); } catch (IOException) { }
    }
}
