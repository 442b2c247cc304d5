namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 2, the files: every file the bot writes is its owner's alone, whatever umask it was started with.</summary>
[System.Runtime.Versioning.UnsupportedOSPlatform("windows")]
public sealed class FileModeTests
{
    const UnixFileMode OwnerOnly = UnixFileMode.UserRead | UnixFileMode.UserWrite;
    const UnixFileMode OwnerOnlyFolder = OwnerOnly | UnixFileMode.UserExecute;

    [Fact]
    public async Task UnderUmask022EveryFileTheBotWritesIsOwnerOnlyAndEarlierFilesAreTightened()
    {
        var folder = RealBot.NewFolder();
        await using (var first = await RealBot.Start(folder))
        {
            using var browser = new HttpClient();
            await browser.GetStringAsync(first.BaseUrl + "/chat"); // its form's anti-forgery token makes the first data-protection key
            AssertOwnerOnly(first.DatabasePath);
            await first.Stop();
        }

        // An earlier, laxer start left them readable by everyone: the next start tightens them.
        var database = Path.Combine(folder, "appraisal.db");
        foreach (var file in Files(database).Where(File.Exists)) File.SetUnixFileMode(file, OwnerOnly | UnixFileMode.GroupRead | UnixFileMode.OtherRead);
        File.SetUnixFileMode(database + ".keys", OwnerOnlyFolder | UnixFileMode.GroupRead | UnixFileMode.GroupExecute | UnixFileMode.OtherRead | UnixFileMode.OtherExecute);
        await using var second = await RealBot.Start(folder);
        AssertOwnerOnly(database);
    }

    static IEnumerable<string> Files(string database) =>
        [database, Path.Combine(Path.GetDirectoryName(database)!, "appraisal-log.db"), database + ".lock", database + ".apikey", database + ".first-admin.txt",
         .. Directory.EnumerateFiles(database + ".keys")];

    static void AssertOwnerOnly(string database)
    {
        Assert.True(File.Exists(database + ".apikey") && File.Exists(database + ".first-admin.txt") && File.Exists(database + ".lock"));
        foreach (var file in Files(database).Where(File.Exists))
            Assert.True(File.GetUnixFileMode(file) == OwnerOnly, $"{file} is {File.GetUnixFileMode(file)}");
        Assert.NotEmpty(Directory.EnumerateFiles(database + ".keys"));
        Assert.Equal(OwnerOnlyFolder, File.GetUnixFileMode(database + ".keys"));
    }
}
