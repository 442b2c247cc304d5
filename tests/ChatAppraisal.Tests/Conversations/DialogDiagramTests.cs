using ChatAppraisal.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>docs/dialogs holds every dialog's diagram; a flow change without its diagram fails here.</summary>
public class DialogDiagramTests
{
    [Fact]
    public void EveryDialogDiagramInTheDocsIsUpToDate()
    {
        using var chat = new ChatHarness();
        var folder = Path.Combine(RepositoryRoot(), "docs", "dialogs");
        var rewrite = Environment.GetEnvironmentVariable(DialogDiagrams.UpdateVariable) == "1";
        var stale = new List<string>();
        foreach (var dialog in chat.Services.GetServices<IDialog>())
        {
            var path = Path.Combine(folder, DialogDiagrams.FileName(dialog));
            var page = DialogDiagrams.Page(dialog);
            if (rewrite)
            {
                Directory.CreateDirectory(folder);
                File.WriteAllText(path, page);
            }
            else if (!File.Exists(path) || File.ReadAllText(path).ReplaceLineEndings("\n") != page)
            {
                stale.Add(path);
            }
        }
        Assert.True(stale.Count == 0,
            $"Stale dialog diagrams: {string.Join(", ", stale)}. Regenerate with: {DialogDiagrams.UpdateVariable}=1 dotnet test --filter DialogDiagram");
    }

    [Fact]
    public void TheScoreDiagramShowsItsStepsAndGuards()
    {
        using var chat = new ChatHarness();
        var diagram = chat.Services.GetServices<IDialog>().Single(d => d.Name == "score").Diagram();
        Assert.Contains("stateDiagram-v2", diagram);
        foreach (var text in new[] { "Village", "Category", "Item", "Review", "InVillage", "last item", "every item scored" })
            Assert.Contains(text, diagram);
    }

    [Theory]
    [InlineData("rate", new[] { "Village", "Category", "Confirm", "Done", "last category", "first category", "keep the checked rating" })]
    [InlineData("sign", new[] { "Village", "Summary", "SecondConfirmation", "Done", "items missing", "every item scored: seal" })]
    public void TheLeadersAndGroupLeadersDiagramsShowTheirStepsAndGuards(string dialog, string[] expected)
    {
        using var chat = new ChatHarness();
        var diagram = chat.Services.GetServices<IDialog>().Single(d => d.Name == dialog).Diagram();
        Assert.All(expected, text => Assert.Contains(text, diagram));
    }

    internal static string RepositoryRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "ChatAppraisal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("ChatAppraisal.sln not found above " + AppContext.BaseDirectory);
    }
}
