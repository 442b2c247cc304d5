using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>
/// The bot as its own process, the way a published program is run from another folder: <c>dotnet ChatAppraisal.Bot.dll</c>
/// (the build these tests were built with) in a fresh working directory with no appsettings.json, under umask 022,
/// settings in environment variables. Everything it writes on stdout and stderr is kept.
/// </summary>
sealed class RealBot : IAsyncDisposable
{
    readonly BotProcess _process;

    RealBot(BotProcess process, string folder, int port)
    {
        _process = process;
        Folder = folder;
        Port = port;
    }

    /// <summary>The working directory, which also holds the database (appraisal.db).</summary>
    public string Folder { get; }
    public int Port { get; }
    public string BaseUrl => $"http://127.0.0.1:{Port}";
    public string DatabasePath => Path.Combine(Folder, "appraisal.db");

    /// <summary>The exit code, once <see cref="WaitForExit"/> returned.</summary>
    public int ExitCode => _process.ExitCode;

    public string Stdout => _process.Stdout;
    public string Stderr => _process.Stderr;

    public static string NewFolder()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-hardening", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        return folder;
    }

    /// <summary>Starts the bot with the browser chat, the pages and the API (no console chat unless asked) and waits for /healthz.</summary>
    public static async Task<RealBot> Start(string? folder = null, IReadOnlyDictionary<string, string>? settings = null, string? stdin = null, bool waitForHealth = true)
    {
        folder ??= NewFolder();
        var port = WebBotApp.FreePort();
        var all = new Dictionary<string, string>
        {
            ["Storage__Path"] = Path.Combine(folder, "appraisal.db"),
            ["Admin__Urls"] = $"http://127.0.0.1:{port}",
            ["Web__PublicBaseUrl"] = $"http://127.0.0.1:{port}",
            ["Console__Enabled"] = "false",
        };
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) all[key] = value;

        var bot = new RealBot(BotProcess.Start(new BotLaunch(await BotProcess.BuiltBotAsync(), all)
        {
            WorkingDirectory = folder, Umask = "022", Input = stdin,
        }), folder, port);
        try
        {
            if (waitForHealth) await bot._process.WaitHealthyAsync(bot.BaseUrl, TimeSpan.FromSeconds(90));
        }
        catch
        {
            bot._process.Dispose();
            throw;
        }
        return bot;
    }

    /// <summary>Waits for the process to end by itself (the console chat at the end of its input).</summary>
    public Task WaitForExit(TimeSpan timeout) => _process.WaitForExitAsync(timeout);

    /// <summary>SIGTERM: the host stops as a service manager stops it, and the database is closed.</summary>
    public Task Stop() => _process.StopAsync();

    public async ValueTask DisposeAsync()
    {
        try
        {
            await Stop();
        }
        finally
        {
            _process.Dispose();
        }
    }
}
