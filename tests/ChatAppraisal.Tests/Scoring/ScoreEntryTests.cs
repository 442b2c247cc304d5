using ChatAppraisal.Scoring;

namespace ChatAppraisal.Tests.Scoring;

public class ScoreEntryTests
{
    [Theory]
    [InlineData("10 会议记录缺两次", "10", "会议记录缺两次")]
    [InlineData("10分，会议记录缺两次", "10", "会议记录缺两次")]
    [InlineData("５．５：台账不全", "５．５", "台账不全")]
    public void APointFollowedByWordsIsAScoreWithItsReason(string typed, string points, string reason) =>
        Assert.Equal(new TypedScore(points, reason), ScoreEntry.WithTrailingReason(typed));

    [Theory]
    [InlineData("19 5.5 10")]
    [InlineData("5,5")]
    [InlineData("10")]
    [InlineData("会议记录缺两次")]
    [InlineData("60，abc；10.001")]
    [InlineData("1e309")]
    [InlineData("-Infinity")]
    [InlineData("+19.65 NaN 7.430")]
    [InlineData("5 分分")]
    public void NumbersAloneOrWordsAloneAreNotAScoreWithAReason(string typed) => Assert.Null(ScoreEntry.WithTrailingReason(typed));

    [Fact]
    public void QuickEntryKeepsEachBracketedReasonWithTheNumberBeforeIt()
    {
        Assert.Equal([new("19", null), new("5.5", null), new("10", "会议记录缺两次, 另缺签到"), new("13", "x")],
            ScoreEntry.Split("19 5.5 10(会议记录缺两次, 另缺签到) 13 （x）")!);
        Assert.Null(ScoreEntry.Split("19 (缺) 5"[3..]));      // a bracket before any number
        Assert.Null(ScoreEntry.Split("19 5(缺"));
    }
}
