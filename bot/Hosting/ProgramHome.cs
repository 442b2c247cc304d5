namespace ChatAppraisal.Bot.Hosting;

/// <summary>
/// Where relative paths start. A published program (release.sh: single file) keeps its settings and <c>data/</c>
/// beside itself wherever it is started from (a double-click, a shortcut, a Windows service started in System32, a
/// systemd unit), so upgrading is replacing the program. <c>dotnet run</c> keeps the working directory, as before.
/// </summary>
public static class ProgramHome
{
    /// <summary>Set in the published program's runtimeconfig by the bot's project file when PublishSingleFile.</summary>
    public const string Switch = "ChatAppraisal.HomeBesideProgram";

    public static bool BesideProgram => AppContext.TryGetSwitch(Switch, out var on) && on;

    /// <summary>
    /// The host's options; for a published program the working directory and content root become the program's folder,
    /// so <c>Storage:Path</c>, the keys and log files beside the database, <c>appsettings.json</c> and <c>wwwroot/</c>
    /// resolve there.
    /// </summary>
    public static WebApplicationOptions Options(string[] args)
    {
        if (!BesideProgram) return new WebApplicationOptions { Args = args };
        var home = AppContext.BaseDirectory;
        Directory.SetCurrentDirectory(home);
        return new WebApplicationOptions { Args = args, ContentRootPath = home };
    }
}
