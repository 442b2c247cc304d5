namespace ChatAppraisal.Storage;

/// <summary>Files and folders only the bot's own user may read (0600, 0700), whatever the umask; Windows keeps its ACLs.</summary>
public static class OwnerOnly
{
    const UnixFileMode File = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    const UnixFileMode Folder = File | UnixFileMode.UserExecute;

    /// <summary>A new file, created owner-only (never readable by others, not even for a moment).</summary>
    public static FileStream Create(string path)
    {
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write, Share = FileShare.None, BufferSize = 1 << 20 };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = File;
        return new FileStream(path, options);
    }

    public static void Tighten(string file)
    {
        if (!OperatingSystem.IsWindows() && System.IO.File.Exists(file)) System.IO.File.SetUnixFileMode(file, File);
    }

    public static DirectoryInfo CreateFolder(string path)
    {
        var folder = OperatingSystem.IsWindows() ? Directory.CreateDirectory(path) : Directory.CreateDirectory(path, Folder);
        if (!OperatingSystem.IsWindows()) folder.UnixFileMode = Folder;
        return folder;
    }
}
