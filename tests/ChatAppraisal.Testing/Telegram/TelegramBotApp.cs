using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Conversations;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

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
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
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

    /// <summary>Everything the host logged.</summary>
    public LogSink Logs { get; } = new();

    public TelegramBotApp Start()
    {
        _ = Services;
        return this;
    }

    /// <summary>
    /// Stops the bot and returns once the database file is free again: Program disposes its host on its own thread
    /// after the factory has stopped it, so the file lock outlives the factory's own dispose by a moment.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (File.Exists(databasePath + ".lock"))
        {
            try
            {
                DatabaseFileLock.Acquire(databasePath).Dispose();
                return;
            }
            catch (DatabaseInUseException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }

    // Host configuration reaches Program before its first line reads it (AddTelegramChannel looks at the token at once);
    // settings given in ConfigureWebHost would arrive only at Build (dotnet/aspnetcore#37680).
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var all = new Dictionary<string, string?>
        {
            ["Storage:Path"] = databasePath,
            ["Telegram:BotToken"] = api.Token,
            ["Telegram:ApiBaseUrl"] = api.BaseUrl,
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(all));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        builder.ConfigureTestServices(registered =>
        {
            registered.Replace(ServiceDescriptor.Singleton(tuning ?? FastTuning));
            // A test that leaves a chat flooded must not wait the default 30 s for its replies to drain.
            registered.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
            if (engine is not null) registered.Replace(ServiceDescriptor.Singleton(engine));
        });
        if (services is { } more) builder.ConfigureTestServices(more);
    }
}
