using System.Net;
using ChatAppraisal.Tests.Support;
using DocumentFormat.OpenXml.Packaging;
using Sheet = DocumentFormat.OpenXml.Spreadsheet.Sheet;
using SkiaSharp;

namespace ChatAppraisal.Tests.Admin;

public class ChartAndWorkbookApiTests
{
    [Fact]
    public async Task RankingPngIsTheChatsChartAsADecodablePicture()
    {
        using var api = new AdminApiFactory();
        RankingAndPolicyApiTests.Enter(api, api.AddVillage("新庄村"), Scenario.WorkedExampleItems(), [90, 85, 95]);

        var response = await api.Client().GetAsync("/api/ranking.png");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("image/png", response.Content.Headers.ContentType!.MediaType);
        using var bitmap = SKBitmap.Decode(await response.Content.ReadAsByteArrayAsync());
        Assert.NotNull(bitmap);
        Assert.Equal(1080, bitmap.Width);
    }

    [Fact]
    public async Task ExportXlsxIsTheScoreSheetWorkbookNamedAfterThePeriod()
    {
        using var api = new AdminApiFactory();
        RankingAndPolicyApiTests.Enter(api, api.AddVillage("新庄村"), Scenario.WorkedExampleItems(), [90, 85, 95]);

        var response = await api.Client().GetAsync("/api/export.xlsx");

        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        Assert.Equal("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", response.Content.Headers.ContentType!.MediaType);
        Assert.Equal("2017年度综合考核评分表.xlsx", response.Content.Headers.ContentDisposition!.FileNameStar);
        using var stream = new MemoryStream(await response.Content.ReadAsByteArrayAsync());
        using var document = SpreadsheetDocument.Open(stream, false);
        var sheets = document.WorkbookPart!.Workbook.Sheets!.Elements<Sheet>().Select(s => s.Name!.Value).ToList();
        Assert.Contains("新庄村", sheets);
        Assert.Equal(3, sheets.Count);
    }
}
