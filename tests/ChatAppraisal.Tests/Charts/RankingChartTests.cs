using ChatAppraisal.Charts;
using ChatAppraisal.Scoring;
using SkiaSharp;

namespace ChatAppraisal.Tests.Charts;

public class RankingChartTests
{
    [Theory]
    [InlineData(8)]
    [InlineData(60)]
    public void RankingChartDecodesToThePhoneWidthAndAHeightThatGrowsWithTheVillages(int villages)
    {
        var png = RankingChart.Render(ChartData.Standings(villages));
        ChartImages.Save($"ranking-{villages}.png", png);

        using var bitmap = SKBitmap.Decode(png);
        Assert.NotNull(bitmap);
        Assert.Equal(RankingChart.Size(villages), (bitmap.Width, bitmap.Height));
        Assert.Equal(1080, bitmap.Width);
    }

    [Fact]
    public void EnglishRankingChartRendersAtTheSameSize()
    {
        var png = RankingChart.Render(ChartData.Standings(8), "en");
        ChartImages.Save("ranking-8-en.png", png);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(RankingChart.Size(8), (bitmap.Width, bitmap.Height));
    }

    [Theory]
    [InlineData(0, "zh")]
    [InlineData(0, "en")]
    [InlineData(10, "zh")]
    [InlineData(10, "en")]
    public void TheLeadershipPartIsDrawnAndNamedOnlyWhenThePlanWeighsIt(int leaderPercent, string language)
    {
        var policy = new ScoringPolicy { OnsiteWeight = 1 - leaderPercent / 100m, LeaderWeight = leaderPercent / 100m };
        var model = RankingChartModel.From(ChartData.Standings(8, policy), language);

        var plot = RankingChart.Draw(model);

        var leaderLegend = Texts.For(language).RankingChartLeaderLegend($"{leaderPercent}%");
        var legend = plot.Legend.ManualItems.Select(i => i.LabelText).ToList();
        var bars = plot.GetPlottables().OfType<ScottPlot.Plottables.BarPlot>().Single().Bars;
        var leaderBars = bars.Where(b => b.FillColor == ChartPalette.Leader || b.FillColor == ChartPalette.LeaderLight).ToList();
        if (leaderPercent == 0)
        {
            Assert.Null(model.LeaderLegend);
            Assert.Equal([model.OnsiteLegend, model.IncompleteLegend], legend);
            Assert.Empty(leaderBars);
            // Each village's one bar still ends at its final score, where its label is.
            Assert.Equal(model.Bars.Select(b => (double)b.Final), bars.Select(b => b.Value));
            ChartImages.Save($"ranking-8-no-leadership-{language}.png", RankingChart.Render(model));
        }
        else
        {
            Assert.Equal(leaderLegend, model.LeaderLegend);
            Assert.Equal([model.OnsiteLegend, leaderLegend, model.IncompleteLegend], legend);
            Assert.Equal(model.Bars.Count, leaderBars.Count);
        }
    }
}
