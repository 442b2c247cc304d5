using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Scoring;
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
        // The note keeps its lines (and names the village nobody there could be told of); the section keeps the unsealed
        // sheets and links each village's result page, as its officials read it.
        var note = await page.Locator(".done-note").InnerTextAsync();
        Assert.Contains("\n⚠ 发布时未签字密封：新庄村、上庄村\n", note);
        Assert.Contains("没有村干部的村：新庄村", note);
        Assert.Contains("⚠ 发布时未签字密封：新庄村、上庄村", await section.InnerTextAsync());
        Assert.Equal(["新庄村", "上庄村"], await section.Locator(".result-links a").AllInnerTextsAsync());
        Assert.EndsWith("/chat/result?village=" + shangzhuang.Id, await section.GetByRole(AriaRole.Link, new() { Name = "上庄村" }).GetAttributeAsync("href"));
        var publication = app.Services.GetRequiredService<Publications>().Find(app.Period.Id)!;
        Assert.Equal(3, publication.WorkingDays);
        Assert.Equal(["新庄村", "上庄村"], publication.Unsealed);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("publication-360.png"), FullPage = true });
        await page.SetViewportSizeAsync(1280, 900);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("publication-1280.png"), FullPage = true });
        // On a desk the ranking fits the screen: its headings wrap instead of pushing its last columns out of sight.
        Assert.True(await page.EvaluateAsync<bool>("() => document.querySelector('#ranking').getBoundingClientRect().right <= innerWidth"));

        // 成员 on a desk, with a village official's 所在村 and the 包村 boxes.
        await page.GotoAsync(app.BaseUrl + "/console/members");
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("members-1280.png"), FullPage = true });
    }
}

/// <summary>
/// The village's result as a page, for its official signed in as for the browser chat: the chat's header with a way back to
/// the chat, the categories as a table that folds on a phone as the console's do and stays a table at a reading width on a
/// desk, unscored items named as such; the office reads any village's, deductions with their reasons.
/// </summary>
public partial class ResultPageTests
{
    [GeneratedRegex("(?<!党政)班子成员评分")]
    private static partial Regex ShortLeadersName();

