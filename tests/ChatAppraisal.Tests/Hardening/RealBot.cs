using System.Diagnostics;
using System.Net;
using System.Text;
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
    readonly Process _process;
    readonly StringBuilder _stdout = new(), _stderr = new();

    RealBot(Process process, string folder, int port)
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

    public string Stdout { get { lock (_stdout) return _stdout.ToString(); } }
    public string Stderr { get { lock (_stderr) return _stderr.ToString(); } }

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
        // sh drops environment variables whose names are not a shell's (Logging__LogLevel__Microsoft.AspNetCore): those
        // settings go on the command line instead.
        var arguments = (settings ?? new Dictionary<string, string>()).Where(s => s.Key.Contains('.')).Select(s => $"--{s.Key.Replace("__", ":")}={s.Value}");
        var start = new ProcessStartInfo("/bin/sh", ["-c", "umask 022; exec \"$0\" \"$@\"", BotProcess.DotnetHost(), BotDll(), .. arguments])
        {
            WorkingDirectory = folder,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal) || k.StartsWith("Logging__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        start.Environment["Storage__Path"] = Path.Combine(folder, "appraisal.db");
        start.Environment["Admin__Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Web__PublicBaseUrl"] = $"http://127.0.0.1:{port}";
        start.Environment["Console__Enabled"] = "false";
        foreach (var (key, value) in settings ?? new Dictionary<string, string>()) if (!key.Contains('.')) start.Environment[key] = value;

        var process = new Process { StartInfo = start };
        var bot = new RealBot(process, folder, port);
        process.OutputDataReceived += (_, e) => { if (e.Data is not null) lock (bot._stdout) bot._stdout.AppendLine(e.Data); };
        process.ErrorDataReceived += (_, e) => { if (e.Data is not null) lock (bot._stderr) bot._stderr.AppendLine(e.Data); };
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        if (stdin is not null)
        {
            await process.StandardInput.WriteAsync(stdin);
            process.StandardInput.Close();
        }
        if (waitForHealth) await bot.WaitHealthy();
        return bot;
    }

    async Task WaitHealthy()
    {
        using var client = new HttpClient { Timeout = TimeSpan.FromSeconds(2) };
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (DateTime.UtcNow < deadline)
        {
            if (_process.HasExited) throw new InvalidOperationException($"The bot exited ({_process.ExitCode}):\n{Stdout}\n{Stderr}");
            try
            {
                if ((await client.GetAsync(BaseUrl + "/healthz")).StatusCode == HttpStatusCode.OK) return;
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            await Task.Delay(200);
        }
        throw new TimeoutException($"The bot did not answer /healthz within 90 s:\n{Stdout}\n{Stderr}");
    }

    /// <summary>Waits for the process to end by itself (the console chat at the end of its input).</summary>
    public async Task WaitForExit(TimeSpan timeout)
    {
        using var cancel = new CancellationTokenSource(timeout);
        await _process.WaitForExitAsync(cancel.Token);
        _process.WaitForExit(); // the last lines of output
    }

    /// <summary>SIGTERM: the host stops as a service manager stops it, and the database is closed.</summary>
    public async Task Stop()
    {
        if (_process.HasExited) return;
        using (var kill = Process.Start("kill", ["-TERM", _process.Id.ToString()])) await kill.WaitForExitAsync();
        using var cancel = new CancellationTokenSource(TimeSpan.FromSeconds(30));
        try
        {
            await _process.WaitForExitAsync(cancel.Token);
        }
        catch (OperationCanceledException)
        {
            _process.Kill(entireProcessTree: true);
            await _process.WaitForExitAsync();
        }
        _process.WaitForExit();
    }

    public async ValueTask DisposeAsync()
    {
        await Stop();
        _process.Dispose();
    }

    /// <summary>bot/bin/{Debug|Release}/net10.0/ChatAppraisal.Bot.dll, of the configuration these tests were built in.</summary>
    static string BotDll()
    {
        var configuration = AppContext.BaseDirectory.Contains($"{Path.DirectorySeparatorChar}Release{Path.DirectorySeparatorChar}") ? "Release" : "Debug";
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatAppraisal.sln")))
                return Path.Combine(dir.FullName, "bot", "bin", configuration, "net10.0", "ChatAppraisal.Bot.dll") is var dll && File.Exists(dll)
                    ? dll
                    : throw new FileNotFoundException("Build the bot first (dotnet build tests/ChatAppraisal.Tests builds it).", dll);
        throw new DirectoryNotFoundException("ChatAppraisal.sln not found above " + AppContext.BaseDirectory);
    }
}
