using ChatAppraisal.Appraisal;
using ChatAppraisal.Export;
using ChatAppraisal.Members;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Tests.Rubrics;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>评分细则's 导入方案 in Chromium: a plan pasted for next year's period, read beside its lines, saved; the workbook uploaded back.</summary>
public class ConsoleRubricImportTests
{
    const string Plan = """
        某某镇2025年度村级综合考核办法
        一、党建工作（40分）
        （一）组织建设（20分）
        1. 三会一课（10分）
        （1）支部委员会（5分）每月一次，每缺一次扣1分。
        （2）党员大会（5分）每季度一次。
        2. 党员管理（10）
        （二）党风廉政（20分）
        1. 廉政教育（8分）
        2. 监督执纪（10分）
        二、经济发展（100分，总分按折合30分计算）
        （一）集体经济（60分）
        （二）产业发展（40分）
        三、社会事业（30分）：教育（10分），卫生（10分），文化（10分）。
        四、加分项目（加分最多不超过5分）
        1. 获得县级表彰的，每项加2分。
        五、一票否决
        1. 发生重大安全事故的，实行一票否决，排名列最后。
        """;

    [Fact]
    public async Task APlanIsReadBesideItsLinesForNextYearsPeriodAndSavedWithoutTouchingTheActiveOne()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var next = app.Services.GetRequiredService<PeriodSetup>().Create(ConsoleApp.Setup, "2025年度", null).Period!;
        var active = app.Period.Doc.RubricJson;
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "评分细则", Exact = true }).ClickAsync();
        await page.GetByLabel("考核周期").SelectOptionAsync(next.Id.ToString());
        await page.GetByRole(AriaRole.Button, new() { Name = "查看", Exact = true }).ClickAsync();
        Assert.Contains($"periodId={next.Id}", page.Url);

        // A plan with an error: two categories of one name. Shown, each problem under its line, and no 保存.
        await page.GetByLabel("方案文字").FillAsync(Plan.Replace("三、社会事业", "三、党建工作"));
        await page.GetByRole(AriaRole.Button, new() { Name = "读取方案" }).ClickAsync();
        await Assertions.Expect(page.Locator("#proposal-errors")).ToContainTextAsync("不能保存");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).CountAsync());

        // The plan as it should be: its doubts are warnings, and it saves.
        await page.GetByLabel("方案文字").FillAsync(Plan);
        await page.GetByRole(AriaRole.Button, new() { Name = "读取方案" }).ClickAsync();
        var summary = await page.Locator("#proposal-summary").InnerTextAsync();
        Assert.Contains("3 个类别、10 个评分项，满分 100", summary);
        var lines = page.Locator("#proposal-lines tbody tr");
        var withoutFen = lines.Filter(new() { HasText = "2. 党员管理（10）" });
        Assert.Equal("7", (await withoutFen.Locator("td").First.InnerTextAsync()).Trim());
        Assert.Contains("⚠ “党员管理”的分值 10 没有写“分”", await withoutFen.InnerTextAsync());
        var notAddingUp = lines.Filter(new() { HasText = "（二）党风廉政（20分）" });
        Assert.Contains("“党风廉政”写的是 20 分，下面各项合计 18 分", await notAddingUp.InnerTextAsync());
        Assert.Contains("经济发展", await page.Locator("#proposal-rubric").InnerTextAsync());
        Assert.Contains("100 → 30", await page.Locator("#proposal-rubric").InnerTextAsync());
        Assert.Contains("加分：获得县级表彰 2 (≤ 5)", await page.Locator("#proposal-sides").InnerTextAsync());

        foreach (var (width, height) in new[] { (360, 740), (1280, 900) })
        {
            await page.SetViewportSizeAsync(width, height);
            var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scroll <= width, $"the import at {width} px is {scroll} px wide");
            await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot($"rubric-import-{width}.png"), FullPage = true });
            await page.Locator("#proposal").ScreenshotAsync(new() { Path = ConsoleBrowser.Shot($"rubric-import-proposal-{width}.png") });
        }
        // Side by side on a desk, one above the other on a phone.
        var (linesBox, rubricBox) = (await page.Locator("#proposal-lines").BoundingBoxAsync(), await page.Locator("#proposal-rubric").BoundingBoxAsync());
        Assert.True(rubricBox!.X > linesBox!.X + linesBox.Width - 1, "on 1280 px the rubric stands beside the lines");

        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2025年度的评分细则已按导入的方案保存");
        var saved = app.Services.GetRequiredService<Periods>().Find(next.Id)!;
        Assert.Equal(["党建工作", "经济发展", "社会事业"], saved.Rubric.Categories.Select(c => c.Name));
        Assert.Equal(5m, saved.Rubric.Bonus!.Cap);
        Assert.Equal((1m, 0m), (saved.Policy.OnsiteWeight, saved.Policy.LeaderWeight));
        Assert.Equal(active, app.Period.Doc.RubricJson);
        Assert.Contains("支部委员会", await page.Locator("#rubric").InnerTextAsync());
    }

    [Fact]
    public async Task TheRubricsWorkbookIsDownloadedAndUploadedBackWithItsProblemsByRow()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "评分细则", Exact = true }).ClickAsync();

        var download = await page.RunAndWaitForDownloadAsync(() => page.Locator("#rubric-xlsx").ClickAsync());
        var path = await download.PathAsync();
        Assert.Equal(app.Period.Rubric, ChatAppraisal.Rubrics.Import.RubricSheet.Read(File.OpenRead(path)).Rubric);

        await page.GetByLabel("方案文件").SetInputFilesAsync(new FilePayload { Name = "细则.xlsx", MimeType = "application/octet-stream", Buffer = RubricWorkbook.Write(RubricSheetTests.Nested) });
        await page.GetByRole(AriaRole.Button, new() { Name = "读取方案" }).ClickAsync();
        Assert.Contains("2 个类别、6 个评分项", await page.Locator("#proposal-summary").InnerTextAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已按导入的方案保存");
        Assert.Equal(RubricSheetTests.Nested, app.Period.Rubric);
    }
}
