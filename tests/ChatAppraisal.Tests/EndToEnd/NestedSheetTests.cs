using System.Text.Json.Nodes;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Console;
using ChatAppraisal.Tests.Export;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>
/// A village's sheet in the plan's own levels (issue 25): the four-level plan of <see cref="NestedPlanEndToEndTests"/>
/// (一、 > （一）党的建设 > 1. 组织建设 > （1）三会一课; 经济发展 scored out of 100 and counted as 30; a bonus side, a deduction
/// side and vetoes), one village partly scored, read back from the chat's /sheet in the browser, the API, the export
/// workbook and the console's page at 360 and 1280 px.
/// </summary>
public sealed class NestedSheetTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    /// <summary>
    /// 新庄村: 组织建设 9 + 10 = 19/20, 党风廉政 8 + (村务公开 missing) = 8/20 → 党的建设 27/40; 经济发展 50 + 30 = 80 of 100,
    /// counted 24/30; 社会事业 15 + 12 = 27/30; on-site 78 of 100. Bonus 2 (capped at 5), deductions 2 (capped at 10), a veto.
    /// </summary>
    static async Task<(ConsoleApp App, VillageDoc Village, string OfficeCode)> Scored()
    {
        var app = await ConsoleApp.Start();
        var setup = app.Services.GetRequiredService<PeriodSetup>();
        var proposal = RubricImporter.FromText(NestedPlanEndToEndTests.Plan);
        var period = setup.Create(ConsoleApp.Setup, "2025年度", null).Period!;
        Assert.True(setup.ReplaceRubric(ConsoleApp.Setup, period.Id, RubricJson.Write(proposal.Rubric)).Ok);
        Assert.True(setup.SetPolicy(ConsoleApp.Setup, period.Id, new ScoringPolicy { OnsiteWeight = 1, LeaderWeight = 0 }).Ok);
        Assert.True(setup.Activate(ConsoleApp.Setup, period.Id).Ok);
        var view = app.Period;
        Assert.Equal(("2025年度", 3, 8), (view.Name, view.Rubric.Categories.Count, view.Rubric.ItemCount));

        var village = app.AddVillage("新庄村");
        var examiner = app.Member("郑亚娜", Role.Examiner).Member;
        var actor = new Actor(examiner.Id, examiner.Name, "test");
        var book = app.Services.GetRequiredService<ScoreBook>();
        Assert.True(book.SetItems(actor, view, village.Id, 0, [(0, 9m), (1, 10m), (2, 8m)]).Ok);
        Assert.True(book.SetItems(actor, view, village.Id, 1, [(0, 50m), (1, 30m)]).Ok);
        Assert.True(book.SetItems(actor, view, village.Id, 2, [(0, 15m), (1, 12m)]).Ok);
        var adjustments = app.Services.GetRequiredService<Adjustments>();
        Assert.True(adjustments.SetLine(actor, view, village.Id, AdjustmentKind.Bonus, 0, 2m).Ok);
        Assert.True(adjustments.SetLine(actor, view, village.Id, AdjustmentKind.Deduction, 1, 2m).Ok);
        Assert.True(adjustments.SetVeto(actor, view, village.Id, 1, "村干部违纪立案").Ok);
        return (app, village, app.Member("钱卫东", Role.Office).Code);
    }

    [Fact]
    public async Task ASheetShowsThePlansLevelsInTheChatTheApiTheWorkbookAndTheConsole()
    {
        var (app, village, code) = await Scored();
        await using var _ = app;

        // The chat's text sheet, as the catalog writes it: each block under its category with its subtotal, the scaled
        // category's own points, the sides and the veto, the missing item with the block it sits in.
        var sheet = app.Services.GetRequiredService<Sheets>().Load(app.Period, village.Id)!;
        var text = Texts.Zh.Sheet(sheet);
        Assert.Contains(
            """
            27/40  党的建设（已评 3/4 项）
                ▸ 组织建设 19/20
                ▸ 党风廉政 8/20（已评 1/2 项）
            24/30  经济发展（按 100 分评 80，折合 30 分计）
            27/30  社会事业
            现场考核合计 78 分（满分 100）
            已评 7/8 项
            加分 2/5 分：获得县级以上表彰 2
            扣分 2/10 分：被县级通报批评 2
            """.ReplaceLineEndings("\n"), text);
        Assert.Contains("‼️ 一票否决：", text);
        Assert.Contains("（不得评为优秀），理由：村干部违纪立案", text);
        Assert.Contains("未评分项（1 项）：\n党的建设：党风廉政 › 村务公开\n", text);
        var english = Texts.En.Sheet(sheet);
        Assert.Contains("24/30  经济发展 (80 out of 100, counted as 30)\n", english);
        Assert.Contains("\n    ▸ 党风廉政 8/20 (1/2 items)\n", english);

        // The API: blocks with their paths and subtotals, each item's path and depth, the scale, the sides.
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", WebBotApp.ApiKey);
        var json = JsonNode.Parse(await http.GetStringAsync($"/api/villages/{village.Id}/sheet"))!;
        var party = json["categories"]![0]!;
        Assert.Equal([("1", 1, 19m, 20m, 2, 0), ("2", 1, 8m, 20m, 2, 2)], party["blocks"]!.AsArray().Select(b =>
            ((string)b!["path"]!, (int)b["depth"]!, (decimal)b["score"]!, (decimal)b["max"]!, (int)b["itemCount"]!, (int)b["firstItem"]!)));
        Assert.Equal([("1.1", 2), ("1.2", 2), ("2.1", 2), ("2.2", 2)], party["items"]!.AsArray().Select(i => ((string)i!["path"]!, (int)i["depth"]!)));
        Assert.Equal((3, "村务公开"), ((int)party["items"]![3]!["index"]!, (string)party["items"]![3]!["name"]!));
        var economy = json["categories"]![1]!;
        Assert.Equal((30m, 100m, 30m, 24m), ((decimal)economy["max"]!, (decimal)economy["outOf"]!, (decimal)economy["scaleTo"]!, (decimal)economy["score"]!));
        Assert.Empty(economy["blocks"]!.AsArray());
        Assert.Equal((2m, 2m), ((decimal)json["bonus"]!, (decimal)json["deductions"]!));
        Assert.Equal(["bonus", "deduction", "veto"], json["adjustments"]!.AsArray().Select(a => (string)a!["kind"]!));
        Assert.Equal("notExcellent", (string)json["adjustments"]![2]!["consequence"]!);

        // The export workbook read back: block rows with their subtotals, items indented under them, the scale, the sides.
        using var book = new WorkbookReader(await http.GetByteArrayAsync("/api/export.xlsx"));
        const string S = "新庄村";
        var block = book.RowOf(S, "D", "组织建设");
        Assert.Equal(((decimal?)null, (decimal?)20m, (decimal?)19m), (book.Number(S, $"C{block}"), book.Number(S, $"E{block}"), book.Number(S, $"F{block}")));
        var first = book.RowOf(S, "D", "\u3000三会一课");
        Assert.Equal((block + 1, (decimal?)1m, (decimal?)10m, (decimal?)9m), (first, book.Number(S, $"C{first}"), book.Number(S, $"E{first}"), book.Number(S, $"F{first}")));
        var second = book.RowOf(S, "D", "党风廉政");
        Assert.Equal(("缺 1 项", 8m), (book.Text(S, $"G{second}"), book.Number(S, $"F{second}")!.Value));
        Assert.Equal(4m, book.Number(S, $"C{book.RowOf(S, "D", "\u3000村务公开")}"));
        Assert.Null(book.Number(S, $"F{book.RowOf(S, "D", "\u3000村务公开")}"));
        var economyTop = book.RowOf(S, "D", "集体经济收入");
        Assert.Equal("经济发展\n（100分，折合30分）", book.Text(S, $"B{economyTop}"));
        var economySubtotal = economyTop + 2;
        Assert.Equal(("小计", 30m, 24m), (book.Text(S, $"C{economySubtotal}"), book.Number(S, $"E{economySubtotal}")!.Value, book.Number(S, $"F{economySubtotal}")!.Value));
        Assert.Equal("按 100 分评 80，折合 30 分计", book.Text(S, $"G{economySubtotal}"));
        var bonus = book.RowOf(S, "A", "加分（最多 5）");
        Assert.Equal((5m, 2m, "获得县级以上表彰 2"), (book.Number(S, $"E{bonus}")!.Value, book.Number(S, $"F{bonus}")!.Value, book.Text(S, $"G{bonus}")));
        var deductions = book.RowOf(S, "A", "扣分（最多 10）");
        Assert.Equal((10m, 2m, "被县级通报批评 2"), (book.Number(S, $"E{deductions}")!.Value, book.Number(S, $"F{deductions}")!.Value, book.Text(S, $"G{deductions}")));
        Assert.EndsWith("：村干部违纪立案", book.Text(S, $"E{book.RowOf(S, "A", "一票否决")}"));
        Assert.Equal(8, book.Worksheet(S).Descendants<DocumentFormat.OpenXml.Spreadsheet.Row>()
            .Count(r => book.Number(S, $"C{r.RowIndex}") is not null && book.Number(S, $"E{r.RowIndex}") is not null));

        // The 整改清单's and the published result's deductions name the block an item sits in.
        var result = app.Services.GetRequiredService<VillageResults>().Of(app.Period, village.Id)!;
        Assert.Contains(result.Deductions, d => d.ItemName == "组织建设 › 三会一课" && d.Lost == 1m);

        // The browser chat's /sheet … text and the console's sheet, on a phone and an office PC.
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.SignIn(code);
        await chat.Send("评分表 新庄 文字");
        await chat.Shows("▸ 组织建设 19/20");
        await chat.Shows("▸ 党风廉政 8/20（已评 1/2 项）");
        await chat.Shows("经济发展（按 100 分评 80，折合 30 分计）");
        await chat.Shows("党的建设：党风廉政 › 村务公开");
        await chat.Screenshot("nested-sheet-chat-360");
        Assert.Empty(chat.Errors);

        var page = chat.Page;
        await page.GotoAsync($"{app.BaseUrl}/console/villages/{village.Id}");
        var table = page.Locator("#sheet");
        var blockRow = table.Locator("tr.block", new() { HasText = "组织建设" });
        await Microsoft.Playwright.Assertions.Expect(blockRow).ToContainTextAsync("19");
        // A block says what its "1 / 2" counts, as the page's heading does.
        await Microsoft.Playwright.Assertions.Expect(table.Locator("tr.block", new() { HasText = "党风廉政" }).Locator("th.scored")).ToHaveTextAsync("已评项目 1 / 2");
        await Microsoft.Playwright.Assertions.Expect(blockRow.Locator("th.key")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("depth-1"));
        await Microsoft.Playwright.Assertions.Expect(table.Locator("tr", new() { HasText = "1.4 村务公开" }).Locator(".key")).ToHaveClassAsync(new System.Text.RegularExpressions.Regex("depth-2"));
        await Microsoft.Playwright.Assertions.Expect(table.Locator("tr.category", new() { HasText = "经济发展" })).ToContainTextAsync("按 100 分评 80，折合 30 分计");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#adjustments")).ToContainTextAsync("加分 2/5 分：获得县级以上表彰 2");
        // An item sits to the right of its block's heading: the levels show as indentation.
        var blockBox = await blockRow.Locator("th.key").BoundingBoxAsync();
        var itemBox = await table.Locator("tr", new() { HasText = "1.1 三会一课" }).Locator(".key").BoundingBoxAsync();
        Assert.True(await Indent(table.Locator("tr", new() { HasText = "1.1 三会一课" }).Locator(".key")) > await Indent(blockRow.Locator("th.key")),
            $"block {blockBox?.X}, item {itemBox?.X}");
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("nested-sheet-360.png"), FullPage = true });
        var width = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
        Assert.True(width <= 360, $"the page is {width} px wide on a 360 px phone");
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("nested-sheet-1280.png"), FullPage = true });
    }

    /// <summary>
    /// The grade and the sides wherever a village's standing shows (issue 25): the text sheet names the grade (the one
    /// village is first, 前1名为优秀, but its veto 不得评为优秀 takes it down to 良好), the /sheet picture draws each
    /// category's blocks as labelled sub-bars and the bonus, deduction and veto lines, and the console's 排名 has a column
    /// with the bonus, the deductions, the veto and the grade.
    /// </summary>
    [Fact]
    public async Task TheGradeTheBlocksAndTheSidesShowOnTheTextSheetThePictureAndTheConsolesRanking()
    {
        var (app, village, code) = await Scored();
        await using var _ = app;
        var sheet = app.Services.GetRequiredService<Sheets>().Load(app.Period, village.Id)!;
        var standings = app.Services.GetRequiredService<StandingsQuery>().Compute(app.Period);
        var ranked = standings.Ranking.Single();
        Assert.Equal((1, "良好"), (ranked.Rank, ranked.Grade));
        // /ranking's text and its picture's caption already carry the sides, the veto and the grade.
        Assert.Contains("加2 扣2 一票否决 良好", Texts.Zh.Ranking(standings));
        Assert.Contains("加2 扣2 一票否决 良好", ChatAppraisal.Charts.RankingCaption.Build(standings));

        // The text sheet: the grade after the sides and the veto, in both languages; none without a grade.
        Assert.Contains("（不得评为优秀），理由：村干部违纪立案\n等次：良好\n未评分项", Texts.Zh.Sheet(sheet, ranked.Grade));
        Assert.Contains("\nGrade: 良好\n", Texts.En.Sheet(sheet, ranked.Grade));
        Assert.DoesNotContain("等次", Texts.Zh.Sheet(sheet));

        // The picture: each category's blocks (党的建设's two, none for 经济发展 and 社会事业) and the three side lines.
        var model = ChatAppraisal.Charts.SheetChartModel.From(sheet, []);
        Assert.Equal([("组织建设", 1, "19/20"), ("党风廉政", 1, "8/20（缺 1 项）")],
            model.Rows[0].Blocks.Select(b => (b.Name, b.Depth, b.ScoreLabel)));
        Assert.Empty(model.Rows[1].Blocks);
        Assert.Equal([("加分 2/5 分：获得县级以上表彰 2", false), ("扣分 2/10 分：被县级通报批评 2", false)], model.Sides.Take(2).Select(l => (l.Text, l.Veto)));
        Assert.True(model.Sides[2].Veto);
        Assert.StartsWith("一票否决：", model.Sides[2].Text);
        Assert.Empty(model.Texts().SelectMany(ChatAppraisal.Charts.ChartFont.MissingGlyphs));
        var png = ChatAppraisal.Charts.SheetChart.Render(model);
        Directory.CreateDirectory("/tmp/levels2-shots");
        File.WriteAllBytes("/tmp/levels2-shots/nested-sheet-chart.png", png);
        File.WriteAllBytes("/tmp/levels2-shots/nested-sheet-chart-en.png", ChatAppraisal.Charts.SheetChart.Render(sheet, [], "en"));
        using (var bitmap = SkiaSharp.SKBitmap.Decode(png))
            Assert.Equal(ChatAppraisal.Charts.SheetChart.Size(model), (bitmap.Width, bitmap.Height));

        // The browser chat's text sheet carries the grade; the console's 排名 its column.
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.SignIn(code);
        await chat.Send("评分表 新庄 文字");
        await chat.Shows("等次：良好");
        var page = chat.Page;
        await page.GotoAsync($"{app.BaseUrl}/console");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#ranking thead")).ToContainTextAsync("加扣分、否决、等次");
        await Microsoft.Playwright.Assertions.Expect(page.Locator("#ranking td.adjustments")).ToHaveTextAsync("加2 扣2 一票否决 良好");
        await page.ScreenshotAsync(new() { Path = "/tmp/levels2-shots/console-ranking-360.png", FullPage = true });
        Assert.Empty(chat.Errors);
    }

    /// <summary>The padding before the cell's text (its level's indentation), in CSS pixels.</summary>
    static async Task<double> Indent(Microsoft.Playwright.ILocator cell) =>
        await cell.EvaluateAsync<double>("e => parseFloat(getComputedStyle(e).paddingLeft)");
}
