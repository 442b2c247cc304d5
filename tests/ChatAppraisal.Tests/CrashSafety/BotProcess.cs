using System.Diagnostics;
using System.Text;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>
/// The real bot as its own operating-system process: the build of <c>bot/</c> beside the tests', started with
/// <c>dotnet ChatAppraisal.Bot.dll</c> and settings in environment variables, killed with SIGKILL. Its output goes
/// to a log file so a failure can be read afterwards.
/// </summary>
public sealed class BotProcess : IDisposable
{
    static readonly SemaphoreSlim BuildGate = new(1, 1);
    static string? _builtDll;

    readonly Process _process;
    readonly StreamWriter _log;

    BotProcess(Process process, StreamWriter log)
    {
        _process = process;
        _log = log;
        StartedAt = DateTimeOffset.UtcNow;
    }

    public DateTimeOffset StartedAt { get; }
    public int Id => _process.Id;
    public bool HasExited => _process.HasExited;

#if DEBUG
    const string Configuration = "Debug";
#else
    const string Configuration = "Release";
#endif

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
            var root = RepositoryRoot();
            var dll = Path.Combine(root, "bot", "bin", Configuration, "net10.0", "ChatAppraisal.Bot.dll");
            if (!File.Exists(dll)) await BuildAsync(root);
            if (!File.Exists(dll)) throw new FileNotFoundException($"The {Configuration} build did not produce the bot.", dll);
            return _builtDll = dll;
        }
        finally
        {
            BuildGate.Release();
        }
    }

    static async Task BuildAsync(string root)
    {
        var start = new ProcessStartInfo(DotnetHost(), ["build", "-c", Configuration, "bot", "--nologo", "-v", "q", "--disable-build-servers", "-nodeReuse:false"])
        {
            WorkingDirectory = root,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // The test host's own MSBuild settings must not leak into a separate build.
        foreach (var name in start.Environment.Keys.Where(k => k.StartsWith("MSBuild", StringComparison.OrdinalIgnoreCase) || k.StartsWith("VSTEST", StringComparison.OrdinalIgnoreCase)).ToList())
            start.Environment.Remove(name);
        using var build = Process.Start(start)!;
        var output = build.StandardOutput.ReadToEndAsync();
        var errors = build.StandardError.ReadToEndAsync();
        await build.WaitForExitAsync();
        if (build.ExitCode != 0)
            throw new InvalidOperationException($"dotnet build -c {Configuration} bot failed ({build.ExitCode}):\n{await output}\n{await errors}");
    }

    /// <summary>
    /// Starts the bot process with these settings (as environment variables, <c>Section__Key</c>): <paramref name="program"/>
    /// is ChatAppraisal.Bot.dll (run by dotnet) or a release's own program (run as it is).
    /// </summary>
    public static BotProcess Start(string program, IReadOnlyDictionary<string, string> settings, string logPath)
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

        var log = new StreamWriter(logPath, append: true, Encoding.UTF8) { AutoFlush = true };
        log.WriteLine($"---- start {DateTimeOffset.UtcNow:HH:mm:ss.fff}");
        var process = new Process { StartInfo = start };
        process.OutputDataReceived += (_, e) => Write(log, e.Data);
        process.ErrorDataReceived += (_, e) => Write(log, e.Data is null ? null : "stderr: " + e.Data);
        process.Start();
        process.BeginOutputReadLine();
        process.BeginErrorReadLine();
        return new BotProcess(process, log);
    }

    /// <summary>SIGKILL, no chance to finish anything; returns once the process is gone (and with it its file lock).</summary>
    public async Task<DateTimeOffset> KillAsync()
    {
        var at = DateTimeOffset.UtcNow;
        if (!_process.HasExited) _process.Kill(entireProcessTree: true);
        await _process.WaitForExitAsync();
        Write(_log, $"---- killed {at:HH:mm:ss.fff}");
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
        lock (_log) _log.Dispose();
    }

    static void Write(StreamWriter log, string? line)
    {
        if (line is null) return;
        lock (log)
        {
            try
            {
                log.WriteLine(line);
            }
            catch (ObjectDisposedException)
            {
            }
        }
    }

    /// <summary>The dotnet host running these tests (the same SDK builds and runs the bot).</summary>
    static string DotnetHost() =>
        Environment.GetEnvironmentVariable("DOTNET_HOST_PATH") is { Length: > 0 } host && File.Exists(host) ? host : "dotnet";

    static string RepositoryRoot()
    {
        for (var dir = new DirectoryInfo(AppContext.BaseDirectory); dir is not null; dir = dir.Parent)
            if (File.Exists(Path.Combine(dir.FullName, "ChatAppraisal.sln"))) return dir.FullName;
        throw new DirectoryNotFoundException("ChatAppraisal.sln not found above " + AppContext.BaseDirectory);
    }
}
