using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;
using SkiaSharp;

namespace ChatAppraisal.Tests.Charts;

public class SheetChartTests
{
    [Fact]
    public void SheetChartOfTheWorkedExampleDecodesToItsComputedSize()
    {
        using var db = new TempDatabase();
        var (sheet, ratings) = SheetData.WorkedExample(db, sealAndScoreAll: true);

        var png = SheetChart.Render(sheet, ratings);
        ChartImages.Save("sheet-worked-example.png", png);
        // A two-level rubric without sides: no block lines, no side lines, the picture as it always was.
        var model = SheetChartModel.From(sheet, ratings);
        Assert.All(model.Rows, r => Assert.Empty(r.Blocks));
        Assert.Empty(model.Sides);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(SheetChart.Size(SheetChartModel.From(sheet, ratings)), (bitmap.Width, bitmap.Height));
    }

    [Fact]
    public void SheetChartOfAHalfScoredUnsignedVillageRenders()
    {
        using var db = new TempDatabase();
        var (sheet, ratings) = SheetData.WorkedExample(db, sealAndScoreAll: false);

        var png = SheetChart.Render(sheet, ratings);
        ChartImages.Save("sheet-partial.png", png);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(SheetChart.Width, bitmap.Width);
    }

    [Fact]
    public void EnglishSheetChartOfAHalfScoredVillageRenders()
    {
        using var db = new TempDatabase();
        var (sheet, ratings) = SheetData.WorkedExample(db, sealAndScoreAll: false);

        var png = SheetChart.Render(sheet, ratings, "en");
        ChartImages.Save("sheet-partial-en.png", png);

        using var bitmap = SKBitmap.Decode(png);
        Assert.Equal(SheetChart.Size(SheetChartModel.From(sheet, ratings, "en")), (bitmap.Width, bitmap.Height));
    }
}
