using System.Diagnostics;
using System.Runtime.InteropServices;
using System.Text;

namespace ChatAppraisal.Tests.Processes;

/// <summary>
/// The real bot as its own operating-system process, for the tests and the benchmarks alike: ChatAppraisal.Bot.dll run by
/// dotnet, or a release's own program, started with its settings in environment variables (<c>Section__Key</c>) as
/// <see cref="BotLaunch"/> says; stopped with SIGTERM (<see cref="StopAsync"/>), killed with SIGKILL, or run to its end
/// (<see cref="RunAsync"/>). Everything it writes is kept (<see cref="Output"/>, and each stream alone), and also
/// appended to a log file when one is given, so a failure can be read afterwards.
/// </summary>
public sealed class BotProcess : IDisposable
{
    static readonly SemaphoreSlim BuildGate = new(1, 1);
    static string? _builtDll;

    readonly Process _process;
    readonly StringBuilder _output = new(), _stdout = new(), _stderr = new();
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

    /// <summary>The exit code, once it has exited.</summary>
    public int ExitCode => _process.ExitCode;

    /// <summary>What the process wrote so far, stdout and stderr (prefixed) in the order read, with this class's start and kill lines.</summary>
    public string Output
    {
        get { lock (_output) return _output.ToString(); }
    }

    /// <summary>What the process wrote on stdout, and nothing else.</summary>
    public string Stdout
    {
        get { lock (_output) return _stdout.ToString(); }
    }

    /// <summary>What the process wrote on stderr, and nothing else.</summary>
    public string Stderr
    {
        get { lock (_output) return _stderr.ToString(); }
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

    /// <summary>Starts <paramref name="program"/> with these settings (see <see cref="Start(BotLaunch)"/>).</summary>
    public static BotProcess Start(string program, IReadOnlyDictionary<string, string> settings, string? logPath = null) =>
        Start(new BotLaunch(program, settings) { LogPath = logPath });

    /// <summary>
    /// Starts the bot with its settings on top of this process's environment, less the ASP.NET environment name and log
    /// levels (so the bot runs as Production at its own levels unless the settings say otherwise), or on an empty one.
    /// </summary>
    public static BotProcess Start(BotLaunch launch)
    {
        IEnumerable<string> command = launch.Program.EndsWith(".dll", StringComparison.Ordinal)
            ? [DotnetHost(), launch.Program, .. launch.Arguments]
            : [launch.Program, .. launch.Arguments];
        var environment = launch.Settings;
        if (launch.Umask is not null)
        {
            // sh drops environment variables whose names are not a shell's (Logging__LogLevel__Microsoft.AspNetCore):
            // those settings go on the command line instead.
            command = ["/bin/sh", "-c", $"umask {launch.Umask}; exec \"$0\" \"$@\"", .. command,
                .. launch.Settings.Where(s => s.Key.Contains('.')).Select(s => $"--{s.Key.Replace("__", ":")}={s.Value}")];
            environment = launch.Settings.Where(s => !s.Key.Contains('.')).ToDictionary();
        }
        var start = new ProcessStartInfo(command.First(), command.Skip(1))
        {
            WorkingDirectory = launch.WorkingDirectory ?? Path.GetDirectoryName(launch.Program)!,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            RedirectStandardInput = true,
            StandardOutputEncoding = Encoding.UTF8,
            StandardErrorEncoding = Encoding.UTF8,
            StandardInputEncoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        };
        if (launch.EmptyEnvironment) start.Environment.Clear();
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("ASPNETCORE_", StringComparison.Ordinal) || k.StartsWith("DOTNET_ENVIRONMENT", StringComparison.Ordinal) || k.StartsWith("Logging__", StringComparison.Ordinal)).ToList())
            start.Environment.Remove(name);
        foreach (var (key, value) in environment) start.Environment[key] = value;

        var bot = new BotProcess(new Process { StartInfo = start }, launch.LogPath);
        bot.Write($"---- start {bot.StartedAt:HH:mm:ss.fff}");
        bot._process.OutputDataReceived += (_, e) => bot.Write(e.Data, bot._stdout);
        bot._process.ErrorDataReceived += (_, e) => bot.Write(e.Data, bot._stderr);
        bot._process.Start();
        bot._process.BeginOutputReadLine();
        bot._process.BeginErrorReadLine();
        if (launch.Input is not null)
        {
            try
            {
                bot._process.StandardInput.Write(launch.Input);
                bot._process.StandardInput.Close();
            }
            catch (IOException)
            {
                // It exited before reading its input: its exit code and output say why.
            }
        }
        return bot;
    }

    /// <summary>Starts the bot and waits for it to end by itself (a command such as <c>restore</c>, the console chat at the end of its input).</summary>
    public static async Task<BotRun> RunAsync(BotLaunch launch, TimeSpan timeout)
    {
        using var bot = Start(launch);
        var exitCode = await bot.WaitForExitAsync(timeout);
        return new BotRun(exitCode, bot.Stdout, bot.Stderr);
    }

    /// <summary>Waits for it to end by itself and returns its exit code; after <paramref name="timeout"/> kills it and fails with its output.</summary>
    public async Task<int> WaitForExitAsync(TimeSpan timeout)
    {
        using var deadline = new CancellationTokenSource(timeout);
        try
        {
            await _process.WaitForExitAsync(deadline.Token);
        }
        catch (OperationCanceledException)
        {
            await KillAsync();
            throw new TimeoutException($"The bot process did not end within {timeout.TotalSeconds:0} s{Described()}");
        }
        _process.WaitForExit(); // its last lines of output
        return _process.ExitCode;
    }

    /// <summary>
    /// SIGTERM, as systemd, Ctrl+C or closing its window stops it: the host stops and the database is closed. Returns its
    /// exit code; when it has not ended after <paramref name="timeout"/> (30 s), kills it and fails with its output.
    /// </summary>
    public async Task<int> StopAsync(TimeSpan? timeout = null)
    {
        if (!_process.HasExited)
        {
            if (kill(_process.Id, SigTerm) != 0 && !_process.HasExited)
                throw new InvalidOperationException($"SIGTERM to process {_process.Id} failed (errno {Marshal.GetLastPInvokeError()}).");
            Write($"---- SIGTERM {DateTimeOffset.UtcNow:HH:mm:ss.fff}");
        }
        var waited = timeout ?? TimeSpan.FromSeconds(30);
        try
        {
            return await WaitForExitAsync(waited);
        }
        catch (TimeoutException)
        {
            throw new TimeoutException($"The bot process did not stop within {waited.TotalSeconds:0} s of SIGTERM{Described()}");
        }
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

    void Write(string? line, StringBuilder? stream = null)
    {
        if (line is null) return;
        lock (_output)
        {
            stream?.AppendLine(line);
            var shown = stream == _stderr ? "stderr: " + line : line;
            _output.AppendLine(shown);
            try
            {
                _log?.WriteLine(shown);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    const int SigTerm = 15;

    [DllImport("libc", SetLastError = true)]
    static extern int kill(int pid, int signal);
}
