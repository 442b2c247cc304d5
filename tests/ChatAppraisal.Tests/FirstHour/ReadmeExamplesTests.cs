using System.Text.RegularExpressions;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>The README's console examples, run as printed and in the order printed, on one database as a newcomer would.</summary>
public sealed partial class ReadmeExamplesTests
{
    [Fact]
    public async Task TheReadmesConsoleExamplesWorkInTheOrderPrinted()
    {
        var readme = File.ReadAllText(Path.Combine(DialogDiagramTests.RepositoryRoot(), "README.md"));
        var examples = Example().Matches(readme).Select(m => m.Groups[1].Value.Replace("\\n", "\n")).ToList();
        Assert.True(examples.Count >= 2, "The README's console examples were not found.");

        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        var database = Path.Combine(folder, "try", "appraisal.db");
        Directory.CreateDirectory(folder);
        try
        {
            var outputs = new List<string>();
            foreach (var input in examples)
            {
                var (exitCode, output, errors) = await ConsoleChatTests.RunBot(folder, database, input);
                Assert.True(exitCode == 0, $"exit code {exitCode}\n{output}\n{errors}");
                outputs.Add(output);
            }
            var all = string.Join("\n", outputs);
            Assert.DoesNotContain("没有找到", all);
            Assert.DoesNotContain("不是分数", all);

            using var store = new AppraisalStore(database);
            var village = store.Setup.Villages.FindOne(v => v.Name == "新庄村（示例）")!;
            Assert.Equal([50m, 40m, 10m], store.Scores.Items.Find(s => s.VillageId == village.Id).OrderBy(s => s.Item).Select(s => s.Value));
            var rating = Assert.Single(store.Scores.Ratings.Find(r => r.VillageId == village.Id));
            Assert.Equal(94m, rating.Values.Sum()); // the README's 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2
            Assert.Contains(store.Audit.Entries.FindAll(), a => a.Action == AuditActions.SheetSealed);
            Assert.Contains("新庄村（示例）", outputs[^1]);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    [GeneratedRegex(@"^printf '([^']*)' \| Storage__Path=/tmp/try/appraisal\.db dotnet run --project bot$", RegexOptions.Multiline)]
    private static partial Regex Example();
}
