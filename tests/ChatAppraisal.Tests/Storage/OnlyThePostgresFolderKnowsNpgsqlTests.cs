using System.Runtime.CompilerServices;

namespace ChatAppraisal.Tests.Storage;

public class OnlyThePostgresFolderKnowsNpgsqlTests
{
    static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    [Fact]
    public void NoSourceOutsideCoreStoragePostgresImportsNpgsql()
    {
        var root = Root();
        var allowed = Path.Combine(root, "core", "Storage", "Postgres") + Path.DirectorySeparatorChar;
        var offenders = new[] { "core", "bot", "admin" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs*", SearchOption.AllDirectories))
            .Where(f => !f.Contains($"{Path.DirectorySeparatorChar}obj{Path.DirectorySeparatorChar}") && !f.Contains($"{Path.DirectorySeparatorChar}bin{Path.DirectorySeparatorChar}"))
            .Where(f => !f.StartsWith(allowed, StringComparison.Ordinal))
            .Where(f => File.ReadLines(f).Any(line => line.TrimStart().StartsWith("using Npgsql", StringComparison.Ordinal)
                || line.Contains("Npgsql.", StringComparison.Ordinal) && !line.TrimStart().StartsWith("//", StringComparison.Ordinal)))
            .Select(f => Path.GetRelativePath(root, f))
            .ToList();
        Assert.True(Directory.Exists(allowed), allowed);
        Assert.Empty(offenders);
    }
}
