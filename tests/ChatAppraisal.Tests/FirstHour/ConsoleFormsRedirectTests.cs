using ChatAppraisal.Members;
using ChatAppraisal.Tests.Console;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>
/// Issue 29.10: every console form answers a successful post with a redirect, so a reload (F5) reads the page again
/// instead of posting again; a new member's invite stays reachable from their card until it is used or expires.
/// </summary>
public sealed class ConsoleFormsRedirectTests
{
    [Fact]
    public async Task ReloadingAfterAddingAMemberAddsNothingAndTheInviteStaysOnTheCardUntilUsed()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GotoAsync(app.BaseUrl + "/console/members");
        await page.Locator("#new-name").FillAsync("周九");
        await page.GetByLabel("党政班子成员").First.CheckAsync();
        await Submitted(page, () => page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync());
        var shown = await page.Locator("#invite-code").InnerTextAsync();
        Assert.Equal(22, shown.Length);

        // F5: the page is read again; nothing is posted, no "已有成员", the same invite with its QR code.
        var reload = await page.ReloadAsync();
        Assert.Equal("GET", reload!.Request.Method);
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
        Assert.Equal(shown, await page.Locator("#invite-code").InnerTextAsync());
        Assert.Equal(1, await page.Locator("img.qr").CountAsync());
        Assert.Single(app.Services.GetRequiredService<MemberDirectory>().All(), m => m.Name == "周九");

        // Later, from the member's card: the same code again (a copy sealed with the pages' keys; the code is not stored).
        await page.GotoAsync(app.BaseUrl + "/console/members");
        var card = page.GetByRole(AriaRole.Region, new() { Name = "周九" });
        await card.GetByRole(AriaRole.Link, new() { Name = "显示邀请码" }).ClickAsync();
        Assert.Equal(shown, await page.Locator("#invite-code").InnerTextAsync());
        var stored = app.Store.Roster.Invites.FindAll().Single(i => i.MemberId == app.Services.GetRequiredService<MemberDirectory>().All().Single(m => m.Name == "周九").Id);
        Assert.DoesNotContain(shown, stored.SealedCode!);
        Assert.NotEqual(shown, stored.Id);

        // 新邀请码 redirects too; used, the invite is no longer offered.
        await page.GotoAsync(app.BaseUrl + "/console/members");
        await Submitted(page, () => card.GetByRole(AriaRole.Button, new() { Name = "新邀请码" }).ClickAsync());
        var second = await page.Locator("#invite-code").InnerTextAsync();
        Assert.NotEqual(shown, second);
        Assert.Equal(RedeemResult.Bound, app.Services.GetRequiredService<MemberDirectory>().Redeem(second, "telegram", "9001").Result);
        Assert.Equal(RedeemResult.Bound, app.Services.GetRequiredService<MemberDirectory>().Redeem(shown, "telegram", "9002").Result);
        await page.GotoAsync(app.BaseUrl + "/console/members");
        Assert.Equal(0, await card.GetByRole(AriaRole.Link, new() { Name = "显示邀请码" }).CountAsync());
        var id = app.Services.GetRequiredService<MemberDirectory>().All().Single(m => m.Name == "周九").Id;
        await page.GotoAsync(app.BaseUrl + $"/console/members?invite={id}");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("没有可用的邀请码");
        Assert.Equal(0, await page.Locator("#invite-code").CountAsync());
    }

    [Fact]
    public async Task EveryConsoleFormThatSucceedsLeavesTheBrowserOnAPageThatAReloadOnlyReads()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var (examiner, _) = app.Member("郑亚娜", Role.Examiner);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GotoAsync(app.BaseUrl + "/console/villages");
        await page.GetByLabel("村名").First.FillAsync("新庄村");
        await Submitted(page, () => page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync());
        await Reloaded(page);
        Assert.Single(app.Store.Setup.Villages.FindAll(), v => v.Name == "新庄村");

        await page.GotoAsync(app.BaseUrl + "/console/members");
        var card = page.GetByRole(AriaRole.Region, new() { Name = examiner.Name });
        await card.GetByLabel("考核组长").CheckAsync();
        await Submitted(page, () => card.GetByRole(AriaRole.Button, new() { Name = "修改" }).ClickAsync());
        await Reloaded(page);

        await page.GotoAsync(app.BaseUrl + "/console/periods");
        await Submitted(page, () => page.GetByRole(AriaRole.Button, new() { Name = "新建", Exact = true }).ClickAsync());
        await Reloaded(page);
        Assert.Equal(2, app.Store.Setup.Periods.Count());
        await Submitted(page, () => page.GetByRole(AriaRole.Region, new() { Name = "2018年度" }).GetByRole(AriaRole.Button, new() { Name = "更新提醒设置" }).ClickAsync());
        await Reloaded(page);
    }

    /// <summary>Presses a form's button: the answer is a redirect to a page read with GET (the address has no handler).</summary>
    static async Task Submitted(IPage page, Func<Task> press)
    {
        var posted = page.WaitForRequestAsync(r => r.Method == "POST");
        await press();
        var request = await posted;
        var response = await request.ResponseAsync();
        Assert.True(response!.Status is 302 or 303, $"{request.Url} answered {response.Status}, not a redirect");
        await page.WaitForLoadStateAsync();
        Assert.DoesNotContain("handler=", page.Url);
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToBeVisibleAsync();
    }

    static async Task Reloaded(IPage page)
    {
        var reload = await page.ReloadAsync();
        Assert.Equal("GET", reload!.Request.Method);
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
    }
}
