using ChatAppraisal.Appraisal;
using ChatAppraisal.Export;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Support;
using DocumentFormat.OpenXml.Validation;

namespace ChatAppraisal.Tests.Export;

public class ScoreSheetWorkbookTests
{
    static (ExportScenario Scenario, WorkbookReader Book, Standings Standings) Export()
    {
        var scenario = new ExportScenario();
        var bytes = new ScoreSheetWorkbook(scenario.Reader).Build(scenario.Period);
        File.WriteAllBytes(Path.Combine(Path.GetTempPath(), "chatappraisal-export.xlsx"), bytes);
        return (scenario, new WorkbookReader(bytes), scenario.Db.Standings.Compute(scenario.Period));
    }

    [Fact]
    public void WorkbookHasTheSummaryThenOneSheetPerVillageInRankOrderThenTheRatings()
    {
        var (scenario, book, _) = Export();
        using var _s = scenario;
        using var _b = book;

        Assert.Equal(["汇总排名", "新庄村", "马家河村", "党政班子成员评分"], book.SheetNames);
    }

    [Fact]
    public void WorkbookIsAValidSpreadsheetPackage()
    {
        var (scenario, book, _) = Export();
        using var _s = scenario;
        using var _b = book;

        var errors = new OpenXmlValidator().Validate(book.Document).Select(e => $"{e.Path?.XPath}: {e.Description}").ToList();

        Assert.Empty(errors);
    }

    [Fact]
    public void VillageSheetTitleFollowsThePeriodAndMergesLikeThePaperForm()
    {
        var (scenario, book, _) = Export();
        using var _s = scenario;
        using var _b = book;
        var dangJianItems = Scenario.Rubric.Categories[0].Items.Count;
        var partyGroupRows = Scenario.Rubric.Categories.Where(c => c.Group == "党建综合目标类").Sum(c => c.Items.Count + 1);

        Assert.Equal("2017年度党务政务工作目标管理综合考核评分表", book.Text("新庄村", "A1"));
        Assert.Equal("考核对象：新庄村", book.Text("新庄村", "A2"));
        var merges = book.Merges("新庄村");
        Assert.Contains("A1:I1", merges);                                // the title over every column, 扣分原因 (I) the last
        Assert.Contains($"B4:B{4 + dangJianItems}", merges);          // 党建工作 down its items and its 小计
        Assert.Contains($"A4:A{3 + partyGroupRows}", merges);          // 党建综合目标类 down its five categories
        Assert.Contains($"C{4 + dangJianItems}:D{4 + dangJianItems}", merges);
        Assert.Equal("党建工作\n（100分）", book.Text("新庄村", "B4"));
        Assert.Equal("党建综合目标类", book.Text("新庄村", "A4"));
    }

    [Fact]
    public void VillageSheetListsEveryItemWithMaximumScoreAndWhoEnteredItWhen()
    {
        var (scenario, book, _) = Export();
        using var _s = scenario;
        using var _b = book;

        var row = book.RowOf("新庄村", "D", "做合格党员");
        Assert.Equal(3m, book.Number("新庄村", $"C{row}"));
        Assert.Equal(13m, book.Number("新庄村", $"E{row}"));
        Assert.Equal(10m, book.Number("新庄村", $"F{row}"));
        Assert.Equal("柴守齐", book.Text("新庄村", $"G{row}"));
        Assert.Equal("2018-01-15 09:00", book.Text("新庄村", $"H{row}"));
        var itemRows = book.Worksheet("新庄村").Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Count(r => book.Number("新庄村", $"E{r.RowIndex}") is not null && book.Number("新庄村", $"C{r.RowIndex}") is not null);
        Assert.Equal(Scenario.Rubric.ItemCount, itemRows);
    }

    [Fact]
    public void VillageSheetHasADeductionReasonColumnWithEachItemsReason()
    {
        using var scenario = new ExportScenario();
        // 马家河村 (not sealed) loses 3 points on 做合格党员 (党建工作 item 3), with its reason.
        Assert.True(scenario.Db.ScoreBook.SetItem(scenario.Examiner, scenario.Period, scenario.Majiahe.Id, 0, 2, 10m, reason: "会议记录缺两次").Ok);
        using var book = new WorkbookReader(new ScoreSheetWorkbook(scenario.Reader).Build(scenario.Period));

        Assert.Equal("扣分原因", book.Text("马家河村", "I3"));
        var row = book.RowOf("马家河村", "D", "做合格党员");
        Assert.Equal("会议记录缺两次", book.Text("马家河村", $"I{row}"));
        Assert.Equal(10m, book.Number("马家河村", $"F{row}"));
        Assert.True(string.IsNullOrEmpty(book.Text("马家河村", $"I{row + 1}")));
        Assert.True(string.IsNullOrEmpty(book.Text("新庄村", $"I{book.RowOf("新庄村", "D", "做合格党员")}")));
    }

