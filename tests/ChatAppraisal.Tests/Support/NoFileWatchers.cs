using System.Runtime.CompilerServices;

namespace ChatAppraisal.Tests.Support;

/// <summary>
/// The test process builds hundreds of hosts (the bot, the doubles), and each would watch files for changes: its appsettings
/// files, and the bot's wwwroot (the pages' versioned links to their scripts and styles watch them, through a file provider
/// the host never disposes). Each watcher is an inotify instance, of which a user may hold 128 (Linux's default); they
/// went only with the collector, and a whole run reached the limit ("The configured user limit (128) on the number of
/// inotify instances has been reached": 203 tests could not start a host). No test changes a file under a running host,
/// so the hosts here read settings once and poll files instead of watching them.
/// </summary>
static class NoFileWatchers
{
    [ModuleInitializer]
    internal static void Initialize()
    {
        Environment.SetEnvironmentVariable("DOTNET_hostBuilder__reloadConfigOnChange", "false");
        Environment.SetEnvironmentVariable("DOTNET_USE_POLLING_FILE_WATCHER", "true");
    }
}
