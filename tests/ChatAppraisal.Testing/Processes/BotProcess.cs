using System.Diagnostics;
using System.Text;

namespace ChatAppraisal.Tests.Processes;

/// <summary>
/// The real bot as its own operating-system process, for the tests and the benchmarks alike: ChatAppraisal.Bot.dll run by
/// dotnet, or a release's own program, started with its settings in environment variables (<c>Section__Key</c>) and
/// killed with SIGKILL. Everything it writes is kept (<see cref="Output"/>), and also appended to a log file when one is
/// given, so a failure can be read afterwards.
/// </summary>
public sealed class BotProcess : IDisposable
{
    static readonly SemaphoreSlim BuildGate = new(1, 1);
    static string? _builtDll;

    readonly Process _process;
    readonly StringBuilder _output = new();
    readonly StreamWriter? _log;
    readonly string? _logPath;

    BotProcess(Process process, string? logPath)
    {
        _process = process;
        _logPath = logPath;
        _log = logPath is null ? null : new StreamWriter(logPath, append: true, Encoding.UTF8) { AutoFlush = true };
        StartedAt = DateTimeOffset.UtcNow;
    }

    public DateTimeOffset StartedAt { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

    /// <summary>What the process wrote so far, stdout and stderr (prefixed) in the order read.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

    /// <summary>
    /// ChatAppraisal.Bot.dll as built beside the running program: a project that references <c>bot/</c> gets the bot's
    /// dll and its runtime settings (server GC) in its own output, in its own configuration (the benchmarks: Release).
    /// </summary>
    public static string BesideThisProgram => Path.Combine(AppContext.BaseDirectory, "ChatAppraisal.Bot.dll");

    /// <summary>
    /// The path of ChatAppraisal.Bot.dll as <c>dotnet test</c> built it: the test project references <c>bot/</c>, so its
    /// output of the same configuration is already there and no test pays for a build of its own (a Release build
    /// cost the first process test minutes on 2 cores). Built here only when missing.
    /// </summary>
    public static async Task<string> BuiltBotAsync()
    {
        await BuildGate.WaitAsync();
        try
        {
            if (_builtDll is not null) return _builtDll;
            var dll = Path.Combine(RepositoryFolder.Root(), "bot", "bin", Configuration, "net10.0", "ChatAppraisal.Bot.dll");
            if (!File.Exists(dll))
            {
                var (exitCode, output) = await BuildCommand.RunAsync(DotnetHost(),
                    ["build", "-c", Configuration, "bot", "--nologo", "-v", "q", "--disable-build-servers", "-nodeReuse:false"]);
                if (exitCode != 0) throw new InvalidOperationException($"dotnet build -c {Configuration} bot failed ({exitCode}):\n{output}");
            }
            if (!File.Exists(dll)) throw new FileNotFoundException($"The {Configuration} build did not produce the bot.", dll);
            return _builtDll = dll;
        }
        finally
        {
            BuildGate.Release();
        }
    }

    /// <summary>
    /// Starts the bot with these settings on top of this process's environment (less its ASP.NET environment name, so the
    /// bot runs as Production): <paramref name="program"/> is ChatAppraisal.Bot.dll (run by dotnet) or a release's own
    /// program (run as it is), in the program's folder.
    /// </summary>
    public static BotProcess Start(string program, IReadOnlyDictionary<string, string> settings, string? logPath = null)
    {
        var dll = program.EndsWith(".dll", StringComparison.Ordinal);
        var start = new ProcessStartInfo(dll ? DotnetHost() : program, dll ? [program] : [])
        {
            WorkingDirectory = Path.GetDirectoryName(program)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
        };
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        foreach (var (key, value) in settings) start.Environment[key] = value;

        var bot = new BotProcess(new Process { StartInfo = start }, logPath);
        bot.Write($"---- start {bot.StartedAt:HH:mm:ss.fff}");
        bot._process.OutputDataReceived += (_, e) => bot.Write(e.Data);
        bot._process.ErrorDataReceived += (_, e) => bot.Write(e.Data is null ? null : "stderr: " + e.Data);
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        return bot;
    }

    /// <summary>
    /// Polls <paramref name="ready"/> until it holds; fails with the output so far when the process exits first or
    /// <paramref name="timeout"/> passes. <paramref name="what"/> names the sign awaited ("/healthz", "its first getUpdates").
    /// </summary>
    public async Task WaitUntilAsync(Func<Task<bool>> ready, string what, TimeSpan timeout)
    {
        var deadline = Stopwatch.StartNew();
        while (!await ready())
        {
            if (_process.HasExited)
                throw new InvalidOperationException($"The bot process exited ({_process.ExitCode}) before {what}{Described()}");
            if (deadline.Elapsed > timeout)
                throw new TimeoutException($"The bot process did not show {what} within {timeout.TotalSeconds:0} s{Described()}");
            await Task.Delay(50);
        }
    }

    /// <summary>Waits until <c>/healthz</c> at <paramref name="baseUrl"/> answers 200.</summary>
    public Task WaitHealthyAsync(string baseUrl, TimeSpan timeout) =>
        WaitUntilAsync(() => IsHealthyAsync(baseUrl), $"/healthz at {baseUrl}", timeout);

    /// <summary>Whether <c>/healthz</c> at <paramref name="baseUrl"/> answers 200 now (not listening yet: no).</summary>
    public static async Task<bool> IsHealthyAsync(string baseUrl)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        try
        {
            return (await http.GetAsync(baseUrl + "/healthz")).IsSuccessStatusCode;
        }
        catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
        {
            return false;
        }
    }

    /// <summary>SIGKILL, no chance to finish anything; returns once the process is gone (and with it its file lock).</summary>
    public async Task<DateTimeOffset> KillAsync()
    {
        var at = DateTimeOffset.UtcNow;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        Write($"---- killed {at:HH:mm:ss.fff}");
        return at;
    }

    public void Dispose()
    {
        try
        {
            if (!_process.HasExited) _process.Kill(entireProcessTree: true);
            _process.WaitForExit(10_000);
        }
        catch (InvalidOperationException)
        {
        }
        _process.Dispose();
        lock (_output) _log?.Dispose();
    }

    /// <summary>The dotnet host running these tests (the same SDK builds and runs the bot).</summary>
    public static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    string Described() => _logPath is null ? $":\n{Output}" : $"; see {_logPath}:\n{Output}";

    void Write(string? line)
    {
        if (line is null) return;
        lock (_output)
        {
            _output.AppendLine(line);
            try
            {
                _log?.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }
}