    [Fact]
    public void SubtotalsAndTotalsEqualTheScoringEngines()
    {
        var (scenario, book, standings) = Export();
        using var _s = scenario;
        using var _b = book;
        var result = standings.Ranking.Single(r => r.Result.Village == "新庄村").Result;

        var subtotals = Enumerable.Range(0, 15).Aggregate(new List<int>(), (rows, _) =>
        {
            rows.Add(book.RowOf("新庄村", "C", "小计", rows.LastOrDefault()));
            return rows;
        });
        for (var i = 0; i < subtotals.Count; i++)
            Assert.Equal(result.Categories[i].Score, book.Number("新庄村", $"F{subtotals[i]}"));
        Assert.Equal(97.5m, book.Number("新庄村", $"F{subtotals[0]}"));
        Assert.Equal(100m, book.Number("新庄村", $"F{subtotals[Scenario.ZongZhi]}"));
        Assert.Equal("超出满分，按满分计（原 104）", book.Text("新庄村", $"G{subtotals[Scenario.ZongZhi]}"));

        var totals = book.RowOf("新庄村", "A", "现场考核合计");
        Assert.Equal(1491.5m, book.Number("新庄村", $"F{totals}"));
        Assert.Equal(Points.Round2(result.Onsite1000), book.Number("新庄村", $"F{totals + 1}"));
        Assert.Equal(994.33m, book.Number("新庄村", $"F{totals + 1}"));
        Assert.Equal(90m, book.Number("新庄村", $"F{totals + 2}"));
        Assert.Equal(900m, book.Number("新庄村", $"F{totals + 3}"));
        Assert.Equal(984.9m, book.Number("新庄村", $"F{totals + 4}"));
        Assert.Equal(Points.Round2(result.Final), book.Number("新庄村", $"F{totals + 4}"));
        Assert.Equal("第 1 名（共 2 个村）", book.Text("新庄村", $"G{totals + 4}"));
    }

    [Fact]
    public void SealLineShowsWhoSignedWhenTheFingerprintAndThatItIsValid()
    {
        var (scenario, book, _) = Export();
        using var _s = scenario;
        using var _b = book;
        var sheet = scenario.Sheets.Load(scenario.Period, scenario.Xinzhuang.Id)!;

        var row = book.RowOf("新庄村", "A", "考核组长签字");
        Assert.Equal("张晓岩", book.Text("新庄村", $"C{row}"));
        Assert.Equal("2018-01-15 09:00", book.Text("新庄村", $"G{row}"));
        Assert.Equal(Sheets.Fingerprint(sheet), book.Text("新庄村", $"C{row + 1}"));
        Assert.Equal("有效：内容与签字密封时一致", book.Text("新庄村", $"C{row + 2}"));
        Assert.Equal("（未签字密封）", book.Text("马家河村", $"C{book.RowOf("马家河村", "A", "考核组长签字")}"));
    }

    [Fact]
    public void SummaryRanksTheVillagesWithTheEnginesFiguresUnderAMergedTwoRowHeader()
    {
        var (scenario, book, standings) = Export();
        using var _s = scenario;
        using var _b = book;

        Assert.Equal("2017年度党务政务工作目标管理综合考核汇总排名表", book.Text("汇总排名", "A1"));
        var merges = book.Merges("汇总排名");
        Assert.Contains("A3:A4", merges);
        Assert.Contains("C3:D3", merges);
        Assert.Contains("E3:F3", merges);
        Assert.Equal("现场考核（满分 1500）", book.Text("汇总排名", "C3"));
        for (var i = 0; i < standings.Ranking.Count; i++)
        {
            var r = standings.Ranking[i].Result;
            var row = 5 + i;
            Assert.Equal(standings.Ranking[i].Rank, book.Number("汇总排名", $"A{row}"));
            Assert.Equal(r.Village, book.Text("汇总排名", $"B{row}"));
            Assert.Equal(r.Onsite, book.Number("汇总排名", $"C{row}"));
            Assert.Equal(Points.Round2(r.Onsite1000), book.Number("汇总排名", $"D{row}"));
            Assert.Equal(Points.Round2(r.Leader), book.Number("汇总排名", $"E{row}"));
            Assert.Equal(Points.Round2(r.Leader1000), book.Number("汇总排名", $"F{row}"));
            Assert.Equal(Points.Round2(r.Final), book.Number("汇总排名", $"G{row}"));
        }
        Assert.Equal(984.9m, book.Number("汇总排名", "G5"));
        Assert.Equal("完成", book.Text("汇总排名", "H5"));
        Assert.Equal("未完成", book.Text("汇总排名", "H6"));
        Assert.Equal("已签字密封", book.Text("汇总排名", "J5"));
        var formula = book.RowOf("汇总排名", "A", "计算公式");
        Assert.Equal(Texts.Zh.PolicyLine(scenario.Period.Policy), book.Text("汇总排名", $"C{formula}"));
        Assert.Equal("平均分", book.Text("汇总排名", $"C{book.RowOf("汇总排名", "A", "党政班子成员评分汇总")}"));
    }

