using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;

namespace ChatAppraisal.Tests.Rubrics.Import;

/// <summary>The town's own plan, read by the importer, gives exactly the rubric the project ships.</summary>
public class SeedPlanImportTests
{
    static readonly ImportResult Imported = RubricImporter.FromText(SeedPlan.Text());

    [Fact]
    public void TheSeedsTextGivesExactlyTheShippedRubric()
    {
        var shipped = RubricJson.Seed();
        Assert.Equal(RubricJson.Write(shipped), RubricJson.Write(Imported.Rubric));
        Assert.Equal(shipped, Imported.Rubric);
        Assert.Equal(15, Imported.Rubric.Categories.Count);
        Assert.Equal(117, Imported.Rubric.ItemCount);
        Assert.Equal([20m, 10m, 5m, 10m, 5m, 15m, 10m, 5m, 5m, 5m, 4m, 1m, 1m, 2m, 2m], Imported.Rubric.Categories.Select(c => c.LeaderCap));
    }

    [Fact]
    public void TheSeedsFormulaGivesTheWeights()
    {
        Assert.Equal(new FinalFormula(0.9m, 0.1m), Imported.Policy);
    }

    [Fact]
    public void TheSeedsTwoMismatchesAreNamedByLineAndKeptAsWarnings()
    {
        var sums = Imported.Problems.Where(p => p.Fault == ImportFault.ChildrenDoNotAddUp).Select(p => (p.Line, p.Detail, p.Value, p.Expected));
        Assert.Equal([(57, "党建工作", 100.5m, 100m), (63, "社会治安综合治理(平安建设)", 104m, 100m)], sums);
        Assert.Equal([new RubricWarning("党建工作", 100.5m, 100m), new RubricWarning("社会治安综合治理(平安建设)", 104m, 100m)],
            RubricValidator.Warnings(Imported.Rubric));
    }

    [Fact]
    public void TheSeedsTyposAreNamedByLine()
    {
        var problems = Imported.Problems;
        Assert.Contains(problems, p => p is { Fault: ImportFault.PointsWithoutFen, Line: 85, Detail: "精准扶贫劳动力培训摸底表", Value: 10m });
        Assert.Contains(problems, p => p is { Fault: ImportFault.MissingSeparator, Line: 77, Detail: "安监室标准化建设情况" });
        Assert.Contains(problems, p => p is { Fault: ImportFault.MissingBracket, Line: 71, Detail: "环保", Value: 4m });
        Assert.Contains(problems, p => p is { Fault: ImportFault.MissingBracket, Line: 57, Detail: "党建工作", Value: 100m });
        Assert.DoesNotContain(problems, p => p.Fault is ImportFault.RubricRule or ImportFault.NoCategories or ImportFault.LeaderCapUnmatched
            or ImportFault.LeaderCapMissing or ImportFault.TextWithoutPoints or ImportFault.BlockWithoutPoints);
        Assert.All(problems, p => Assert.Equal(SeedPlan.Text().Replace("\r", "").Split('\n')[p.Line!.Value - 1].Trim(), p.Text));
    }
}
