using ChatAppraisal.Scoring;

namespace ChatAppraisal.Tests.Scoring;

public class PointsTests
{
    [Theory]
    [InlineData("5.5", 5.5)]
    [InlineData("５．５", 5.5)]
    [InlineData(" 13 ", 13)]
    [InlineData("0", 0)]
    [InlineData("12分", 12)]
    [InlineData("5.50", 5.5)]
    [InlineData("-0", 0)]
    public void AcceptedInputParsesToItsValue(string text, decimal expected)
    {
        var result = Points.Parse(text, 13m);
        Assert.True(result.Ok, result.Error.ToString());
        Assert.Equal(expected, result.Value);
    }

    [Theory]
    [InlineData("", PointsError.Empty)]
    [InlineData("   ", PointsError.Empty)]
    [InlineData("abc", PointsError.NotANumber)]
    [InlineData("-1", PointsError.Negative)]
    [InlineData("14", PointsError.AboveMaximum)]
    [InlineData("1.234", PointsError.TooManyDecimals)]
    [InlineData("1e309", PointsError.NotANumber)]
    [InlineData("NaN", PointsError.NotANumber)]
    [InlineData("Infinity", PointsError.NotANumber)]
    [InlineData("5,5", PointsError.DecimalComma)]
    [InlineData("5，5", PointsError.DecimalComma)]
    [InlineData("😀", PointsError.NotANumber)]
    [InlineData("1.2.3", PointsError.NotANumber)]
    [InlineData("99999999999999999999999999999999999999", PointsError.TooLong)]
    public void RefusedInputSaysWhy(string text, PointsError error)
    {
        Assert.Equal(error, Points.Parse(text, 13m).Error);
    }

    [Fact]
    public void SplitNumbersAcceptsEverySeparator()
    {
        Assert.Equal(["1", "2", "3.5", "4", "5", "6"], Points.SplitNumbers("1 2,3.5、4；5，６"));
    }

    [Theory]
    [InlineData(2.345, 2.35)]
    [InlineData(2.335, 2.34)]
    [InlineData(-2.345, -2.35)]
    public void DisplayRoundsHalfAwayFromZero(decimal value, decimal shown)
    {
        Assert.Equal(shown, Points.Round2(value));
    }
}
