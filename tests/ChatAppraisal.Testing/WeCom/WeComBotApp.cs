using ChatAppraisal.Bot.Channels.WeCom;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Mvc.Testing;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>
/// The whole bot (Program) as a WeCom app against a <see cref="WeComApiDouble"/>, on real Kestrel (127.0.0.1, a free
/// port): the WeCom:* settings point at the double, Telegram is not configured, the database is the given file.
/// <see cref="Start"/> starts the host and points the double's callbacks at its /wecom/callback. Dispose it to stop the
/// bot (queued replies drain first); a new instance on the same file is a restart.
/// </summary>
public sealed class WeComBotApp(
    WeComApiDouble api,
    string databasePath,
    IReadOnlyDictionary<string, string?>? settings = null,
    Action<IServiceCollection>? services = null) : WebApplicationFactory<Program>
{
    /// <summary>Everything the host logged.</summary>
    public LogSink Logs { get; } = new();

    /// <summary>http://127.0.0.1:{port}: where the bot listens (Admin:Urls).</summary>
    public string Address { get; private set; } = "";

    public WeComBotApp Start()
    {
        UseKestrel();
        StartServer();
        Address = Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();
        api.CallbackUrl = Address + WeComOptions.CallbackPath;
        return this;
    }

    /// <summary>Stops the bot and returns once the database file is free again (see TelegramBotApp).</summary>
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

    // Host configuration reaches Program before its first line reads it (AddWeComChannel looks at the CorpId at once).
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var all = new Dictionary<string, string?>(api.BotSettings())
        {
            ["Storage:Path"] = databasePath,
            ["Admin:Urls"] = "http://127.0.0.1:0",
            ["Telegram:BotToken"] = "",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string?>()) all[key] = value;
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(all));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment("Testing");
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        // A test that leaves a member flooded must not wait the default 30 s for the replies to drain.
        builder.ConfigureTestServices(registered => registered.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5)));
        if (services is { } more) builder.ConfigureTestServices(more);
    }
}
