using System.Runtime.InteropServices;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Hosting;

/// <summary>
/// Every file the bot writes is its owner's alone (0600, folders 0700) whatever the umask it was started with: the
/// database and its log hold who may sign in, the key file the admin API's key. At start the process's umask becomes 077
/// and the files an earlier, laxer start left behind are tightened. Folders the bot did not make (the database's own
/// folder, which may be /tmp) are left as they are.
/// </summary>
public static class OwnerOnlyFiles
{
    const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    const UnixFileMode Folder = File | UnixFileMode.UserExecute;

    /// <summary>The files beside the database that belong to it (appended to its full path).</summary>
    public static readonly IReadOnlyList<string> Suffixes = [".lock", ".apikey", ".first-admin.txt"];

    public static WebApplicationBuilder AddOwnerOnlyFiles(this WebApplicationBuilder builder)
    {
        if (OperatingSystem.IsWindows()) return builder;
        umask(0b000_111_111); // 077: new files 0600, new folders 0700
        Tighten(builder.Configuration[$"{StorageOptions.Section}:Path"] ?? new StorageOptions().Path);
        return builder;
    }

    /// <summary>The database's files, its key file and keys folder, the console chat's log and saved files, if they exist.</summary>
    public static void Tighten(string databasePath)
    {
        var database = Path.GetFullPath(databasePath);
        var folder = Path.GetDirectoryName(database)!;
        var log = Path.Combine(folder, Path.GetFileNameWithoutExtension(database) + "-log" + Path.GetExtension(database));
        foreach (var file in Suffixes.Select(s => database + s).Append(database).Append(log).Append(Path.Combine(folder, "bot.log")))
            Set(file, File);
        foreach (var own in new[] { database + ".keys", Path.Combine(folder, "console-files") })
        {
            if (!Directory.Exists(own)) continue;
            Set(own, Folder);
            foreach (var file in Directory.EnumerateFiles(own)) Set(file, File);
        }
    }

    static void Set(string path, UnixFileMode mode)
    {
        if (OperatingSystem.IsWindows()) return;
        try
        {
            if ((System.IO.File.Exists(path) || Directory.Exists(path)) && System.IO.File.GetUnixFileMode(path) != mode)
                System.IO.File.SetUnixFileMode(path, mode);
        }
        catch (Exception e) when (e is UnauthorizedAccessException or IOException)
        {
            // Another user's file: the bot cannot open it either, and says so when it tries.
        }
    }

    [DllImport("libc", SetLastError = false)]
    static extern uint umask(uint mask);
}
