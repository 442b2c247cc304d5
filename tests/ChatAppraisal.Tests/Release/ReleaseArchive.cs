using System.IO.Compression;
using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.Release;

/// <summary>
/// The linux-x64 release exactly as an official gets it: <c>artifacts/ChatAppraisal-VERSION-linux-x64.zip</c>, made by
/// <c>./release.sh</c>. CI runs release.sh before the tests; on a developer's machine a missing archive, or one older
/// than the sources, is published here once (<c>./release.sh linux-x64</c>, a few minutes) and kept in artifacts/.
/// </summary>
public static class ReleaseArchive
{
    public const string Rid = "linux-x64";

    static readonly SemaphoreSlim Gate = new(1, 1);
    static bool _checked;
    static string? _failed;

    public static string Path => System.IO.Path.Combine(RepositoryFolder.Root(), "artifacts", $"ChatAppraisal-{AppVersion.Current}-{Rid}.zip");

    /// <summary>Unpacks the archive into a fresh folder (as "解压"); returns the program's path, ChatAppraisal/ChatAppraisal.</summary>
    public static async Task<string> UnpackAsync(string into)
    {
        await EnsureAsync();
        ZipFile.ExtractToDirectory(Path, into);
        return System.IO.Path.Combine(into, "ChatAppraisal", "ChatAppraisal");
    }

    static async Task EnsureAsync()
    {
        await Gate.WaitAsync();
        try
        {
            if (_checked) return;
            // A publish that failed once fails every test with its reason instead of trying again for each.
            if (_failed is not null) throw new InvalidOperationException(_failed);
            var root = RepositoryFolder.Root();
            if (!File.Exists(Path) || File.GetLastWriteTimeUtc(Path) < NewestSource(root))
            {
                try
                {
                    await PublishAsync();
                }
                catch (InvalidOperationException e)
                {
                    _failed = e.Message;
                    throw;
                }
            }
            _checked = true;
        }
        finally
        {
            Gate.Release();
        }
    }

    static async Task PublishAsync()
    {
        var (exitCode, output) = await BuildCommand.RunAsync("bash", ["release.sh", Rid]);
        if (exitCode != 0 || !File.Exists(Path))
            throw new InvalidOperationException($"./release.sh {Rid} failed ({exitCode}); run it by hand to see why:\n{output}");
    }

    /// <summary>The newest file the program is built from: an archive older than it would test yesterday's program.</summary>
    static DateTime NewestSource(string root)
    {
        string[] folders = ["bot", "core", "admin", "release"];
        var files = folders.SelectMany(f => Directory.EnumerateFiles(System.IO.Path.Combine(root, f), "*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{System.IO.Path.DirectorySeparatorChar}bin{System.IO.Path.DirectorySeparatorChar}")
                        && !f.Contains($"{System.IO.Path.DirectorySeparatorChar}obj{System.IO.Path.DirectorySeparatorChar}"))
            .Concat([System.IO.Path.Combine(root, "Directory.Build.props"), System.IO.Path.Combine(root, "Directory.Packages.props"), System.IO.Path.Combine(root, "release.sh")]);
        return files.Max(File.GetLastWriteTimeUtc);
    }
}
