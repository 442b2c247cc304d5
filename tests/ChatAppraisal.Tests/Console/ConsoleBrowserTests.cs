using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>The office console in a real browser against the real app, signed in as the browser chat signs in.</summary>
public class ConsoleBrowserTests
{
    [Fact]
    public async Task AnAdminAddsAVillageSeesTheRankingAndReopensASealedSheetWithAReason()
    {
        await using var app = await ConsoleApp.Start();
        var (admin, code) = app.Member("王主任", Role.Admin);
        var sealedVillage = app.AddVillage("新庄村");
        app.Services.GetRequiredService<Sheets>().Seal(ConsoleApp.Setup, app.Period, sealedVillage.Id);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        Assert.Equal("排名", await page.GetByRole(AriaRole.Heading, new() { Level = 1 }).InnerTextAsync());
        foreach (var name in new[] { "排名", "进度", "村", "导出" })
            Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = name, Exact = true }).IsVisibleAsync(), name);
        var chart = await page.Context.APIRequest.GetAsync(app.BaseUrl + await page.Locator("img.chart").GetAttributeAsync("src"));
        Assert.Equal("image/png", chart.Headers["content-type"]);
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], (await chart.BodyAsync())[..4]);
        Assert.Contains("新庄村", await page.Locator("#ranking").InnerTextAsync());

        // A hostile name is stored and shown as text, never run.
        const string hostile = "<img src=x onerror=alert(1)>";
        var dialogs = 0;
        page.Dialog += (_, d) => { dialogs++; _ = d.DismissAsync(); };
        await page.GetByRole(AriaRole.Link, new() { Name = "村", Exact = true }).ClickAsync();
        await page.GetByLabel("村名").First.FillAsync(hostile);
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已添加：" + hostile);
        Assert.True(await page.GetByRole(AriaRole.Link, new() { Name = hostile, Exact = true }).IsVisibleAsync());
        Assert.Equal(0, await page.Locator("#villages img").CountAsync());
        Assert.Equal(0, dialogs);
        Assert.Equal(admin.Id, app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.VillageAdded && a.Detail == hostile)!.MemberId);

        // A refusal names the field in Chinese and stores nothing.
        await page.GetByLabel("村名").First.FillAsync("新庄村");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("村名：已经有叫“新庄村”的村");
        Assert.Equal(2, app.Store.Setup.Villages.Count());
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("villages-360.png"), FullPage = true });

        // The sealed sheet: checked, then reopened with a reason; the audit names the admin, on channel "web".
        await page.GetByRole(AriaRole.Link, new() { Name = "新庄村", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByText("指纹核对一致")).ToBeVisibleAsync();
        Assert.Equal(15, await page.Locator("#sheet tr.category").CountAsync());
        await page.GetByRole(AriaRole.Button, new() { Name = "撤销签字密封，重新打开" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("撤销原因");
        Assert.Equal(1, app.Store.Scores.Seals.Count());
        await page.GetByLabel("撤销原因").FillAsync("第3类得分录错");
        await page.GetByRole(AriaRole.Button, new() { Name = "撤销签字密封，重新打开" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已撤销新庄村的签字");
        Assert.Equal(0, app.Store.Scores.Seals.Count());
        var reopened = app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.SheetUnsealed)!;
        Assert.Equal((admin.Id, "王主任", "web"), (reopened.MemberId, reopened.MemberName, reopened.Channel));
        Assert.Contains("第3类得分录错", reopened.Detail);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("sheet-360.png"), FullPage = true });

        // 日志: the reopening under the admin's own name, found by filtering on the admin.
        await page.GetByRole(AriaRole.Link, new() { Name = "日志", Exact = true }).ClickAsync();
        await page.GetByLabel("成员").SelectOptionAsync(new SelectOptionValue { Label = "王主任" });
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        var firstRow = page.Locator("#audit tbody tr").First;
        Assert.Contains("撤销签字密封", await firstRow.InnerTextAsync());
        Assert.Contains("sheet.unsealed", await firstRow.InnerTextAsync());
        Assert.Contains("王主任", await firstRow.InnerTextAsync());
        Assert.Contains("第3类得分录错", await firstRow.InnerTextAsync());
        Assert.Equal(2, await page.Locator("#audit tbody tr").CountAsync()); // his village added and the sheet reopened; the setup and the refused duplicate are not his
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("audit-360.png"), FullPage = true });
        await page.GetByLabel("起始日期").FillAsync("2000-01-01");
        await page.Locator("#to").FillAsync("2000-01-02");
        await page.GetByRole(AriaRole.Button, new() { Name = "筛选" }).ClickAsync();
        Assert.Equal(0, await page.Locator("#audit tbody tr").CountAsync());

        await page.SetViewportSizeAsync(1366, 900);
        await page.GetByRole(AriaRole.Link, new() { Name = "排名", Exact = true }).ClickAsync();
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("ranking-desktop.png"), FullPage = true });
        await page.GetByRole(AriaRole.Link, new() { Name = "进度", Exact = true }).ClickAsync();
        Assert.Contains("新庄村", await page.Locator("#progress-villages").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("progress-desktop.png"), FullPage = true });

        // A post without the anti-forgery token is refused and stores nothing.
        var forged = await page.Context.APIRequest.PostAsync(app.BaseUrl + "/console/villages?handler=Add",
            new() { Form = page.Context.APIRequest.CreateFormData().Set("Name", "伪造村") });
        Assert.Equal(400, forged.Status);
        Assert.Null(app.Store.Setup.Villages.FindOne(v => v.Name == "伪造村"));
    }

    [Fact]
    public async Task AnAdminAddsAMemberAndShowsTheInviteWithAQrCodeOfTheLink()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "成员", Exact = true }).ClickAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        // Nothing typed: the browser's own "required" stops it; with a name and no role the page says which field.
        await page.Locator("#new-name").FillAsync("郑亚娜");
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("角色：请至少勾选一个角色");
        Assert.Null(app.Store.Roster.Members.FindOne(m => m.Name == "郑亚娜"));

        await page.GetByLabel("姓名").First.FillAsync("郑亚娜");
        await page.Locator("form[action*=Add]").GetByLabel("考核组业务人员").CheckAsync();
        await page.GetByRole(AriaRole.Button, new() { Name = "添加", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Heading, new() { Name = "郑亚娜的邀请码" })).ToBeVisibleAsync();
        var member = app.Store.Roster.Members.FindOne(m => m.Name == "郑亚娜")!;
        Assert.Contains(Role.Examiner, member.Roles);
        // Only the code's hash is stored: the code shown is the one whose hash the member's invite holds.
        var invite = app.Store.Roster.Invites.FindOne(i => i.MemberId == member.Id)!;
        var inviteCode = await page.Locator("#invite-code").InnerTextAsync();
        Assert.Equal(invite.Id, Secrets.Hash(inviteCode));
        var added = app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.MemberAdded)!;
        Assert.Equal(("王主任", "web"), (added.MemberName, added.Channel));

        var qr = page.Locator("img.qr[data-channel=web]");
        var src = await qr.GetAttributeAsync("src");
        Assert.StartsWith("data:image/png;base64,", src);
        using var bitmap = SkiaSharp.SKBitmap.Decode(Convert.FromBase64String(src!["data:image/png;base64,".Length..]));
        var decoded = ChatAppraisal.Tests.Ballots.SlipImages.Decode(bitmap);
        var link = await page.Locator("section.invite a").First.GetAttributeAsync("href");
        Assert.Equal(link, decoded);
        Assert.Contains(inviteCode, decoded);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("invite-360.png"), FullPage = true });

        // The link signs the new member in (a fresh browser), as a phone's camera would open it.
        var camera = await (await phone.Browser.NewContextAsync()).NewPageAsync();
        await camera.GotoAsync(decoded!);
        Assert.Equal(inviteCode, await camera.GetByLabel("邀请码").InputValueAsync());

        // Removing a member asks once (a removed member cannot sign in again), then removes and audits it.
        await page.GetByRole(AriaRole.Region, new() { Name = "郑亚娜" }).GetByRole(AriaRole.Button, new() { Name = "删除" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("确定要删除成员“郑亚娜”吗");
        Assert.False(app.Store.Roster.Members.FindById(member.Id)!.Removed);
        await page.GetByRole(AriaRole.Button, new() { Name = "确认删除：郑亚娜" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已删除成员：郑亚娜");
        Assert.True(app.Store.Roster.Members.FindById(member.Id)!.Removed);
        Assert.Equal("王主任", app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.MemberRemoved)!.MemberName);
    }

    [Fact]
    public async Task AnOfficeMemberSeesTheRankingButMayNotChangeVillages()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李干事", Role.Office);
        app.AddVillage("东岗村");
        var (_, examinerCode) = app.Member("赵组员", Role.Examiner);
        app.Member("王主任", Role.Admin);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        Assert.Contains("东岗村", await page.Locator("#ranking").InnerTextAsync());
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("ranking-360.png"), FullPage = true });
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "成员", Exact = true }).CountAsync());
        var members = await page.Context.APIRequest.GetAsync(app.BaseUrl + "/console/members");
        Assert.Equal(403, members.Status);
        Assert.Equal("这个页面需要“管理员”角色；您的角色：考核办公室。", await members.TextAsync());
        await page.GetByRole(AriaRole.Link, new() { Name = "村", Exact = true }).ClickAsync();
        Assert.Equal(0, await page.GetByLabel("村名").CountAsync()); // no forms for the office

        // The office reads the sheets but is given no form to change anything (only its own language and sign-out).
        var villagesPage = await page.Context.APIRequest.GetAsync(app.BaseUrl + "/console/villages");
        var html = await villagesPage.TextAsync();
        Assert.DoesNotContain("/console/villages?handler=", html);
        Assert.Equal(2, System.Text.RegularExpressions.Regex.Count(html, "<form "));
        var sheet = await page.Context.APIRequest.GetAsync(app.BaseUrl + "/console/villages/" + app.Store.Setup.Villages.FindAll().Single().Id);
        Assert.Equal(200, sheet.Status);

        var examiner = await phone.SignInAnother(app, examinerCode);
        var refused = await examiner.Context.APIRequest.GetAsync(app.BaseUrl + "/console");
        Assert.Equal(403, refused.Status);
        Assert.Equal("这个页面需要“考核办公室”角色；您的角色：考核组业务人员。", await refused.TextAsync());

        // In the browser, the same sentence on a small page with the way on (a role policy's page answers alike).
        await examiner.GotoAsync(app.BaseUrl + "/console");
        await Assertions.Expect(examiner.GetByRole(AriaRole.Alert)).ToHaveTextAsync("这个页面需要“考核办公室”角色；您的角色：考核组业务人员。");
        await Assertions.Expect(examiner.GetByText("如需这个角色，请联系管理员：管理员、王主任。")).ToBeVisibleAsync(); // whom to ask, by name
        await examiner.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("forbidden-360.png") });
        await examiner.GotoAsync(app.BaseUrl + "/console/members");
        await Assertions.Expect(examiner.GetByRole(AriaRole.Alert)).ToHaveTextAsync("这个页面需要“管理员”角色；您的角色：考核组业务人员。");
        await examiner.GetByRole(AriaRole.Link, new() { Name = "打开聊天" }).ClickAsync();
        Assert.EndsWith("/chat", examiner.Url);
    }
}
