using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>Reasons for deductions in the console, in a real browser: the sheet's 扣分原因 column and the period's switch.</summary>
public class ConsoleReasonsTests
{
    [Fact]
    public async Task TheSheetShowsEachDeductionsReasonAndThePeriodPageRequiresReasons()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var village = app.AddVillage("新庄村");
        var book = app.Services.GetRequiredService<ScoreBook>();
        Assert.True(book.SetItem(ConsoleApp.Setup, app.Period, village.Id, 0, 2, 10m, reason: "会议记录缺两次").Ok);
        Assert.True(book.SetItem(ConsoleApp.Setup, app.Period, village.Id, 0, 3, 5m).Ok);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GotoAsync($"{app.BaseUrl}/console/villages/{village.Id}");
        var sheet = page.Locator("#sheet");
        await Assertions.Expect(sheet.Locator("thead th").Last).ToHaveTextAsync("扣分原因");
        var row = sheet.Locator("tbody tr", new() { HasText = "做合格党员" });
        Assert.Equal("会议记录缺两次", (await row.Locator("td").AllInnerTextsAsync())[^1]);
        Assert.Equal("", (await sheet.Locator("tbody tr", new() { HasText = "承诺、亮诺、践诺、评诺" }).Locator("td").AllInnerTextsAsync())[^1]);

        await page.GotoAsync(app.BaseUrl + "/console/periods");
        var card = page.Locator("section.card", new() { HasText = $"{app.Period.Name}（当前）" });
        Assert.False(await card.GetByLabel("低于满分须写扣分原因").IsCheckedAsync());
        await card.GetByLabel("低于满分须写扣分原因").CheckAsync();
        await card.GetByRole(AriaRole.Button, new() { Name = "保存" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("计分办法已保存");
        Assert.True(app.Period.Policy.ReasonsRequired);
        Assert.Equal(0.9m, app.Period.Policy.OnsiteWeight);
    }
}
