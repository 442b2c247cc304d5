using ChatAppraisal.Storage.LiteDb;
using System.Net;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.WebChat;

/// <summary>Signing in to the browser chat: codes, /web's links, the session cookie, the throttle, anti-forgery.</summary>
public sealed class SignInTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    [Fact]
    public async Task AWrongCodeIsRefusedAndChangesNothingAndTheEleventhAttemptInAMinuteIsHeldBack()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("郑亚娜", Role.Examiner);
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.Page.GotoAsync(app.BaseUrl + "/chat");

        await chat.Page.GetByLabel("邀请码").FillAsync("not-a-code");
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("邀请码不对，没有登录。请核对后再输入。");
        await Assertions.Expect(chat.Page.GetByLabel("邀请码")).ToBeVisibleAsync();
        Assert.Equal(0, await chat.Page.GetByRole(AriaRole.Log).CountAsync());
        await chat.Screenshot("signin-wrong-360");

        for (var attempt = 2; attempt <= 10; attempt++)
        {
            await chat.Page.GetByLabel("邀请码").FillAsync($"wrong-{attempt}");
            await chat.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(chat.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("邀请码不对");
        }
        // The 11th, with the right code: held back before the code is read.
        await chat.Page.GetByLabel("邀请码").FillAsync(code);
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Alert)).ToContainTextAsync("登录尝试太多：同一网络地址每分钟最多尝试 10 次。请在 ");
        Assert.Matches(@"请在 \d+ 秒后再试。", await chat.Page.GetByRole(AriaRole.Alert).InnerTextAsync());
        await chat.Screenshot("signin-throttled-360");
        Assert.Null(app.Store.Roster.Invites.FindById(Secrets.Hash(code))!.UsedAt);
        Assert.Null(app.Members.FindByAccount("web", $"m{member.Id}"));
        Assert.Equal(0, await chat.Page.GetByRole(AriaRole.Log).CountAsync());
    }

    [Fact]
    public async Task WebsLinkFromAnotherChatSignsInOnceAndNotTwice()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("钱书记", Role.Leader);
        var telegram = new ChatUser("telegram", "4242", "钱书记");
        app.Members.Redeem(code, telegram.Channel, telegram.UserId);
        var engine = app.Services.GetRequiredService<IConversationEngine>();
        var reply = string.Join("\n", (await engine.HandleAsync(new ChatUpdate(telegram, 1, Text: "/web"))).OfType<TextReply>().Select(r => r.Text));
        Assert.Contains("网页版聊天登录链接（10 分钟内有效，只能用一次，请勿转发）", reply);
        var link = reply.Split('\n').Single(line => line.StartsWith(app.BaseUrl + "/chat/link/", StringComparison.Ordinal));

        await using (var phone = await chromium.Phone())
        {
            var chat = await ChatPage.Open(phone, app.BaseUrl);
            await chat.Page.GotoAsync(link);
            await Assertions.Expect(chat.Page.GetByText("以“钱书记”的身份进入网页版聊天")).ToBeVisibleAsync();
            Assert.Null(app.Members.FindByAccount("web", $"m{member.Id}")); // opening it signs nobody in
            await chat.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();
            await Assertions.Expect(chat.Log).ToBeVisibleAsync();
            await Assertions.Expect(chat.Page.GetByText("钱书记（党政班子成员）")).ToBeVisibleAsync();
            Assert.Equal(member.Id, app.Members.FindByAccount("web", $"m{member.Id}")?.Id);
        }

        await using var other = await chromium.Desktop();
        var again = await ChatPage.Open(other, app.BaseUrl);
        var response = await again.Page.GotoAsync(link);
        Assert.Equal(409, response!.Status);
        await Assertions.Expect(again.Page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("这个登录链接已经用过了，每个链接只能用一次。");
        Assert.Equal(0, await again.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).CountAsync());
        Assert.Single(app.Services.GetRequiredService<WebSessions>().Of(member.Id));
    }

    [Fact]
    public async Task ConsolesLinkFromAnotherChatOpensTheOfficeConsoleSignedInAndOnlyForTheOffice()
    {
        await using var app = WebChatApp.Start();
        var (_, code) = app.Invite("王主任", Role.Office);
        var (_, examinerCode) = app.Invite("郑亚娜", Role.Examiner);
        var office = new ChatUser("telegram", "4343", "王主任");
        var examiner = new ChatUser("telegram", "4344", "郑亚娜");
        app.Members.Redeem(code, office.Channel, office.UserId);
        app.Members.Redeem(examinerCode, examiner.Channel, examiner.UserId);
        var engine = app.Services.GetRequiredService<IConversationEngine>();
        var refused = string.Join("\n", (await engine.HandleAsync(new ChatUpdate(examiner, 1, Text: "控制台"))).OfType<TextReply>().Select(r => r.Text));
        var reply = string.Join("\n", (await engine.HandleAsync(new ChatUpdate(office, 2, Text: "控制台"))).OfType<TextReply>().Select(r => r.Text));
        var link = reply.Split('\n').Single(line => line.StartsWith(app.BaseUrl + "/chat/link/", StringComparison.Ordinal));

        await using var desktop = await chromium.Desktop();
        var chat = await ChatPage.Open(desktop, app.BaseUrl);
        await chat.Page.GotoAsync(link);
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "登录" }).ClickAsync();

        Assert.Contains("需要", refused);
        Assert.EndsWith("?returnUrl=%2Fconsole", link);
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Link, new() { Name = "排名" })).ToBeVisibleAsync();
        Assert.EndsWith("/console", new Uri(chat.Page.Url).AbsolutePath);
    }

    [Fact]
    public async Task APostWithoutTheAntiForgeryTokenIsRefusedAndNothingIsSent()
    {
        await using var app = WebChatApp.Start();
        var (_, code) = app.Invite("郑亚娜", Role.Examiner);
        using var client = app.Client();
        var token = await app.SignIn(client, code);

        var forged = await client.PostAsync("/chat?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = "/help" }));
        Assert.Equal(HttpStatusCode.BadRequest, forged.StatusCode);
        Assert.Contains("页面已过期，没有发出去", await forged.Content.ReadAsStringAsync());
        var forgedPress = await client.PostAsync("/chat?handler=Press", new FormUrlEncodedContent(new Dictionary<string, string> { ["press"] = "1:x" }));
        Assert.Equal(HttpStatusCode.BadRequest, forgedPress.StatusCode);
        Assert.Equal(0, app.Store.LiteDatabase().GetCollection("web_messages").Count());

        var real = await client.PostAsync("/chat?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["message"] = "/help", ["__RequestVerificationToken"] = token,
        }));
        Assert.Equal(HttpStatusCode.Redirect, real.StatusCode);
        Assert.Contains("/help", await client.GetStringAsync("/chat"));
    }

    [Fact]
    public async Task TheSessionCookieIsHttpOnlyAndSameSiteAndEndsAtSignOutAndWhenTheMemberIsRemoved()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("郑亚娜", Role.Examiner);
        using var client = app.Client();
        var form = await client.GetStringAsync("/chat");
        var signIn = await client.PostAsync("/chat?handler=SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = code, ["__RequestVerificationToken"] = WebChatApp.Token(form),
        }));
        var cookie = Assert.Single(signIn.Headers.GetValues("Set-Cookie"), c => c.StartsWith(SignInExtensions.CookieName + "=", StringComparison.Ordinal));
        Assert.Contains("httponly", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.Contains("samesite=lax", cookie, StringComparison.OrdinalIgnoreCase);
        Assert.DoesNotContain("secure", cookie.Replace("samesite", ""), StringComparison.OrdinalIgnoreCase); // plain http here
        var copy = cookie[..cookie.IndexOf(';')];

        // Sign out: the stored session ends, so even a copy of the cookie is refused afterwards.
        var token = WebChatApp.Token(await client.GetStringAsync("/chat"));
        await client.PostAsync("/chat?handler=SignOut", new FormUrlEncodedContent(new Dictionary<string, string> { ["__RequestVerificationToken"] = token }));
        Assert.Empty(app.Services.GetRequiredService<WebSessions>().Of(member.Id));
        Assert.Equal(HttpStatusCode.Unauthorized, (await WithCookie(app, copy, "/chat/alive")).StatusCode);

        // Removed: the next request ends the session.
        var (other, otherCode) = app.Invite("李文", Role.Office);
        using var second = app.Client();
        await app.SignIn(second, otherCode);
        Assert.Equal(HttpStatusCode.NoContent, (await second.GetAsync("/chat/alive")).StatusCode);
        app.Store.Write(() =>
        {
            var doc = app.Store.Roster.Members.FindById(other.Id)!;
            doc.Removed = true;
            app.Store.Roster.Members.Update(doc);
        });
        Assert.Equal(HttpStatusCode.Unauthorized, (await second.GetAsync("/chat/alive")).StatusCode);
        Assert.Empty(app.Services.GetRequiredService<WebSessions>().Of(other.Id));
        Assert.Contains("邀请码", await second.GetStringAsync("/chat"));
    }

    [Fact]
    public async Task AMembersFilesAndLiveTranscriptAreTheirsAlone()
    {
        await using var app = WebChatApp.Start();
        var (_, officeCode) = app.Invite("刘主任", Role.Office);
        var (_, examinerCode) = app.Invite("郑亚娜", Role.Examiner);
        using var office = app.Client();
        var token = await app.SignIn(office, officeCode);
        await office.PostAsync("/chat?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["message"] = "/export", ["__RequestVerificationToken"] = token,
        }));
        var document = await Eventually(() => app.Store.LiteDatabase().GetCollection<ChatAppraisal.Bot.Channels.Web.WebMessageDoc>("web_messages")
            .FindAll().FirstOrDefault(m => m.Kind == "document"));
        var own = await office.GetAsync($"/chat/files/{document.Id}");
        Assert.Equal(HttpStatusCode.OK, own.StatusCode);
        Assert.Equal("attachment", own.Content.Headers.ContentDisposition?.DispositionType);

        using var examiner = app.Client();
        await app.SignIn(examiner, examinerCode);
        Assert.Equal(HttpStatusCode.NotFound, (await examiner.GetAsync($"/chat/files/{document.Id}")).StatusCode);
        using var stranger = app.Client();
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync($"/chat/files/{document.Id}")).StatusCode);
        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.GetAsync("/chat/events")).StatusCode);
    }

    static async Task<HttpResponseMessage> WithCookie(WebChatApp app, string cookie, string path)
    {
        using var client = new HttpClient(new HttpClientHandler { UseCookies = false, AllowAutoRedirect = false }) { BaseAddress = new Uri(app.BaseUrl) };
        using var request = new HttpRequestMessage(HttpMethod.Get, path);
        request.Headers.Add("Cookie", cookie);
        return await client.SendAsync(request);
    }

    static async Task<T> Eventually<T>(Func<T?> read) where T : class
    {
        for (var i = 0; i < 200; i++)
        {
            if (read() is { } found) return found;
            await Task.Delay(25);
        }
        throw new TimeoutException("Nothing came within 5 s.");
    }
}
