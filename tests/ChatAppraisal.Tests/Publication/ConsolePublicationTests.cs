using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Tests.Console;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Publication;

/// <summary>公示 on the console's 排名 page, in Chromium: asked once more for the unsealed sheets, then published; who was told.</summary>
public class ConsolePublicationTests
{
    [Fact]
    public async Task TheAdminPublishesOnTheRankingPageAfterBeingAskedOnceMoreAndSeesWhoWasTold()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李主任", Role.Admin);
        app.WorkedExample("新庄村");
        var shangzhuang = app.AddVillage("上庄村");
        Assert.True(app.Services.GetRequiredService<MemberRoster>().Add(ConsoleApp.Setup, "王书记", [Role.Village], shangzhuang.Id).Ok);

        await using var desk = await ConsoleBrowser.SignIn(app, code);
        var page = desk.Page;
        var section = page.GetByRole(AriaRole.Region, new() { Name = "公示" });
        Assert.Contains("未签字密封：新庄村、上庄村", await section.InnerTextAsync());
        await page.GetByLabel("公示期（工作日）").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "发布结果" }).ClickAsync();

        Assert.Contains("还有 2 个村的评分表没有签字密封：新庄村、上庄村", await page.ContentAsync());
        Assert.Null(app.Services.GetRequiredService<Publications>().Find(app.Period.Id));
        await page.GetByRole(AriaRole.Button, new() { Name = "仍然发布" }).ClickAsync();

        await page.Locator("#told").WaitForAsync();
        Assert.Contains("✓ 已公示考核结果，公示期 3 个工作日", await page.ContentAsync());
        Assert.Equal("上庄村 王书记：没有绑定聊天账号，未通知", (await page.Locator("#told li").InnerTextAsync()).Trim());
        Assert.Contains("考核结果正在公示", await page.Locator("#publication-state").InnerTextAsync());
        var publication = app.Services.GetRequiredService<Publications>().Find(app.Period.Id)!;
        Assert.Equal(3, publication.WorkingDays);
        Assert.Equal(["新庄村", "上庄村"], publication.Unsealed);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("publication-360.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("publication-1280.png"), FullPage = true });
    }
}

/// <summary>The village's result as a page, for its official signed in as for the browser chat.</summary>
public class ResultPageTests
{
    [Fact]
    public async Task TheVillageOfficialReadsTheirVillagesResultOnItsPageAndNothingBeforePublishing()
    {
        await using var app = await ConsoleApp.Start();
        app.WorkedExample("新庄村");
        var shangzhuang = app.AddVillage("上庄村");
        var added = app.Services.GetRequiredService<MemberRoster>().Add(ConsoleApp.Setup, "王书记", [Role.Village], shangzhuang.Id);
        var (playwright, browser) = await ChatAppraisal.Tests.Browser.HeadlessChromium.Launch();
        try
        {
            var page = await ChatAppraisal.Tests.Browser.HeadlessChromium.Phone(browser);
            await page.GotoAsync(app.BaseUrl + "/chat/result");
            await page.GetByLabel("邀请码").FillAsync(added.Invite!.Code);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await page.WaitForURLAsync(url => url.Contains("/chat/result", StringComparison.Ordinal));
            Assert.Contains("考核结果还没有公示", await page.Locator("#result").InnerTextAsync());

            Assert.True(app.Services.GetRequiredService<Publications>().Publish(ConsoleApp.Setup, app.Period, 5, confirmed: true).Ok);
            await page.ReloadAsync();
            var text = await page.Locator("#result").InnerTextAsync();
            Assert.Contains($"上庄村 · {app.Period.Name}考核结果（公示）", await page.Locator("h1").InnerTextAsync());
            Assert.Contains("排名：第 2 名（共 2 个村）", text);
            Assert.Contains("公示期 5 个工作日", text);
            Assert.DoesNotContain("新庄村", text);
            await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("result-360.png"), FullPage = true });
            await page.SetViewportSizeAsync(1280, 900);
            await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("result-1280.png"), FullPage = true });
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
