using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Charts;

public class CaptionAndSummaryTests
{
    [Fact]
    public void CaptionListsTheTopThreeInOrderAndEndsWithThePolicyLine()
    {
        var standings = ChartData.Standings(8);

        var caption = RankingCaption.Build(standings);

        var lines = caption.Split('\n');
        Assert.StartsWith("2017年度综合考核排名（数据时间 2018-01-18 16:30）", lines[0]);
        Assert.Equal("第 1 名 新庄村 984.90", lines[1]);
        Assert.StartsWith("第 2 名 ", lines[2]);
        Assert.StartsWith("第 3 名 ", lines[3]);
        Assert.DoesNotContain(lines, l => l.StartsWith("第 4 名"));
        Assert.Equal(Texts.Zh.PolicyLine(standings.Period.Policy), lines[^1]);
        Assert.True(caption.Length <= RankingCaption.MaxLength);
    }

    [Fact]
    public void CaptionMarksAnIncompleteVillageAmongTheTopThree()
    {
        var caption = RankingCaption.Build(ChartData.Standings(8));

        Assert.Contains("（未完成 99%）", caption);
        Assert.Contains("共 8 个村，2 个未完成", caption);
    }

    [Fact]
    public void CaptionInEnglishUsesTheEnglishPolicyLine()
    {
        var standings = ChartData.Standings(8);

        var caption = RankingCaption.Build(standings, "en");

        Assert.Contains("No. 1 新庄村 984.90", caption);
        Assert.EndsWith(Texts.En.PolicyLine(standings.Period.Policy), caption);
    }

    [Fact]
    public void CaptionOfAPeriodWithoutVillagesSaysSo()
    {
        var caption = RankingCaption.Build(new Standings(ChartData.Period(), [], ChartData.DataTime));

        Assert.Contains("还没有村", caption);
    }

    [Fact]
    public void SheetSummaryOfTheWorkedExampleGivesTheEnginesTotalsAndTheSeal()
    {
        using var db = new TempDatabase();
        var (sheet, ratings) = SheetData.WorkedExample(db, sealAndScoreAll: true);
        var standings = db.Standings.Compute(sheet.Period);

        var text = SheetSummary.Text(sheet, ratings, standings.Ranking.Single(), standings.Ranking.Count);

        Assert.Contains("综合得分 984.90 · 第 1 名（共 1 个村）", text);
        Assert.Contains("现场考核 1491.5 / 1500，折合千分制 994.33（已评 117/117 项）", text);
        Assert.Contains("党政班子成员评分 90 / 100，折合千分制 900.00（3/3 人已评，平均分）", text);
        Assert.Contains("党建工作 97.5/100 · 班子 10/20", text);
        Assert.Contains("社会治安综合治理(平安建设) 100/100（封顶，原 104） · 班子 10/10", text);
        Assert.Contains("已签字密封：张晓岩 2018-01-15 09:00", text);
        Assert.EndsWith("有效", text);
    }

    [Fact]
    public void SheetSummaryOfAHalfScoredVillageShowsWhatIsMissing()
    {
        using var db = new TempDatabase();
        var (sheet, ratings) = SheetData.WorkedExample(db, sealAndScoreAll: false);

        var text = SheetSummary.Text(sheet, ratings);

        Assert.Contains("党建工作 78.5/100（缺 1 项）", text);
        Assert.Contains("农业经济 未评分 · 班子 10/10", text);
        Assert.EndsWith("考核组长尚未签字密封", text);
    }
}
