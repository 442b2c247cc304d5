using ChatAppraisal.Charts;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Charts;

public class ChartFontTests
{
    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void TheShippedFontCoversEveryLabelOfTheRankingChart(string language)
    {
        var texts = RankingChartModel.From(ChartData.Standings(60), language).Texts().ToList();

        Assert.Contains(texts, t => t.Contains("未完成") || t.Contains("incomplete"));
        Assert.All(texts, t => Assert.Empty(ChartFont.MissingGlyphs(t)));
    }

    [Theory]
    [InlineData("zh")]
    [InlineData("en")]
    public void TheShippedFontCoversEveryLabelOfTheSheetChart(string language)
    {
        using var db = new TempDatabase();
        var (sheet, ratings) = SheetData.WorkedExample(db, sealAndScoreAll: true);

        var texts = SheetChartModel.From(sheet, ratings, language).Texts().ToList();

        Assert.Contains(texts, t => t.Contains("社会治安综合治理(平安建设)"));
        Assert.All(texts, t => Assert.Empty(ChartFont.MissingGlyphs(t)));
    }

    [Fact]
    public void TheShippedFontCoversEveryCategoryAndItemNameOfTheSeedRubric()
    {
        var names = Scenario.Rubric.Categories.SelectMany(c => c.Items.Select(i => i.Name).Append(c.Name).Append(c.Group));

        Assert.All(names, n => Assert.Empty(ChartFont.MissingGlyphs(n)));
    }

    [Fact]
    public void GlyphCheckReportsACharacterTheFontLacks()
    {
        // U+20000 lies in CJK Extension B, beyond the font's GBK range: the check must be able to fail.
        Assert.Equal(["\U00020000"], ChartFont.MissingGlyphs("新庄村\U00020000"));
    }

    [Fact]
    public void ScottPlotResolvesTheChartFontForRegularAndBoldText()
    {
        ChartFont.EnsureRegistered();

        foreach (var bold in new[] { false, true })
        {
            var typeface = ScottPlot.Fonts.GetTypeface(ChartFont.Name, bold, italic: false);
            Assert.True(typeface.ContainsGlyphs("综合考核排名"), $"bold={bold} resolved to {typeface.FamilyName}");
        }
        Assert.Equal(ChartFont.Name, ScottPlot.Fonts.Default);
    }

    [Fact]
    public void TheFontAndItsLicenceAreCopiedBesideTheAssemblies()
    {
        Assert.True(File.Exists(ChartFont.FilePath));
        Assert.True(File.Exists(Path.Combine(Path.GetDirectoryName(ChartFont.FilePath)!, "wqy-microhei.copyright")));
    }
}
