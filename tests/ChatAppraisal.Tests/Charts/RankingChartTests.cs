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
}
