using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;
using ChatAppraisal.Tests.Hosting;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>
/// The real bot (Program) against a <see cref="BotApiDouble"/>: Telegram:BotToken and Telegram:ApiBaseUrl point at the
/// double, the database is the given file. <see cref="Start"/> starts the host, and with it the polling worker.
/// Dispose it to stop the bot (queued replies drain first); a new instance on the same file is a restart.
/// </summary>
public sealed class TelegramBotApp(
    BotApiDouble api,
    string databasePath,
    IConversationEngine? engine = null,
    TelegramTuning? tuning = null,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : BotApp(databasePath)
{
    /// <summary>Fast enough for tests, same shape as Telegram's limits.</summary>
    public static readonly TelegramTuning FastTuning = new()
    {
        PerChatInterval = TimeSpan.FromMilliseconds(100),
        PerGroupInterval = TimeSpan.FromMilliseconds(100),
        PollTimeoutSeconds = 2,
        FirstBackoff = TimeSpan.FromMilliseconds(50),
        MaxBackoff = TimeSpan.FromMilliseconds(500),
    };

    public TelegramBotApp Start()
    {
        _ = Services;
        return this;
    }

    protected override IEnumerable<KeyValuePair<string, string?>> Settings() =>
        new Dictionary<string, string?> { ["Telegram:BotToken"] = api.Token, ["Telegram:ApiBaseUrl"] = api.BaseUrl }
            .Concat(settings ?? new Dictionary<string, string?>());

    protected override void ConfigureServices(IServiceCollection registered)
    {
        registered.Replace(ServiceDescriptor.Singleton(tuning ?? FastTuning));
        if (engine is not null) registered.Replace(ServiceDescriptor.Singleton(engine));
        services?.Invoke(registered);
    }
}
