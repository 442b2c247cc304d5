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

namespace ChatAppraisal.Tests.Hosting;

/// <summary>
/// The whole bot as Program composes it, for a test: over the given database file, with the test's settings, its logs
/// caught, a short shutdown, and a dispose that returns once the file is free again, so a new instance on the same file
/// is a restart. Every end-to-end host derives from it (Telegram, WeCom, the pages), so none can drift from Program.
/// </summary>
public abstract class BotApp(string databasePath) : WebApplicationFactory<Program>
{
    public string DatabasePath { get; } = databasePath;

    /// <summary>Everything the host logged.</summary>
    public LogSink Logs { get; } = new();

    /// <summary>The settings of this kind of host, over Storage:Path (a later key wins).</summary>
    protected abstract IEnumerable<KeyValuePair<string, string?>> Settings();

    /// <summary>Services replaced or added after Program's (a test double, a faster pace).</summary>
    protected virtual void ConfigureServices(IServiceCollection services)
    {
    }

    protected virtual string Environment => "Testing";

    /// <summary>Where Kestrel listens, once started on it (<see cref="WebApplicationFactory{T}.UseKestrel()"/>).</summary>
    protected string ListeningAddress() => Services.GetRequiredService<IServer>().Features.Get<IServerAddressesFeature>()!.Addresses.First();

    /// <summary>A new folder of its own under the temporary directory, holding the database file's path.</summary>
    public static string NewDatabasePath()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return Path.Combine(folder, "appraisal.db");
    }

    // Host configuration reaches Program before its first line reads it (the channels look at their settings at once);
    // settings given in ConfigureWebHost would arrive only at Build (dotnet/aspnetcore#37680).
    protected override IHost CreateHost(IHostBuilder builder)
    {
        var all = new Dictionary<string, string?> { ["Storage:Path"] = DatabasePath, ["Telegram:BotToken"] = "" };
        foreach (var (key, value) in Settings()) all[key] = value;
        builder.ConfigureHostConfiguration(config => config.AddInMemoryCollection(all));
        return base.CreateHost(builder);
    }

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        builder.UseEnvironment(Environment);
        builder.ConfigureLogging(logging => logging.ClearProviders().AddProvider(Logs));
        builder.ConfigureTestServices(services =>
        {
            // A test that leaves a chat flooded must not wait the default 30 s for its replies to drain.
            services.Configure<HostOptions>(o => o.ShutdownTimeout = TimeSpan.FromSeconds(5));
            ConfigureServices(services);
        });
    }

    /// <summary>
    /// Stops the bot and returns once the database file is free again: Program disposes its host on its own thread
    /// after the factory has stopped it, so the file lock outlives the factory's own dispose by a moment.
    /// </summary>
    public override async ValueTask DisposeAsync()
    {
        await base.DisposeAsync();
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (File.Exists(DatabasePath + ".lock"))
        {
            try
            {
                DatabaseFileLock.Acquire(DatabasePath).Dispose();
                return;
            }
            catch (DatabaseInUseException) when (DateTime.UtcNow < deadline)
            {
                await Task.Delay(20);
            }
        }
    }
}
