using ChatAppraisal.Charts;
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
}
