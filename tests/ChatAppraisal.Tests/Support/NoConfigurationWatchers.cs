using System.Runtime.CompilerServices;

namespace ChatAppraisal.Tests.Support;

/// <summary>
/// The test process builds hundreds of hosts (the bot, the doubles), and each would watch its appsettings files for changes:
/// an inotify instance apiece, of which a user may hold 128 (Linux's default) with the browser's and the bots' processes
/// beside them. Hosts whose disposal waits for the collector hit that limit in a whole run ("The configured user limit
/// (128) on the number of inotify instances has been reached"). No test changes a settings file under a running host.
/// </summary>
static class NoConfigurationWatchers
{
    [ModuleInitializer]
    internal static void Initialize() => Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
}
