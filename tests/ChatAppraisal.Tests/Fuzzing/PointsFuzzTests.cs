using System.Globalization;
using ChatAppraisal.Scoring;
using FsCheck;
using FsCheck.Fluent;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>Points.Parse, the one reader of typed scores, on any text and any maximum.</summary>
public sealed class PointsFuzzTests
{
    static readonly string[] Names = ["新庄村", "党建工作", "社保"];

    /// <summary>Maxima as rubrics have them (0.5 to 1000, 2 decimals), plus 0 and the largest decimal.</summary>
    static Gen<decimal> Max { get; } = Gen.Frequency(
        (8, Gen.Choose(1, 100_000).Select(cents => cents / 100m)),
        (1, Gen.Constant(0m)),
        (1, Gen.Constant(decimal.MaxValue)));

    [FuzzProperty(1200)]
    public Property AnyTextIsEitherAValidScoreOrAnError() => Prop.ForAll(
        Gen.Zip(FuzzText.Message(Names), Max).ToArbitrary(),
        c =>
        {
            var (text, max) = c;
            var result = Points.Parse(text, max);
            if (result.Ok)
            {
                Assert.True(Points.IsValid(result.Value, max), $"{FuzzText.Show(text)} gave {result.Value}, outside 0–{max} or with more than 2 decimals");
                Assert.True(result.Value.Scale <= 2, $"{FuzzText.Show(text)} gave {result.Value} with scale {result.Value.Scale}");
                Assert.Equal(result.Value, Points.Parse(result.Value.ToString(CultureInfo.InvariantCulture), max).Value);
            }
            else
            {
                Assert.NotEqual(PointsError.None, result.Error);
                if (result.Error == PointsError.AboveMaximum) Assert.True(result.Value > max);
                if (result.Error == PointsError.Empty) Assert.True(string.IsNullOrWhiteSpace(text));
            }
        });

    [FuzzProperty(400)]
    public Property EveryValidScoreIsReadInEveryWayItIsTyped() => Prop.ForAll(
        (from max in Max.Where(m => m is > 0 and < 100_000)
         from score in FuzzText.ValidScore(max)
         select (max, score)).ToArbitrary(),
        c => Assert.Equal(new PointsResult(c.score.Value, PointsError.None), Points.Parse(c.score.Typed, c.max)));

    [FuzzProperty(400)]
    public Property EveryInvalidScoreIsRefused() => Prop.ForAll(
        (from max in Max.Where(m => m is > 0 and < 100_000)
         from typed in FuzzText.InvalidScore(max)
         select (max, typed)).ToArbitrary(),
        c => Assert.False(Points.Parse(c.typed, c.max).Ok, $"{FuzzText.Show(c.typed)} was taken for an item of maximum {c.max}"));

    [FuzzProperty(300)]
    public Property NumbersOfAnyShapeNeverBreakTheParser() => Prop.ForAll(
        Gen.Zip(FuzzText.Number, Max).ToArbitrary(),
        c =>
        {
            var result = Points.Parse(c.Item1, c.Item2);
            Assert.True(!result.Ok || Points.IsValid(result.Value, c.Item2));
            Assert.All(Points.SplitNumbers(c.Item1), token => Assert.False(string.IsNullOrEmpty(token)));
        });
}
