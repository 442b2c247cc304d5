using ChatAppraisal.Storage.LiteDb;
using System.Net;
using System.Text;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.WebChat;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 8: odd requests answered 500.</summary>
public sealed class OddRequestTests
{
    [Fact]
    public async Task PutDeleteAndPatchToAConsolePageAnswer405()
    {
        await using var app = WebChatApp.Start();
        var (_, code) = app.Invite("王主任", Role.Admin);
        using var browser = app.Client();
        await app.SignIn(browser, code);

        foreach (var method in new[] { HttpMethod.Put, HttpMethod.Delete, HttpMethod.Patch })
        {
            var response = await browser.SendAsync(new HttpRequestMessage(method, "/console/villages") { Content = new StringContent("name=x", Encoding.UTF8, "application/x-www-form-urlencoded") });
            Assert.Equal(HttpStatusCode.MethodNotAllowed, response.StatusCode);
            Assert.Contains("POST", response.Content.Headers.Allow);
        }
        Assert.Equal(HttpStatusCode.OK, (await browser.GetAsync("/console/villages")).StatusCode);
    }

    [Fact]
    public async Task AnUploadWhoseFileNameHoldsAnUnescapedQuoteAnswers400AndStoresNothing()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("郑亚娜", Role.Examiner);
        using var browser = app.Client();
        var token = await app.SignIn(browser, code);
        const string boundary = "----hardening";
        var body = $"--{boundary}\r\nContent-Disposition: form-data; name=\"__RequestVerificationToken\"\r\n\r\n{token}\r\n" +
                   $"--{boundary}\r\nContent-Disposition: form-data; name=\"file\"; filename=\"a\"b.png\"\r\nContent-Type: image/png\r\n\r\nPNGDATA\r\n" +
                   $"--{boundary}--\r\n";
        var content = new ByteArrayContent(Encoding.UTF8.GetBytes(body));
        content.Headers.TryAddWithoutValidation("Content-Type", $"multipart/form-data; boundary={boundary}");
        var request = new HttpRequestMessage(HttpMethod.Post, "/chat?handler=Upload") { Content = content };
        request.Headers.Add("X-Requested-With", "chat");

        var response = await browser.SendAsync(request);

        Assert.Equal(HttpStatusCode.BadRequest, response.StatusCode);
        var chatId = $"m{member.Id}";
        Assert.Empty(app.Store.LiteDatabase().GetCollection<Bot.Channels.Web.WebMessageDoc>(Bot.Channels.Web.WebMessageDoc.Collection)
            .Find(m => m.ChatId == chatId && m.FromMember));
    }
}
