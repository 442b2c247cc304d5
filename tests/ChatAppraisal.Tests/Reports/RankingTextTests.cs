using ChatAppraisal.Reports;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Support;
using static ChatAppraisal.Tests.Reports.ReportScenario;

namespace ChatAppraisal.Tests.Reports;

public class RankingTextTests
{
    [Fact]
    public void RankingTableShowsTheHandComputedScoresInRankOrderWithThePolicyLine()
    {
        using var db = new TempDatabase();
        var scenario = new ReportScenario(db).EnterAll();

        var text = Texts.Zh.Ranking(db.Standings.Compute(scenario.Period));

        Assert.Equal(
            """
            2017年度 排名（2018-01-15 09:00）
            名次｜村｜现场考核｜党政班子成员评分｜综合得分（千分制）｜状态
            1  李家塬村  998.67  903.33  989.13  完成
            2  新庄村   994.33  900.00  984.90  完成
            3  庙台村   933.33  750.00  915.00  未完成 94%
            综合得分 = 现场考核千分制 × 90% + 党政班子成员评分千分制 × 10%；党政班子成员评分取平均分；单项超出满分按满分计
            """.ReplaceLineEndings("\n"),
            Plain(text));
        Assert.Contains("新庄村\u3000", text);
    }

    [Fact]
    public void EnglishRankingCarriesTheSameNumbers()
    {
        using var db = new TempDatabase();
        var scenario = new ReportScenario(db).EnterAll();

        var lines = Plain(Texts.En.Ranking(db.Standings.Compute(scenario.Period))).Split('\n');

        Assert.Equal("rank | village | on-site appraisal | leadership rating | final score (1000 scale) | status", lines[1]);
        Assert.Equal("3  庙台村   933.33  750.00  915.00  incomplete 94%", lines[4]);
        Assert.Equal(Texts.En.PolicyLine(scenario.Period.Policy), lines[5]);
    }

    [Fact]
    public void ExactlyEqualFinalsShareARankInTheTable()
    {
        using var db = new TempDatabase();
        var scenario = new ReportScenario(db);
        scenario.Enter(scenario.MiaoTai, Scenario.WorkedExampleItems());
        scenario.Rate(scenario.MiaoTai, 90, 85, 95);
        scenario.Enter(scenario.XinZhuang, Scenario.WorkedExampleItems());
        scenario.Rate(scenario.XinZhuang, 95, 90, 85);

        var lines = Plain(Texts.Zh.Ranking(db.Standings.Compute(scenario.Period))).Split('\n');

        Assert.Equal("1  庙台村   994.33  900.00  984.90  完成", lines[2]);
        Assert.Equal("1  新庄村   994.33  900.00  984.90  完成", lines[3]);
        Assert.Equal("3  李家塬村    0.00    0.00    0.00  未完成 0%", lines[4]);
    }

    [Fact]
    public void TrimmedMeanWithTooFewRatersIsMarked()
    {
        using var db = new TempDatabase();
        var scenario = new ReportScenario(db);
        db.Store.Setup.Periods.Update(scenario.Period.Doc.Apply(p => p.Policy = new ScoringPolicy { LeaderAggregation = LeaderAggregation.Trimmed }));
        var period = db.Periods.Active();
        scenario.Rate(scenario.MiaoTai, 80, 70);

        var text = Texts.Zh.Ranking(db.Standings.Compute(period));

        Assert.Equal("1  庙台村   0.00  750.00  75.00*  未完成 1%", Plain(text).Split('\n')[2]);
        Assert.Contains("* 评分的党政班子成员不足 3 人，按平均分计。\n" + Texts.Zh.PolicyLine(period.Policy), text);
    }

    [Fact]
    public void RankingWithoutVillagesSaysSo()
    {
        using var db = new TempDatabase();

        Assert.Equal("2017年度 排名：现在还没有登记任何村。", Texts.Zh.Ranking(db.Standings.Compute(db.Periods.Active())));
    }
}

static class DocExtensions
{
    public static T Apply<T>(this T doc, Action<T> change)
    {
        change(doc);
        return doc;
    }
}
