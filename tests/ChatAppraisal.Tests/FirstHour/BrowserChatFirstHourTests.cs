using System.Net;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>What the first hour found in the browser chat: the bare address, links that are links, the reply after an upload.</summary>
public sealed class BrowserChatFirstHourTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    /// <summary>A 2 × 2 PNG; the transcript shows photos at the message's width, so it stands as tall as a phone's photo.</summary>
    static readonly byte[] Photo = BrowserChatTests.Photo;

    [Fact]
    public async Task TheBareAddressOpensTheSignInOrTheConsoleForTheOffice()
    {
        await using var app = WebChatApp.Start();
        var client = app.Client();
        var stranger = await client.GetAsync("/");
        Assert.Equal(HttpStatusCode.Redirect, stranger.StatusCode);
        Assert.Equal("/chat", stranger.Headers.Location?.OriginalString);

        var (_, code) = app.Invite("钱主任", Role.Office);
        await using var context = await chromium.Desktop();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.Page.GotoAsync(app.BaseUrl + "/");
        await Assertions.Expect(chat.Page.GetByLabel("邀请码")).ToBeVisibleAsync();
        await chat.SignIn(code);
        await chat.Page.GotoAsync(app.BaseUrl + "/");
        Assert.StartsWith(app.BaseUrl + "/console", chat.Page.Url);

        var (_, examinerCode) = app.Invite("郑亚娜", Role.Examiner);
        var examiner = app.Client();
        await app.SignIn(examiner, examinerCode);
        var signedIn = await examiner.GetAsync("/");
        Assert.Equal("/chat", signedIn.Headers.Location?.OriginalString);
    }

    [Fact]
    public async Task AddressesInTheTranscriptAreLinksAndEverythingElseStaysText()
    {
        await using var app = WebChatApp.Start();
        var (_, code) = app.Invite("管理员", Role.Admin);
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.SignIn(code);

        await chat.Send("/console");
        await chat.Shows("/chat/link/");
        var link = chat.Log.Locator("a[href*='/chat/link/']");
        await Assertions.Expect(link).ToHaveCountAsync(1);
        Assert.Equal(await link.GetAttributeAsync("href"), await link.InnerTextAsync());
        Assert.StartsWith("http", await link.GetAttributeAsync("href"));

        await chat.Send("看 javascript:alert(1) 和 <b>粗</b> https://example.org/a?b=1。");
        await chat.Shows("<b>粗</b>");
        Assert.Equal(0, await chat.Log.Locator("a[href^='javascript']").CountAsync());
        Assert.Equal(0, await chat.Log.Locator("b").CountAsync());
        Assert.Equal(["https://example.org/a?b=1"], await chat.Log.Locator("a[href^='https://example.org']").EvaluateAllAsync<string[]>("as => as.map(a => a.textContent)"));

        // The same links after a reload, drawn by the server instead of chat.js.
        await chat.Page.ReloadAsync();
        await Assertions.Expect(chat.Log.Locator("a[href*='/chat/link/']")).ToHaveCountAsync(1);
        await Assertions.Expect(chat.Log.Locator("a[href='https://example.org/a?b=1']")).ToHaveCountAsync(1);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task AfterAnUploadThePhoneScrollsToTheReply()
    {
        await using var app = WebChatApp.Start();
        app.AddVillage("新庄村");
        var (_, code) = app.Invite("郑亚娜", Role.Examiner);
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.SignIn(code);
        await chat.Send("/help");
        await chat.Send("/score");
        await chat.Press("新庄村 0/117");
        await chat.Press("社会保险 0/3");
        await chat.Shows("社会保险 1/3");

        // As on an iPhone (Safari and WeChat's browser have no scroll anchoring, which hides the fault in Chromium): a photo
        // that loads after the reply was drawn pushes the reply below the fold unless the page follows it.
        await chat.Log.EvaluateAsync("log => { log.style.overflowAnchor = 'none'; }");
        await chat.Page.GetByLabel("照片或文件").SetInputFilesAsync(new FilePayload { Name = "现场.png", MimeType = "image/png", Buffer = Photo });

        var reply = chat.Messages.Filter(new() { HasText = "📎 已附上" }).Last;
        await Assertions.Expect(reply).ToBeVisibleAsync();
        await chat.Page.WaitForFunctionAsync("() => Array.from(document.querySelectorAll('.msg img')).every(i => i.complete)");
        await Assertions.Expect(reply).ToBeInViewportAsync();
        // Its whole height shows: the log is scrolled to its end, not left where it was before the photo grew it.
        await chat.Page.WaitForTimeoutAsync(300);
        Assert.True(await chat.Log.EvaluateAsync<bool>("log => log.scrollHeight - log.scrollTop - log.clientHeight < 4"),
            "The reply to the upload is below the fold.");
        await chat.Screenshot("upload-reply-360");
    }
}
