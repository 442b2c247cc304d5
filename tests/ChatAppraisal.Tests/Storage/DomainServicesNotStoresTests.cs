using System.Runtime.CompilerServices;
using System.Text.RegularExpressions;

namespace ChatAppraisal.Tests.Storage;

/// <summary>
/// Pages, endpoints, dialogs and commands read and write through the domain services (VillageRoster, Sheets,
/// LeaderRatings, ...), never a feature store (<c>store.Setup.Villages</c>, <c>store.Scores.Seals</c>, ...). The unit of
/// work itself (<c>store.Read</c>, <c>store.AfterCommit</c>) they may use. The engine keeps its own conversation state.
/// </summary>
public partial class DomainServicesNotStoresTests
{
    static string Root([CallerFilePath] string here = "") => Path.GetFullPath(Path.Combine(Path.GetDirectoryName(here)!, "..", "..", ".."));

    [GeneratedRegex(@"\b_?store\.(Towns|Setup|Scores|Roster|Audit|Conversations|Outbox|Evidence|Ballots|Schedule|Publication|Docs|Files)\b")]
    private static partial Regex FeatureStore();

    [GeneratedRegex(@"\b(IChatCommand|IReadOnlyChatCommand|IPlainTextHandler|IDialog|FlowDialog<\w+>)\b\s*(,|\{|$|where)")]
    private static partial Regex DeclaresADialogOrCommand();

    [Fact]
    public void NoDialogCommandPageOrEndpointReadsAFeatureStore()
    {
        var root = Root();
        string Rel(string f) => Path.GetRelativePath(root, f).Replace(Path.DirectorySeparatorChar, '/');
        var engine = new[] { "core/Conversations/ConversationEngine.cs", "core/Conversations/Engine/UpdateGate.cs", "core/Conversations/Engine/ReadOnlyCommands.cs" };
        var sources = new[] { "core", "bot", "admin" }
            .SelectMany(folder => Directory.EnumerateFiles(Path.Combine(root, folder), "*.cs", SearchOption.AllDirectories))
            .Where(f => !Rel(f).Contains("/obj/") && !Rel(f).Contains("/bin/"))
            .ToList();
        var checkedFiles = sources.Where(f =>
        {
            var rel = Rel(f);
            if (engine.Contains(rel)) return false;
            return rel.StartsWith("core/Conversations/", StringComparison.Ordinal)
                   || rel.StartsWith("bot/Pages/", StringComparison.Ordinal)
                   || rel.StartsWith("admin/", StringComparison.Ordinal)
                   || File.ReadLines(f).Any(line => line.Contains("class ", StringComparison.Ordinal) && DeclaresADialogOrCommand().IsMatch(line));
        }).ToList();
        var offenders = checkedFiles
            .SelectMany(f => File.ReadLines(f).Select((line, i) => (File: Rel(f), Line: i + 1, Text: line.Trim())))
            .Where(l => !l.Text.StartsWith("//", StringComparison.Ordinal) && FeatureStore().IsMatch(l.Text))
            .Select(l => $"{l.File}:{l.Line}: {l.Text}")
            .ToList();
        Assert.True(checkedFiles.Count > 60, $"only {checkedFiles.Count} files checked"); // the dialogs, commands, pages and endpoints
        Assert.Contains(checkedFiles, f => Rel(f) == "core/Schedule/ScheduleCommand.cs");
        Assert.Empty(offenders);
    }
}
