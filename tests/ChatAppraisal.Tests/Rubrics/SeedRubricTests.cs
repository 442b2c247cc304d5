using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Tests.Rubrics;

public class SeedRubricTests
{
    static readonly ChatAppraisal.Rubrics.Rubric Seed = RubricJson.Seed();

    [Fact]
    public void SeedHasTheFifteenCategoriesInDocumentOrderAndGroup()
    {
        string[] names =
        [
            "党建工作", "党风廉政建设", "精神文明建设", "社会治安综合治理(平安建设)", "精准扶贫帮扶工作",
            "精准扶贫", "农业经济", "社会保险", "民政工作", "安全生产", "村级财务", "林业管理", "电子商务", "劳务输转", "食品药品安全",
        ];
        Assert.Equal(names, Seed.Categories.Select(c => c.Name));
        Assert.All(Seed.Categories.Take(5), c => Assert.Equal("党建综合目标类", c.Group));
        Assert.All(Seed.Categories.Skip(5), c => Assert.Equal("政府工作目标类", c.Group));
        Assert.All(Seed.Categories, c => Assert.Equal(100m, c.Max));
    }

    [Fact]
    public void SeedHasEachCategorysItemCountAnd117ItemsInAll()
    {
        Assert.Equal([17, 5, 5, 6, 16, 6, 9, 3, 8, 9, 5, 4, 4, 17, 3], Seed.Categories.Select(c => c.Items.Count));
        Assert.Equal(117, Seed.ItemCount);
        Assert.Equal(1500m, Seed.MaxTotal);
    }

    [Fact]
    public void SeedKeepsItemMaximaAsWritten()
    {
        Assert.Equal([19m, 5.5m, 13m, 5m, 9m, 6m, 6m, 4m, 4m, 3m, 2m, 1m, 5m, 2m, 8m, 3m, 5m], Seed.Categories[0].Items.Select(i => i.Max));
        Assert.Equal([10m, 45m, 15m, 5m, 13m, 16m], Seed.Categories[3].Items.Select(i => i.Max));
        Assert.Equal([30m, 20m, 10m, 10m, 5m, 5m, 5m, 5m, 10m], Seed.Categories[9].Items.Select(i => i.Max));
        Assert.Equal([40m, 20m, 40m], Seed.Categories[14].Items.Select(i => i.Max));
        Assert.Equal("党建责任清单落实", Seed.Categories[0].Items[1].Name);
        Assert.Equal("安监室标准化建设情况", Seed.Categories[9].Items[1].Name);
        Assert.Equal("精准扶贫劳动力培训摸底表", Seed.Categories[13].Items[9].Name);
        Assert.Equal(10m, Seed.Categories[13].Items[9].Max);
    }

    [Fact]
    public void SeedReportsTheDocumentsTwoMismatchesAsWarnings()
    {
        var warnings = RubricValidator.Warnings(Seed);
        Assert.Equal(
            [new RubricWarning("党建工作", 100.5m, 100m), new RubricWarning("社会治安综合治理(平安建设)", 104m, 100m)],
            warnings);
    }

    [Fact]
    public void SeedAttachesTheLeadershipCapsSummingTo100()
    {
        Assert.Equal([20m, 10m, 5m, 10m, 5m, 15m, 10m, 5m, 5m, 5m, 4m, 1m, 1m, 2m, 2m], Seed.Categories.Select(c => c.LeaderCap));
        Assert.Equal(100m, Seed.LeaderCapTotal);
        Assert.Equal(["党建", "廉政", "文明", "综治", "帮扶", "扶贫", "农业", "社保", "民政", "安全", "财务", "林业", "电商", "劳务", "食药"],
            Seed.Categories.Select(c => c.Alias));
    }

    [Fact]
    public void SeedSurvivesAWriteAndParseRoundTrip()
    {
        var again = RubricJson.Parse(RubricJson.Write(Seed));
        Assert.Equal(Seed.Categories.SelectMany(c => c.Items), again.Categories.SelectMany(c => c.Items));
        Assert.Equal(Seed.Categories.Select(c => (c.Name, c.Group, c.Alias, c.Max, c.LeaderCap)), again.Categories.Select(c => (c.Name, c.Group, c.Alias, c.Max, c.LeaderCap)));
    }
}
