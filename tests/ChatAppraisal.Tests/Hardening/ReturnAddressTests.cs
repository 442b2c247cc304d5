using System.Net;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 3: a crafted return address burned a member's invite with a 500; now it is ignored.</summary>
public sealed class ReturnAddressTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task ACraftedReturnAddressIsIgnoredAndTheCodeSignsIn()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("郑亚娜", Role.Examiner);
        await using var phone = await chromium.Phone();
        var chat = await ChatPage.Open(phone, app.BaseUrl);
        await chat.Page.GotoAsync(app.BaseUrl + "/chat?returnUrl=%2F%09%2Fevil.example");

        await chat.Page.GetByLabel("邀请码").FillAsync(code);
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        await Assertions.Expect(chat.Log).ToBeVisibleAsync();
        Assert.Equal(app.BaseUrl + "/chat", chat.Page.Url);
        Assert.NotNull(app.Store.Roster.Invites.FindById(Secrets.Hash(code))!.UsedAt);
        Assert.NotNull(app.Members.FindByAccount("web", $"m{member.Id}"));
        Assert.Contains(await phone.CookiesAsync(), c => c.Name == "ca-session");
    }

    [Fact]
    public async Task SignedInACraftedReturnAddressOrLanguageSwitchBackOpensTheChatOrConsole()
    {
        await using var app = WebChatApp.Start();
        var (_, code) = app.Invite("王主任", Role.Admin);
        using var browser = app.Client();
        var token = await app.SignIn(browser, code);

        var chat = await browser.GetAsync("/chat?returnUrl=%2F%09%2Fevil.example");
        Assert.Equal(HttpStatusCode.Redirect, chat.StatusCode);
        Assert.Equal("/chat", chat.Headers.Location!.OriginalString);

        var console = await browser.GetStringAsync("/console");
        var language = await browser.PostAsync("/console/Account?handler=Language", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["lang"] = "en", ["back"] = "/\t/x", ["__RequestVerificationToken"] = WebChatApp.Token(console),
        }));
        Assert.Equal(HttpStatusCode.Redirect, language.StatusCode);
        Assert.Equal("/console", language.Headers.Location!.OriginalString);
        Assert.NotEmpty(token);
    }
}
