using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.Release;

/// <summary>
/// The published program as its own process, with nothing of the developer's machine: an empty environment, so no
/// .NET SDK or runtime on the PATH (an empty one unless a test gives its own folder) and no DOTNET_ROOT; its settings on
/// its command line.
/// </summary>
static class PublishedProgram
{
    public static BotProcess Start(string program, string workingDirectory, IReadOnlyList<string> args, string path = "", string? input = null) =>
        BotProcess.Start(new BotLaunch(program, new Dictionary<string, string> { ["PATH"] = path, ["HOME"] = workingDirectory })
        {
            Arguments = args, WorkingDirectory = workingDirectory, EmptyEnvironment = true, Input = input,
        });

    /// <summary>The release's tests wait longer than most: each starts a 120 MB program on shared cores.</summary>
    public static readonly TimeSpan Patience = TimeSpan.FromSeconds(90);
}
