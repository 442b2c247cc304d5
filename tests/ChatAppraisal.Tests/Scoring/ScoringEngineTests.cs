using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Scoring;

public class ScoringEngineTests
{
    static readonly ChatAppraisal.Rubrics.Rubric Rubric = Scenario.Rubric;

    [Fact]
    public void WorkedExampleGivesTheHandComputedFinal()
    {
        var result = ScoringEngine.Score(Rubric, ScoringPolicy.Default, Scenario.WorkedExample(), leadersExpected: 3);

        Assert.Equal(97.5m, result.Categories[Scenario.DangJian].Score);
        Assert.Equal(94m, result.Categories[Scenario.FuPin].Score);
        Assert.Equal(1491.5m, result.Onsite);
        Assert.Equal(994.33m, Points.Round2(result.Onsite1000));
        Assert.Equal(90m, result.Leader);
        Assert.Equal(900m, result.Leader1000);
        Assert.Equal(984.90m, Points.Round2(result.Final));
        Assert.True(result.Complete);
    }

    [Fact]
    public void CategoryAbove100IsCappedWhenThePolicySaysSo()
    {
        var result = ScoringEngine.Score(Rubric, ScoringPolicy.Default, Scenario.WorkedExample(), 3);
        var zongzhi = result.Categories[Scenario.ZongZhi];

        Assert.Equal(104m, zongzhi.Raw);
        Assert.Equal(100m, zongzhi.Score);
        Assert.True(zongzhi.Capped);
    }

    [Fact]
    public void CategoryIsNotCappedWhenThePolicySwitchIsOff()
    {
        var result = ScoringEngine.Score(Rubric, new ScoringPolicy { CapCategoryAtMax = false }, Scenario.WorkedExample(), 3);

        Assert.Equal(104m, result.Categories[Scenario.ZongZhi].Score);
        Assert.Equal(1491.5m + 4m, result.Onsite);
    }

    [Fact]
    public void LeadershipScoreIsTheMeanOfLeadersTotals()
    {
        Assert.Equal((85m, false), ScoringEngine.Aggregate([90m, 85m, 95m, 70m], LeaderAggregation.Mean));
    }

    [Fact]
    public void TrimmedMeanDropsOneHighestAndOneLowest()
    {
        Assert.Equal((87.5m, false), ScoringEngine.Aggregate([90m, 85m, 95m, 70m], LeaderAggregation.Trimmed));
    }

    [Fact]
    public void TrimmedMeanWithTwoRatersFallsBackToTheMeanAndSaysSo()
    {
        Assert.Equal((80m, true), ScoringEngine.Aggregate([90m, 70m], LeaderAggregation.Trimmed));
    }

    [Fact]
    public void TrimmedPolicyMovesTheFinal()
    {
        var input = Scenario.WorkedExample() with
        {
            LeaderRatings = [Scenario.RatingsWithTotal(90), Scenario.RatingsWithTotal(85), Scenario.RatingsWithTotal(95), Scenario.RatingsWithTotal(70)],
        };
        var result = ScoringEngine.Score(Rubric, new ScoringPolicy { LeaderAggregation = LeaderAggregation.Trimmed }, input, 4);

        // 0.9 × 994.333… + 0.1 × 875 = 894.9 + 87.5
        Assert.Equal(982.4m, Points.Round2(result.Final));
    }

    [Fact]
    public void ExactlyEqualFinalsShareARankAndTheNextRankIsSkipped()
    {
        var a = Scenario.WorkedExample(1, "甲村");
        var b = Scenario.WorkedExample(2, "乙村");
        var c = Scenario.WorkedExample(3, "丙村");
        var top = Scenario.WorkedExample(4, "丁村") with { ItemScores = Scenario.FullMarks() };
        var low = Scenario.WorkedExample(5, "戊村") with { LeaderRatings = [Scenario.RatingsWithTotal(50)] };

        var ranking = ScoringEngine.Rank(Rubric, ScoringPolicy.Default, [a, low, b, top, c], 3);

        Assert.Equal([1, 2, 2, 2, 5], ranking.Select(r => r.Rank));
        Assert.Equal(["丁村", "甲村", "乙村", "丙村", "戊村"], ranking.Select(r => r.Result.Village));
    }

    [Fact]
    public void RanksComeFromExactValuesNotTheRoundedOnes()
    {
        // 0.001 apart on the on-site scale: both show 993.33 … but they must not tie.
        var a = Scenario.WorkedExample(1, "甲村");
        var items = Scenario.WorkedExampleItems();
        items[(Scenario.FuPin, 3)] = 23.99m;
        var b = a with { VillageId = 2, Village = "乙村", ItemScores = items };

        var ranking = ScoringEngine.Rank(Rubric, ScoringPolicy.Default, [b, a], 3);

        Assert.Equal(Points.Round2(ranking[0].Result.Final), Points.Round2(ranking[1].Result.Final) + 0.01m);
        Assert.Equal([1, 2], ranking.Select(r => r.Rank));
        Assert.Equal("甲村", ranking[0].Result.Village);
    }

    [Fact]
    public void IncompleteVillageIsRankedWithMissingItemsCountingZero()
    {
        var items = Scenario.WorkedExampleItems();
        items.Remove((Scenario.FuPin, 3));   // 户内资料 not yet scored: 24 points fewer
        var input = Scenario.WorkedExample() with { ItemScores = items, LeaderRatings = [Scenario.RatingsWithTotal(90)] };

        var result = ScoringEngine.Score(Rubric, ScoringPolicy.Default, input, leadersExpected: 3);

        Assert.False(result.Complete);
        Assert.Equal(116, result.ItemsScored);
        Assert.Equal(1, result.LeadersRated);
        Assert.Equal(1467.5m, result.Onsite);
        Assert.Equal((116m + 1) / 120, result.Completion);
        // 0.9 × 1467.5 × 1000 / 1500 + 0.1 × 900 = 880.5 + 90
        Assert.Equal(970.5m, Points.Round2(result.Final));
    }

    [Theory]
    [InlineData(0.1, false)]
    [InlineData(0.0, true)]
    public void AVillageAwaitsLeadersRatingsOnlyWhenThePlanWeighsThem(double leaderWeight, bool complete)
    {
        // Every item scored, one leader of three has rated.
        var input = Scenario.WorkedExample() with { LeaderRatings = [Scenario.RatingsWithTotal(90)] };
        var policy = ScoringPolicy.Default with { OnsiteWeight = 1 - (decimal)leaderWeight, LeaderWeight = (decimal)leaderWeight };

        var result = ScoringEngine.Score(Rubric, policy, input, leadersExpected: 3);

        Assert.Equal(complete, result.Complete);
        Assert.Equal(complete ? 1m : (117m + 1) / 120, result.Completion);
    }

    [Fact]
    public void VillageWithoutAnyEntriesScoresZero()
    {
        var result = ScoringEngine.Score(Rubric, ScoringPolicy.Default, new(9, "空村", new Dictionary<(int, int), decimal>(), []), 3);
        Assert.Equal(0m, result.Final);
        Assert.Equal(0m, result.Completion);
    }

    [Theory]
    [InlineData(0.9, 0.1, true)]
    [InlineData(0.8, 0.1, false)]
    [InlineData(1.1, -0.1, false)]
    public void PolicyWeightsMustSumToOne(double onsite, double leader, bool valid)
    {
        var policy = new ScoringPolicy { OnsiteWeight = (decimal)onsite, LeaderWeight = (decimal)leader };
        Assert.Equal(valid, policy.Errors().Count == 0);
    }
}
