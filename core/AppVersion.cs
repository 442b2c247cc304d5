using System.Reflection;

namespace ChatAppraisal;

/// <summary>
/// The release's version, set once in the repository's Directory.Build.props (<c>&lt;Version&gt;</c>): shown by
/// <c>--version</c>, on <c>/healthz</c>, in the console's footer and the start-up log.
/// </summary>
public static class AppVersion
{
    /// <summary>"1.0.0": the informational version without the source revision the SDK appends ("+abc123").</summary>
    public static string Current { get; } =
        (typeof(AppVersion).Assembly.GetCustomAttribute<AssemblyInformationalVersionAttribute>()?.InformationalVersion ?? "0.0.0").Split('+')[0];

    /// <summary>The line <c>--version</c> prints.</summary>
    public static string Line => $"ChatAppraisal {Current}";
}