    [Fact]
    public void RatingsSheetHasOneRowPerLeaderAndVillageWithFifteenValuesAndTheTotal()
    {
        var (scenario, book, _) = Export();
        using var _s = scenario;
        using var _b = book;

        Assert.Contains("C3:G3", book.Merges("党政班子成员评分"));
        Assert.Equal("党建综合目标类（50分）", book.Text("党政班子成员评分", "C3"));
        Assert.Equal("党建工作(20)", book.Text("党政班子成员评分", "C4"));
        Assert.Equal(["苏虎林", "郑亚娜", "李建平", "苏虎林"], Enumerable.Range(5, 4).Select(r => book.Text("党政班子成员评分", $"A{r}")));
        Assert.Equal(["新庄村", "新庄村", "新庄村", "马家河村"], Enumerable.Range(5, 4).Select(r => book.Text("党政班子成员评分", $"B{r}")));
        Assert.Equal([90m, 85m, 95m, 80m], Enumerable.Range(5, 4).Select(r => book.Number("党政班子成员评分", $"R{r}")!.Value));
        var expected = Scenario.RatingsWithTotal(85);
        for (var i = 0; i < 15; i++)
            Assert.Equal(expected[i], book.Number("党政班子成员评分", $"{DocumentFormatColumn(3 + i)}6"));
        Assert.Equal("", book.Text("党政班子成员评分", "A9"));
    }

    [Fact]
    public void WorkbookOfAPeriodWithoutVillagesHasTheSummaryAndTheRatingsOnly()
    {
        using var db = new TempDatabase();
        var reader = new ExportReader(db.Store, new Sheets(db.Store, db.Clock), db.Standings);

        using var book = new WorkbookReader(new ScoreSheetWorkbook(reader).Build(db.Periods.Active()));

        Assert.Equal(["汇总排名", "党政班子成员评分"], book.SheetNames);
        Assert.Equal("还没有党政班子成员评分。", book.Text("党政班子成员评分", "A5"));
    }

    [Theory]
    [InlineData(0.1, true)]
    [InlineData(0, false)]
    public void SummaryDescribesHowLeaderRatingsAreCombinedOnlyWhenTheyCount(double leaderWeight, bool described)
    {
        using var db = new TempDatabase();
        var weight = (decimal)leaderWeight;
        var period = db.Periods.Active();
        Assert.True(new PeriodSetup(db.Store, db.Clock).SetPolicy(new Actor(0, "test", "test"), period.Id,
            period.Policy with { OnsiteWeight = 1 - weight, LeaderWeight = weight }).Ok);
        var reader = new ExportReader(db.Store, new Sheets(db.Store, db.Clock), db.Standings);

        using var book = new WorkbookReader(new ScoreSheetWorkbook(reader).Build(db.Periods.Active()));

        var labels = book.Column("汇总排名", "A");
        Assert.Equal(described, labels.Contains("党政班子成员评分汇总"));
        Assert.Equal(described, labels.Contains("党政班子成员评分上限"));
        Assert.Contains("党政班子成员评分权重", labels);
        Assert.Equal(described, book.Text("汇总排名", $"C{book.RowOf("汇总排名", "A", "计算公式")}").Contains("党政班子成员评分取", StringComparison.Ordinal));
    }

    [Fact]
    public void SheetNamesAreShortenedCleanedAndMadeUnique()
    {
        var names = new SheetNames();

        Assert.Equal("汇总排名", names.Take("汇总排名"));
        Assert.Equal("汇总排名(2)", names.Take("汇总排名"));
        Assert.Equal("上_下村", names.Take("上/下村"));
        Assert.Equal(31, names.Take(new string('村', 40)).Length);
    }

    static string DocumentFormatColumn(int col) => XlsxSheet.ColumnName(col);
}
