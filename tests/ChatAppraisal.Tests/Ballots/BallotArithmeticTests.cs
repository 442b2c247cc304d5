using ChatAppraisal.Ballots;
using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Tests.Ballots;

/// <summary>The proposed score, the default policy against the seed rubric, and the slip codes.</summary>
public class BallotArithmeticTests
{
    static readonly decimal[] DefaultWeights = new BallotPolicyDoc().Weights;

    [Fact]
    public void TwentySixTwoAndNoneOfTwentyEightOnAFivePointItemScore4Point64()
    {
        // 5 × (20 × 1 + 6 × 0.8 + 2 × 0.6 + 0 × 0) ÷ 28 = 5 × 26 ÷ 28 = 4.642857…
        Assert.Equal(4.64m, BallotProposal.Score(5m, [20, 6, 2, 0], DefaultWeights));
        Assert.Equal(9.29m, BallotProposal.Score(10m, [20, 6, 2, 0], DefaultWeights));
    }

    [Theory]
    [InlineData(5, new[] { 1, 0, 0, 0 }, 5)]
    [InlineData(5, new[] { 0, 0, 0, 7 }, 0)]
    [InlineData(10, new[] { 0, 0, 3, 0 }, 6)]
    // 10 × 0.8 × 1 ÷ 8 + … : 10 × (1 + 0.8 + 0.6 + 0 + 0 + 0 + 0 + 0) ÷ 8 = 3
    [InlineData(10, new[] { 1, 1, 1, 5 }, 3)]
    // 5 × 0.6 ÷ 8 = 0.375 → half away from zero → 0.38
    [InlineData(5, new[] { 0, 0, 1, 7 }, 0.38)]
    public void TheScoreIsTheMaximumTimesTheMeanWeightRoundedHalfAwayFromZero(double max, int[] counts, double expected) =>
        Assert.Equal((decimal)expected, BallotProposal.Score((decimal)max, counts, DefaultWeights));

    [Fact]
    public void NoVotesProposeNothing() => Assert.Null(BallotProposal.Score(5m, [0, 0, 0, 0], DefaultWeights));

    [Fact]
    public void TheDefaultPolicyFeedsTheTwoDemocraticItemsOfTheSeedRubric()
    {
        var rubric = RubricJson.Seed();
        var ballot = new BallotDoc { Issued = 35, Cast = 28, Counts = [20, 6, 2, 0], Closed = true };
        var proposal = BallotProposal.For(ballot, new BallotPolicyDoc(), rubric);
        Assert.Empty(proposal.Missing);
        Assert.Equal(
            [("党建工作", "民主测评", 5m, 4.64m), ("党风廉政建设", "民主评议", 10m, 9.29m)],
            proposal.Scores.Select(s => (s.CategoryName, s.ItemName, s.Max, s.Value)));
        Assert.All(proposal.Scores, s => Assert.Equal(s.ItemName, rubric.Categories[s.Category].Items[s.Item].Name));
    }

    [Fact]
    public void APolicyNamingAnItemTheRubricLacksIsRefusedAndProposesNothingForIt()
    {
        var rubric = RubricJson.Seed();
        var policy = new BallotPolicyDoc { Items = [new("党建工作", "民主测评"), new("党建工作", "没有这一项")], Weights = [1m, 0.85m, 0.6m, -0.1m] };
        var errors = policy.Errors(rubric);
        Assert.Contains(errors, e => e.Contains("没有这一项"));
        Assert.Contains(errors, e => e.Contains("较差") && e.Contains("[0, 1]"));
        var proposal = BallotProposal.For(new BallotDoc { Counts = [1, 0, 0, 0], Cast = 1 }, policy, rubric);
        Assert.Equal([new FedItem("党建工作", "没有这一项")], proposal.Missing);
        Assert.Single(proposal.Scores);
    }

    [Fact]
    public void CodesAreEightCharactersOfAnAlphabetWithoutLookAlikesAndDiffer()
    {
        var codes = Enumerable.Range(0, 2000).Select(_ => BallotCodes.New()).ToList();
        Assert.All(codes, c => Assert.Matches("^[23456789ABCDEFGHJKMNPQRSTUVWXYZ]{8}$", c));
        Assert.Equal(codes.Count, codes.Distinct().Count());
        Assert.DoesNotContain(BallotCodes.Alphabet, ch => "01OIL".Contains(ch));
        // Every character of the alphabet turns up: the draw covers it.
        Assert.Equal(BallotCodes.Alphabet.Length, codes.SelectMany(c => c).Distinct().Count());
    }

    [Theory]
    [InlineData("k7m2 q9xh", "K7M2Q9XH")]
    [InlineData("K7M2-Q9XH", "K7M2Q9XH")]
    [InlineData("Ｋ７Ｍ２　Ｑ９ＸＨ", "K7M2Q9XH")]
    [InlineData("K7M2Q9X", null)]
    [InlineData("K7M2Q9X0", null)]
    [InlineData("K7M2Q9XHH", null)]
    [InlineData("<script>", null)]
    public void ATypedCodeIsFoldedToTheStoredFormOrRefused(string typed, string? expected) =>
        Assert.Equal(expected, BallotCodes.Normalize(typed));
}
