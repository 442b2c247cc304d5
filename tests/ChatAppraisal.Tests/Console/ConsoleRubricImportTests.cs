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
        // Saved as it is from the table, it is refused with its problem, and the rows come back as sent.
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.Locator("#rubric-problems")).ToContainTextAsync("党建工作");
        Assert.Equal(3, await page.Locator("#editor-table tr.category").CountAsync());
        Assert.Equal(next.RubricJson, app.Services.GetRequiredService<Periods>().Find(next.Id)!.Doc.RubricJson);

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
    public async Task TheProposalIsEditedAsATableAtAnyLevelWithItsSumsFollowingTheTypingAndSaved()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var next = app.Services.GetRequiredService<PeriodSetup>().Create(ConsoleApp.Setup, "2025年度", null).Period!;
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        var errors = new List<string>();
        page.PageError += (_, e) => errors.Add(e);
        page.Console += (_, m) => { if (m.Type == "error") errors.Add(m.Text); };
        await page.GotoAsync(app.BaseUrl + $"/console/rubric?periodId={next.Id}");
        await page.GetByLabel("方案文字").FillAsync(Plan);
        await page.GetByRole(AriaRole.Button, new() { Name = "读取方案" }).ClickAsync();

        var rows = page.Locator("#editor-table tbody tr");
        async Task<ILocator> Row(string name)
        {
            var index = await page.EvaluateAsync<int>(
                "n => [...document.querySelectorAll('#editor-table tbody tr')].findIndex(tr => tr.querySelector('input.name').value === n)", name);
            Assert.True(index >= 0, $"no row named {name}");
            return rows.Nth(index);
        }
        async Task Press(string row, string button) => await (await Row(row)).GetByRole(AriaRole.Button, new() { Name = button, Exact = true }).ClickAsync();
        async Task<string> Sum(string row) => (await (await Row(row)).Locator("td.sum").InnerTextAsync()).Trim();
        async Task<string> Number(string row) => (await (await Row(row)).Locator("td.number").InnerTextAsync()).Trim();

        // Every level of the proposal is a row, numbered as the plan's tree; each block's children's sum beside its points.
        Assert.Equal(16, await rows.CountAsync());
        Assert.Equal("1.1.1.1", await Number("支部委员会"));
        Assert.Equal("18 ≠ 20", await Sum("党风廉政"));
        Assert.Contains("满分合计 100 分", await page.Locator("#editor-total").InnerTextAsync());

        // Points changed: the sum follows as the figure is typed.
        await (await Row("监督执纪")).GetByLabel("分值").FillAsync("12");
        Assert.Equal("20 ✓", await Sum("党风廉政"));
        // Renamed, criteria changed.
        await (await Row("党员管理")).GetByLabel("名称").FillAsync("党员教育管理");
        await (await Row("党员教育管理")).GetByLabel("评分标准").FillAsync("每季度一次集中学习，缺一次扣2分。");
        // Added below 文化 at its level, then moved above it; 社会事业's points raised to match.
        await Press("文化", "在下面添加");
        var added = await Row("");
        await Assertions.Expect(added.GetByLabel("名称")).ToBeFocusedAsync();
        await added.GetByLabel("名称").FillAsync("体育");
        await added.GetByLabel("分值").FillAsync("10分");
        Assert.Equal("40 ≠ 30", await Sum("社会事业"));
        await Press("体育", "上移");
        Assert.Equal(("3.3", "3.4"), (await Number("体育"), await Number("文化")));
        await (await Row("社会事业")).GetByLabel("分值").FillAsync("40");
        // One level down (under 廉政教育) and back up; then deleted with its whole block.
        await Press("廉政教育", "在下面添加");
        var warning = await Row("");
        await warning.GetByLabel("名称").FillAsync("警示教育");
        await warning.GetByLabel("分值").FillAsync("8");
        await Press("警示教育", "降一级");
        Assert.Equal(("1.2.1.1", "8 ✓"), (await Number("警示教育"), await Sum("廉政教育")));
        await Press("警示教育", "升一级");
        Assert.Equal("1.2.2", await Number("警示教育"));
        await Press("警示教育", "删除");
        await Press("产业发展", "删除");
        Assert.Equal("60 ≠ 100", await Sum("经济发展"));
        await (await Row("集体经济")).GetByLabel("分值").FillAsync("100");
        Assert.Contains("满分合计 110 分", await page.Locator("#editor-total").InnerTextAsync());

        foreach (var (width, height) in new[] { (360, 740), (1280, 900) })
        {
            await page.SetViewportSizeAsync(width, height);
            var scroll = await page.EvaluateAsync<int>("() => document.documentElement.scrollWidth");
            Assert.True(scroll <= width, $"the editor at {width} px is {scroll} px wide");
            // A phone cannot hover for a button's title: there each arrow says what it does; a desk keeps the arrows.
            var up = (await Row("教育")).Locator("button[data-op=up]");
            Assert.Equal(width < 640 ? "↑上移" : "↑", (await up.InnerTextAsync()).Replace(" ", "").Trim());
            await page.Locator("#editor").ScreenshotAsync(new() { Path = ConsoleBrowser.Shot($"rubric-editor-{width}.png") });
        }

        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2025年度的评分细则已按导入的方案保存");
        var saved = app.Services.GetRequiredService<Periods>().Find(next.Id)!.Rubric;
        var party = saved.Categories[0];
        Assert.Equal(["三会一课", "党员教育管理"], party.Items[0].Items.Select(i => i.Name));
        Assert.Equal("每季度一次集中学习，缺一次扣2分。", party.Items[0].Items[1].Criteria);
        Assert.Equal(["廉政教育", "监督执纪"], party.Items[1].Items.Select(i => i.Name));
        Assert.Equal(12m, party.Items[1].Items[1].Max);
        Assert.Equal((100m, (decimal?)30m, "集体经济", 100m), (saved.Categories[1].Max, saved.Categories[1].ScaleTo, saved.Categories[1].Items.Single().Name, saved.Categories[1].Items[0].Max));
        Assert.Equal(["教育", "卫生", "体育", "文化"], saved.Categories[2].Items.Select(i => i.Name));
        Assert.Equal(40m, saved.Categories[2].Max);
        Assert.Equal(5m, saved.Bonus!.Cap);
        Assert.Single(saved.Veto);
        Assert.Empty(errors);
    }

    [Fact]
    public async Task TheTownsOwnPlanPastedAsAnOfficialWouldReadsAsTheShippedRubricWithItsTwoSumsNamedOnTheirLines()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "评分细则", Exact = true }).ClickAsync();
        await page.GetByLabel("方案文字").FillAsync(ChatAppraisal.Tests.Rubrics.Import.SeedPlan.Text());
        await page.GetByRole(AriaRole.Button, new() { Name = "读取方案" }).ClickAsync();

        Assert.Contains("15 个类别、117 个评分项，满分 1500", await page.Locator("#proposal-summary").InnerTextAsync());
        Assert.Contains("现场考核 90%，党政班子成员评分 10%", await page.Locator("#proposal").InnerTextAsync());
        var line57 = page.Locator("#proposal-lines tbody tr").Filter(new() { Has = page.Locator("td.num", new() { HasTextString = "57" }) }).First;
        Assert.Contains("“党建工作”写的是 100 分，下面各项合计 100.5 分", await line57.InnerTextAsync());
        Assert.Equal(117 + 15, await page.Locator("#editor-table tbody tr").CountAsync());
        Assert.Equal("100.5 ≠ 100", (await page.Locator("#editor-table tbody tr.category").First.Locator("td.sum").InnerTextAsync()).Trim());
        await page.SetViewportSizeAsync(1280, 900);
        await page.Locator("#proposal").ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("rubric-import-seed-1280.png") });
        // The shipped rubric is the plan's: saving it changes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已按导入的方案保存");
        Assert.Equal(ChatAppraisal.Rubrics.RubricJson.Seed(), app.Services.GetRequiredService<Periods>().Active().Rubric);
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
