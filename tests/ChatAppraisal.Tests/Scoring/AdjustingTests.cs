using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Scoring;

/// <summary>The plan's sides, vetoes and grades over the scoring engine, against figures worked out by hand.</summary>
public class AdjustingTests
{
    // One category of 100 points with one item: a village's on-site total is the item's score.
    static readonly Rubric Plan = new("测试", [new Category("综合", "考核内容", "综合", 100, 0, [new Item("得分", 100)])])
    {
        Bonus = new Side(5, [new SideLine("表彰", 2, PerEvent: true)]),
        Deductions = new Side(10, [new SideLine("事故", 5, PerEvent: true), new SideLine("通报", 3, PerEvent: false)]),
        Veto = [new Veto("重大事故", VetoConsequence.Last), new Veto("违纪", VetoConsequence.NotExcellent)],
        Grades = new Grades(GradeBasis.Rank, [new Grade("优秀", 2), new Grade("良好", 1), new Grade("一般"), new Grade("较差", 1)]),
    };

    static readonly ScoringPolicy OnsiteOnly = new() { OnsiteWeight = 1, LeaderWeight = 0 };

    static VillageInput Village(int id, decimal score, VillageAdjustments? adjustments = null) =>
        new(id, $"村{id}", new Dictionary<(int, int), decimal> { [(0, 0)] = score }, []) { Adjustments = adjustments ?? VillageAdjustments.None };

    static VillageAdjustments Sides(decimal bonus = 0, decimal accidents = 0, params VetoEntry[] vetoes) => new(
        bonus == 0 ? new Dictionary<int, decimal>() : new Dictionary<int, decimal> { [0] = bonus },
        accidents == 0 ? new Dictionary<int, decimal>() : new Dictionary<int, decimal> { [0] = accidents },
        vetoes);

    [Fact]
    public void EachSideCountsWithinItsCapInThePlansPointsAndMovesTheFinal()
    {
        // Bonus 8 entered (possible through lines the plan dropped since), cap 5: +5; deductions 15, cap 10: −10.
        var result = ScoringEngine.Score(Plan, OnsiteOnly, Village(1, 80, Sides(bonus: 8, accidents: 15)), 0);

        Assert.Equal((5m, 10m), (result.Bonus, result.Deductions));
        Assert.Equal(800m, result.Weighted);
        Assert.Equal((80m + 5 - 10) * 10, result.Final);
        Assert.Equal(75m, result.PlanScore);
    }

    [Fact]
    public void RankGradesCountFromTheTopAndTheBottomAndVetoesPlaceLastOrKeepFromTheFirstGrade()
    {
        var ranking = ScoringEngine.Rank(Plan, OnsiteOnly,
        [
            Village(1, 95, Sides(vetoes: new VetoEntry(1, "违纪"))), // first, but not 优秀
            Village(2, 90),
            Village(3, 99, Sides(vetoes: new VetoEntry(0, "火灾"))),  // best score, placed last
            Village(4, 80),
            Village(5, 70),
            Village(6, 60),
        ], 0);

        Assert.Equal(
            [("村1", 1, "良好"), ("村2", 2, "优秀"), ("村4", 3, "良好"), ("村5", 4, "一般"), ("村6", 5, "一般"), ("村3", 6, "较差")],
            ranking.Select(r => (r.Result.Village, r.Rank, r.Grade!)));
    }

    [Fact]
    public void ScoreGradesCompareThePlansPointsAndEqualFinalsShareARank()
    {
        var plan = Plan with { Grades = new Grades(GradeBasis.Score, [new Grade("优秀", MinScore: 90), new Grade("良好", MinScore: 80), new Grade("较差")]) };
        var ranking = ScoringEngine.Rank(plan, OnsiteOnly, [Village(1, 88, Sides(bonus: 2)), Village(2, 90), Village(3, 85, Sides(accidents: 10))], 0);

        Assert.Equal([("村1", 1, "优秀"), ("村2", 1, "优秀"), ("村3", 3, "较差")], ranking.Select(r => (r.Result.Village, r.Rank, r.Grade!)));
    }

    [Fact]
    public void ALineTakesWhatItsRuleAllows()
    {
        var perEvent = new SideLine("表彰", 2, PerEvent: true);
        var once = new SideLine("通报", 3, PerEvent: false);
        Assert.True(Adjusting.Allowed(perEvent, 6));
        Assert.False(Adjusting.Allowed(perEvent, 3));
        Assert.True(Adjusting.Allowed(once, 2.5m));
        Assert.False(Adjusting.Allowed(once, 3.5m));
        Assert.False(Adjusting.Allowed(once, 0));
        Assert.False(Adjusting.Allowed(once, 1.005m));
    }

    [Fact]
    public void TheSeedWithoutSidesKeepsTheWorkedExample()
    {
        var ranking = ScoringEngine.Rank(Scenario.Rubric, ScoringPolicy.Default, [Scenario.WorkedExample()], 3);

        Assert.Equal(984.90m, Points.Round2(ranking[0].Result.Final));
        Assert.Null(ranking[0].Grade);
        Assert.Equal(0m, ranking[0].Result.Adjustment1000);
    }
}
