using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Scoring;
using ChatAppraisal.Tests.Console;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>
/// Issue 29.9: next year's period is prepared while everyone still works in this one (its rubric, policy and reminders),
/// then activated when ready; its copied rubric names it in its title.
/// </summary>
public sealed class PreparingNextYearTests
{
    [Fact]
    public async Task NextYearsPeriodIsPreparedWhileThisOneStaysActiveAndItsRubricNamesIt()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var village = app.AddVillage("新庄村");
        var first = app.Period;
        Assert.StartsWith("新庄镇2017年度", first.Rubric.Title);
        Assert.True(app.Services.GetRequiredService<ScoreBook>().SetItems(ConsoleApp.Setup, first, village.Id, 0, [(0, 1m)]).Ok);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        // This year's rubric is frozen and says to prepare a new period.
        await page.GotoAsync(app.BaseUrl + "/console/rubric");
        await Assertions.Expect(page.Locator("#rubric-frozen")).ToContainTextAsync("新建周期");

        await page.GotoAsync(app.BaseUrl + "/console/periods");
        await page.GetByRole(AriaRole.Button, new() { Name = "新建", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已新建：2018年度（尚未启用）。大家仍在原周期工作");
        var card = page.GetByRole(AriaRole.Region, new() { Name = "2018年度" });
        await Assertions.Expect(card).ToContainTextAsync("尚未启用");

        // Its rubric, from its card: the copy, titled for 2018, still open to change.
        await card.GetByRole(AriaRole.Link, new() { Name = "准备2018年度的评分细则" }).ClickAsync();
        Assert.Contains("periodId=", page.Url);
        await Assertions.Expect(page.Locator("main")).ToContainTextAsync("新庄镇2018年度");
        Assert.Equal(0, await page.Locator("#rubric-frozen").CountAsync());
        Assert.Equal(1, await page.GetByRole(AriaRole.Button, new() { Name = "上传并替换" }).CountAsync());

        // Its policy and reminders, saved while 2017 stays the active period.
        await page.GotoAsync(app.BaseUrl + "/console/periods");
        card = page.GetByRole(AriaRole.Region, new() { Name = "2018年度" });
        await card.Locator("input[name=OnsiteWeight]").FillAsync("0.8");
        await card.Locator("input[name=LeaderWeight]").FillAsync("0.2");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("2018年度");
        card = page.GetByRole(AriaRole.Region, new() { Name = "2018年度" });
        await card.Locator("input[name=Morning]").FillAsync("08:30");
        await card.GetByRole(AriaRole.Button, new() { Name = "更新提醒设置" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("早上 8:30");

        var next = app.Services.GetRequiredService<Periods>().Find(app.Store.Setup.Periods.FindOne(p => p.Name == "2018年度")!.Id)!;
        Assert.Equal(first.Id, app.Period.Id);
        Assert.Equal(first.Policy, app.Period.Policy);
        Assert.Equal((0.8m, 0.2m), (next.Policy.OnsiteWeight, next.Policy.LeaderWeight));
        Assert.Equal(new TimeOnly(8, 30), app.Services.GetRequiredService<ReminderSettings>().For(next.Id).Morning);
        Assert.StartsWith("新庄镇2018年度", next.Rubric.Title);
        Assert.Equal(first.Rubric.Categories, next.Rubric.Categories);

        // Activated when ready.
        await page.GetByRole(AriaRole.Button, new() { Name = "启用 2018年度" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已启用：2018年度");
        Assert.Equal(next.Id, app.Period.Id);
    }
}