    [Fact]
    public async Task TheVillageOfficialReadsTheirVillagesResultOnItsPageAndNothingBeforePublishing()
    {
        await using var app = await ConsoleApp.Start();
        var xinzhuang = app.WorkedExample("新庄村");
        Assert.True(app.Services.GetRequiredService<ScoreBook>().SetItem(ConsoleApp.Setup, app.Period, xinzhuang.Id, 0, 2, 10, reason: "会议记录缺两次").Ok);
        var shangzhuang = app.AddVillage("上庄村");
        var added = app.Services.GetRequiredService<MemberRoster>().Add(ConsoleApp.Setup, "王书记", [Role.Village], shangzhuang.Id);
        var (_, officeCode) = app.Member("李主任", Role.Office);
        var (playwright, browser) = await ChatAppraisal.Tests.Browser.HeadlessChromium.Launch();
        try
        {
            var page = await ChatAppraisal.Tests.Browser.HeadlessChromium.Phone(browser);
            await page.GotoAsync(app.BaseUrl + "/chat/result");
            await page.GetByLabel("邀请码").FillAsync(added.Invite!.Code);
            await page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await ChatAppraisal.Tests.Browser.HeadlessChromium.Reached(page, "/chat/result");
            Assert.Contains("考核结果还没有公示", await page.Locator("#result").InnerTextAsync());

            Assert.True(app.Services.GetRequiredService<Publications>().Publish(ConsoleApp.Setup, app.Period, 5, confirmed: true).Ok);
            await page.ReloadAsync();
            var text = await page.Locator("#result").InnerTextAsync();
            Assert.Equal($"上庄村 · {app.Period.Name}考核结果（公示）", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
            // The chat's header: who is signed in, the way back, signing out.
            Assert.Contains("王书记（村干部）", await page.Locator("header.chat-bar").InnerTextAsync());
            Assert.Equal(2, await page.GetByRole(AriaRole.Link, new() { Name = "← 返回聊天" }).CountAsync());
            Assert.True(await page.GetByRole(AriaRole.Button, new() { Name = "退出登录" }).IsVisibleAsync());
            var summary = await page.Locator("dl.result-summary").InnerTextAsync();
            Assert.Contains("第 2 名（共 2 个村）", summary);
            Assert.Contains("党政班子成员评分", summary);
            Assert.Contains("公示期 5 个工作日", text);
            Assert.DoesNotContain("新庄村", text);
            // Nothing scored: every category says so, and nothing reads as "no deduction".
            var sheet = app.Services.GetRequiredService<Sheets>().Load(app.Period, shangzhuang.Id)!;
            var rows = page.Locator("#categories tbody tr:not(.total)");
            Assert.Equal(sheet.Categories.Count, await rows.CountAsync());
            for (var i = 0; i < sheet.Categories.Count; i++)
            {
                var c = sheet.Categories[i];
                Assert.Equal(c.Name, (await rows.Nth(i).Locator("td.key").InnerTextAsync()).Trim());
                Assert.Equal($"0/{Points.Format(c.Max)}（未评分）", (await rows.Nth(i).Locator("td.score").InnerTextAsync()).Trim());
                Assert.Contains($"未评分：全部 {c.Items.Count} 项", await rows.Nth(i).Locator("td.deductions").InnerTextAsync());
            }
            Assert.DoesNotContain("扣分：无", text);
            Assert.DoesNotMatch(ShortLeadersName(), text);

            // A phone: the table folds as the console's tables fold, name and points first.
            var measured = await page.EvaluateAsync<ChatAppraisal.Tests.FirstHour.ConsoleTablesOnAPhoneTests.Measured>(ChatAppraisal.Tests.FirstHour.ConsoleTablesOnAPhoneTests.Measure);
            Assert.True(measured.Problems.Length == 0, string.Join("; ", measured.Problems));
            Assert.Contains("categories", measured.Seen);
            Assert.Equal("none", await page.EvaluateAsync<string>("() => getComputedStyle(document.querySelector('#categories thead')).display === 'none' || document.querySelector('#categories thead').getBoundingClientRect().height <= 1 ? 'none' : 'shown'"));
            await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("result-360.png"), FullPage = true });

            // A desk: a table with its headings, at a reading width rather than the phone's column.
            await page.SetViewportSizeAsync(1280, 900);
            Assert.Matches(@"^table [1-9]\d", await page.EvaluateAsync<string>("() => { const t = document.querySelector('#categories'); return getComputedStyle(t).display + ' ' + t.tHead.getBoundingClientRect().height; }"));
            Assert.InRange(await page.EvaluateAsync<double>("() => document.querySelector('#categories').getBoundingClientRect().width"), 900, 1280);
            await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("result-1280.png"), FullPage = true });

            await page.GetByRole(AriaRole.Link, new() { Name = "← 返回聊天" }).First.ClickAsync();
            await Assertions.Expect(page).ToHaveURLAsync(new Regex("/chat$"));
            Assert.True(await page.GetByRole(AriaRole.Log).IsVisibleAsync());

            // The office reads 新庄村's page: its deduction with the reason, in its category's row.
            var office = await ChatAppraisal.Tests.Browser.HeadlessChromium.Phone(browser);
            await office.GotoAsync(app.BaseUrl + $"/chat/result?village={xinzhuang.Id}");
            await office.GetByLabel("邀请码").FillAsync(officeCode);
            await office.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await ChatAppraisal.Tests.Browser.HeadlessChromium.Reached(office, "/chat/result");
            var first = office.Locator("#categories tbody tr").First;
            var scored = app.Services.GetRequiredService<Sheets>().Load(app.Period, xinzhuang.Id)!.Categories[0];
            Assert.Equal($"{Points.Format(scored.Score)}/{Points.Format(scored.Max)}", (await first.Locator("td.score").InnerTextAsync()).Trim());
            Assert.Contains("做合格党员：10/13，扣 3 分；原因：会议记录缺两次", await first.Locator("td.deductions").InnerTextAsync());
            Assert.DoesNotContain("未评分", await office.Locator("#categories").InnerTextAsync());
        }
        finally
        {
            await browser.DisposeAsync();
            playwright.Dispose();
        }
    }
}
