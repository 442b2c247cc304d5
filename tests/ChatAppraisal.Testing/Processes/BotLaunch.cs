namespace ChatAppraisal.Tests.Processes;

/// <summary>
/// How <see cref="BotProcess"/> starts the bot: <paramref name="Program"/> is ChatAppraisal.Bot.dll (run by dotnet) or a
/// release's own program (run as it is), <paramref name="Settings"/> go into its environment (<c>Section__Key</c>); the
/// rest is what a test changes about an ordinary start.
/// </summary>
public sealed record BotLaunch(string Program, IReadOnlyDictionary<string, string> Settings)
{
    /// <summary>Its command line after the program (<c>restore FILE</c>, <c>--version</c>, <c>--Admin:Urls=…</c>).</summary>
    public IReadOnlyList<string> Arguments { get; init; } = [];

    /// <summary>Where it runs; the program's own folder when not given.</summary>
    public string? WorkingDirectory { get; init; }

    /// <summary>
    /// Nothing of this process's environment, only <see cref="Settings"/>: a release run as on a machine without .NET
    /// (no SDK on the PATH, no DOTNET_ROOT). Give PATH and HOME among the settings.
    /// </summary>
    public bool EmptyEnvironment { get; init; }

    /// <summary>Started through /bin/sh under this umask ("022"), as a login shell or a service manager would start it.</summary>
    public string? Umask { get; init; }

    /// <summary>Written to its standard input, which is then closed: the console chat reads it and ends at its end.</summary>
    public string? Input { get; init; }

    /// <summary>A file its output is appended to as well, to read after a failure.</summary>
    public string? LogPath { get; init; }
}

/// <summary>A run to the end: its exit code and what it wrote on each stream.</summary>
public sealed record BotRun(int ExitCode, string Stdout, string Stderr);
