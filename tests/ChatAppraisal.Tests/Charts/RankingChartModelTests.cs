using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Tests.Charts;

public class RankingChartModelTests
{
    [Fact]
    public void BarsSplitTheFinalScoreByThePeriodsWeights()
    {
        var policy = new ScoringPolicy { OnsiteWeight = 0.8m, LeaderWeight = 0.2m };
        var standings = ChartData.Standings(8, policy);

        var model = RankingChartModel.From(standings);

        var first = model.Bars[0];
        var result = standings.Ranking[0].Result;
        Assert.Equal(0.8m * result.Onsite1000, first.OnsitePart);
        Assert.Equal(0.2m * result.Leader1000, first.LeaderPart);
        Assert.All(model.Bars, b => Assert.Equal(b.Final, b.OnsitePart + b.LeaderPart));
        Assert.Contains("× 80%", model.OnsiteLegend);
        Assert.Contains("× 20%", model.LeaderLegend);
    }

    [Fact]
    public void WorkedExampleIsLabelledWithItsFinalScoreToTwoDecimals()
    {
        var model = RankingChartModel.From(ChartData.Standings(8));

        var index = model.Bars.ToList().FindIndex(b => b.Village == "新庄村");
        Assert.Equal("984.90", model.ValueLabels[index]);
        Assert.Equal("1  新庄村", model.Bars[index].RowLabel);
    }

    [Fact]
    public void IncompleteVillageShowsItsCompletionRoundedDown()
    {
        var bar = new RankingBar(2, "西川村", 870m, 95.9m, 965.9m, Complete: false, Completion: 0.996m);

        Assert.Equal("965.90  未完成 99%", RankingChartModel.ValueLabel(bar, Texts.Zh));
        Assert.Equal("965.90  incomplete 99%", RankingChartModel.ValueLabel(bar, Texts.En));
    }

    [Fact]
    public void TitleCarriesThePeriodAndTheDataTimeInBeijingTime()
    {
        var model = RankingChartModel.From(ChartData.Standings(8));

        Assert.Contains("2017年度", model.Title);
        Assert.Contains("2018-01-18 16:30", model.Subtitle);   // 08:30 UTC
        Assert.Contains("8 个村", model.Subtitle);
    }

    [Fact]
    public void RowsShrinkForManyVillagesButThePictureStaysWithinTelegramsLimits()
    {
        Assert.True(RankingChart.RowHeight(8) > RankingChart.RowHeight(60));
        var (width, height) = RankingChart.Size(300);
        Assert.True(width + height <= 10000, $"{width}×{height}");
        Assert.True(RankingChart.RowHeight(300) >= 18);
    }

    [Fact]
    public void RankingOfAPeriodWithoutVillagesStillRendersAPicture()
    {
        var standings = new Standings(ChartData.Period(), [], ChartData.DataTime);

        var png = RankingChart.Render(standings);

        using var bitmap = SkiaSharp.SKBitmap.Decode(png);
        Assert.Equal(RankingChart.Size(0), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void AnUnusuallyLongVillageNameIsCutInTheRowLabel()
    {
        var bar = new RankingBar(1, "社会主义新农村建设示范村第一村民小组", 800m, 90m, 890m, true, 1m);

        Assert.Equal("1  社会主义新农村建设示范…", bar.RowLabel);
    }
}
