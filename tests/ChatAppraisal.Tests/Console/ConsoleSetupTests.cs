using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>评分细则 and 考核周期 in a real browser: the rubric's warnings, its upload before scoring and its freeze after; a new period.</summary>
public class ConsoleSetupTests
{
    [Fact]
    public async Task AnAdminSeesTheRubricWarningsUploadsARubricBeforeScoringAndCannotAfter()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var village = app.AddVillage("新庄村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "评分细则", Exact = true }).ClickAsync();
        var warnings = await page.Locator("#rubric-warnings").InnerTextAsync();
        Assert.Contains("100.5", warnings);
        Assert.Contains("104", warnings);
        Assert.Equal(15, await page.Locator("#rubric tr.category").CountAsync());

        // A broken file: each problem named by its place, nothing stored.
        var before = app.Store.Setup.Periods.FindById(app.Period.Id)!.RubricJson;
        var broken = RubricJson.Write(app.Period.Rubric).Replace("\"max\":", "\"max\":-", StringComparison.Ordinal);
        await page.GetByLabel("评分细则文件").SetInputFilesAsync(new FilePayload { Name = "rubric.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(broken) });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并替换" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("评分细则文件有误，未保存");
        var problems = await page.Locator("#rubric-problems").InnerTextAsync();
        Assert.Contains("第1类（党建工作）：分值必须大于 0，现为 -100。", problems);
        Assert.Contains("第1类（党建工作）第1项（三会一课等党内组织生活制度落实）：分值必须大于 0", problems);
        Assert.DoesNotContain("Category", problems);
        Assert.Equal(before, app.Store.Setup.Periods.FindById(app.Period.Id)!.RubricJson);

        // A good one: one item renamed.
        var rubric = app.Period.Rubric;
        var renamed = rubric with { Categories = [rubric.Categories[0] with { Items = [rubric.Categories[0].Items[0] with { Name = "党建阵地建设（新）" }, .. rubric.Categories[0].Items.Skip(1)] }, .. rubric.Categories.Skip(1)] };
        await page.GetByLabel("评分细则文件").SetInputFilesAsync(new FilePayload { Name = "rubric.json", MimeType = "application/json", Buffer = System.Text.Encoding.UTF8.GetBytes(RubricJson.Write(renamed)) });
        await page.GetByRole(AriaRole.Button, new() { Name = "上传并替换" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("评分细则已替换");
        Assert.Contains("党建阵地建设（新）", await page.Locator("#rubric").InnerTextAsync());
        Assert.Equal("web", app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.RubricReplaced)!.Channel);

        // After the first score: frozen, with the sentence saying why, and no upload form.
        Assert.True(app.Services.GetRequiredService<ScoreBook>().SetItems(ConsoleApp.Setup, app.Period, village.Id, 0, [(0, 1m)]).Ok);
        await page.ReloadAsync();
        Assert.Contains("已经开始评分（1 项得分", await page.Locator("#rubric-frozen").InnerTextAsync());
        Assert.Equal(0, await page.GetByLabel("评分细则文件").CountAsync());
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("rubric-360.png"), FullPage = true });
    }

    [Fact]
    public async Task AnAdminCreatesNextYearsPeriodAndActivatesIt()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var first = app.Period;
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "考核周期", Exact = true }).ClickAsync();
        Assert.Equal("2018年度", await page.GetByLabel("周期名称").InputValueAsync());
        await page.GetByLabel("周期名称").FillAsync(first.Name);
        await page.GetByRole(AriaRole.Button, new() { Name = "新建", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync($"周期名称：已经有“{first.Name}”");
        Assert.Equal(1, app.Store.Setup.Periods.Count());

        await page.GetByLabel("周期名称").FillAsync("2018年度");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已新建：2018年度");
        await page.GetByRole(AriaRole.Button, new() { Name = "启用 2018年度" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已启用：2018年度");
        Assert.Equal("2018年度", app.Period.Name);
        // The same rubric, its title naming the new period (issue 29.9).
        Assert.Equal(first.Rubric with { Title = first.Rubric.Title.Replace("2017年度", "2018年度") }, app.Period.Rubric);

        // The policy: a refusal names the field and stores nothing; then a saved change.
        var card = page.Locator("section.card", new() { HasText = "2018年度（当前）" });
        await card.GetByLabel("现场考核权重").FillAsync("0.8");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("现场考核权重 + 党政班子成员评分权重 必须等于 1");
        Assert.Equal(0.9m, app.Period.Policy.OnsiteWeight);
        card = page.Locator("section.card", new() { HasText = "2018年度（当前）" });
        await card.GetByLabel("现场考核权重").FillAsync("0.8");
        await card.GetByLabel("党政班子成员评分权重").FillAsync("0.2");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2018年度的计分办法已保存");
        Assert.Equal((0.8m, 0.2m), (app.Period.Policy.OnsiteWeight, app.Period.Policy.LeaderWeight));
        var activated = app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.PeriodActivated)!;
        Assert.Equal(("王主任", "web"), (activated.MemberName, activated.Channel));
        await page.GetByRole(AriaRole.Link, new() { Name = "排名", Exact = true }).ClickAsync();
        Assert.Contains("2018年度", await page.Locator("dl.policy").InnerTextAsync());
    }
}
