using System.Net;
using ChatAppraisal.Channels;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 6: wrong /start codes were answered without limit (15 a second in the browser chat).</summary>
public sealed class StartLimitTests
{
    [Fact]
    public async Task TheEleventhStartInAMinuteFromOneAddressIsHeldBackInTheBrowserChat()
    {
        await using var app = WebChatApp.Start();
        var (_, code) = app.Invite("郑亚娜", Role.Examiner);
        var (_, spare) = app.Invite("钱卫东", Role.Examiner);
        using var browser = app.Client();
        var token = await app.SignIn(browser, code);

        for (var i = 1; i <= 9; i++) Assert.Equal(HttpStatusCode.NoContent, (await Send(browser, token, $"/start WRONG{i:D2}abcdefghijklmnop")).StatusCode);
        // The sign-in itself counted as one attempt of this address: the tenth /start is the eleventh attempt.
        var held = await Send(browser, token, "/start " + spare);

        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Matches(@"^邀请码错误次数太多：每分钟最多试 10 次。请 \d+ 秒后再试", await held.Content.ReadAsStringAsync());
        Assert.Null(app.Store.Roster.Invites.FindById(Secrets.Hash(spare))!.UsedAt);
    }

    [Fact]
    public async Task TheEleventhWrongCodeInAMinuteFromOneAccountIsHeldBackOnAnyChannel()
    {
        await using var app = WebChatApp.Start();
        var (_, code) = app.Invite("郑亚娜", Role.Examiner);
        var engine = app.Services.GetRequiredService<IConversationEngine>();
        var stranger = new ChatUser("telegram", "4242", "路人");
        var texts = Texts.For("zh");

        for (var i = 1; i <= 10; i++)
            Assert.Equal(texts.InviteUnknown, Text(await engine.HandleAsync(new ChatUpdate(stranger, i, Text: $"/start WRONG{i:D2}abcdefghijklmnop"))));
        var eleventh = Text(await engine.HandleAsync(new ChatUpdate(stranger, 11, Text: "/start WRONG11abcdefghijklmnop")));
        var right = Text(await engine.HandleAsync(new ChatUpdate(stranger, 12, Text: "/start " + code)));

        Assert.Matches(@"^邀请码错误次数太多：每分钟最多试 10 次。请 \d+ 秒后再试", eleventh);
        Assert.StartsWith("邀请码错误次数太多", right); // nothing is looked up while held back
        Assert.Null(app.Store.Roster.Invites.FindById(Secrets.Hash(code))!.UsedAt);
        // Another account is not held back by this one's guesses.
        var other = new ChatUser("wecom", "ZhengYaNa", "郑亚娜");
        Assert.StartsWith("欢迎", Text(await engine.HandleAsync(new ChatUpdate(other, 13, Text: "/start " + code))));
    }

    static string Text(IReadOnlyList<Reply> replies) => string.Join("\n", replies.OfType<TextReply>().Select(r => r.Text));

    static Task<HttpResponseMessage> Send(HttpClient browser, string token, string message)
    {
        var request = new HttpRequestMessage(HttpMethod.Post, "/chat?handler=Send")
        {
            Content = new FormUrlEncodedContent(new Dictionary<string, string> { ["message"] = message, ["__RequestVerificationToken"] = token }),
        };
        request.Headers.Add("X-Requested-With", "chat");
        return browser.SendAsync(request);
    }
}
