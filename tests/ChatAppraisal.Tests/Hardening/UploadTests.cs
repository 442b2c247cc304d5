using ChatAppraisal.Storage.LiteDb;
using System.Net;
using System.Net.Http.Headers;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Channels;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Hardening;

/// <summary>Finding 5: refused uploads were kept, outside the evidence quota and without a rate limit.</summary>
public sealed class UploadTests
{
    static readonly byte[] Png = Convert.FromBase64String("iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==");

    [Fact]
    public async Task ARefusedUploadLeavesNoBytes()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("郑亚娜", Role.Office); // the office may not attach evidence
        using var browser = app.Client();
        var token = await app.SignIn(browser, code);

        for (var i = 0; i < 3; i++) Assert.Equal(HttpStatusCode.NoContent, (await Upload(browser, token, new byte[1024 * 1024], $"ledger{i}.pdf")).StatusCode);

        await Eventually(async () => (await browser.GetStringAsync("/chat")).Split("这里不收照片或文件").Length == 4);
        Assert.Empty(TranscriptFiles(app.Store).FindAll());
        Assert.Equal(0, app.Services.GetRequiredService<Attachments>().TotalBytes());
        var uploads = Messages(app.Store, member.Id).Where(m => m.Kind == "file").ToList();
        Assert.Equal(3, uploads.Count);
        Assert.All(uploads, m => Assert.Null(m.FileId));
        Assert.Equal(HttpStatusCode.NotFound, (await browser.GetAsync($"/chat/files/{uploads[0].Id}")).StatusCode);
    }

    [Fact]
    public async Task AnUploadTakenAsEvidenceIsKeptOnceAndDownloadsFromTheTranscript()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("郑亚娜", Role.Examiner);
        using var browser = app.Client();
        var token = await app.SignIn(browser, code);

        Assert.Equal(HttpStatusCode.NoContent, (await Upload(browser, token, Png, "ledger.png")).StatusCode);

        var upload = Messages(app.Store, member.Id).Single(m => m.Kind == "file");
        Assert.NotNull(upload.EvidenceId);
        Assert.Equal(Png, await browser.GetByteArrayAsync($"/chat/files/{upload.Id}"));
        Assert.Empty(TranscriptFiles(app.Store).FindAll()); // one copy: the evidence's
    }

    [Fact]
    public async Task TheThirtyFirstUploadInAMinuteIsHeldBackWithASentence()
    {
        await using var app = WebChatApp.Start();
        var (member, code) = app.Invite("郑亚娜", Role.Office);
        using var browser = app.Client();
        var token = await app.SignIn(browser, code);

        for (var i = 1; i <= 30; i++) Assert.Equal(HttpStatusCode.NoContent, (await Upload(browser, token, [1, 2, 3], $"n{i}.txt")).StatusCode);
        var held = await Upload(browser, token, [1, 2, 3], "n31.txt");

        Assert.Equal(HttpStatusCode.TooManyRequests, held.StatusCode);
        Assert.Matches(@"^文件发得太快了：每分钟最多 30 个。这个文件没有保存，请 \d+ 秒后再发。$", await held.Content.ReadAsStringAsync());
        Assert.Equal(30, Messages(app.Store, member.Id).Count(m => m.Kind == "file"));
    }

    [Fact]
    public async Task TheTranscriptsFilesCountTowardTheAttachmentsLimit()
    {
        await using var app = new WebBotApp(settings: new Dictionary<string, string?> { ["Storage:MaxAttachmentsMegabytes"] = "1" });
        app.StartServer();
        var members = app.Services.GetRequiredService<MemberDirectory>();
        var examiner = members.Add("郑亚娜", [Role.Examiner]);
        // A workbook the bot sent to the chat fills the megabyte.
        app.Services.GetRequiredService<WebTranscript>().Deliver($"m{examiner.Id}", new DocumentReply(new byte[1024 * 1024 - 10], "评分表.xlsx"));
        using var browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, CookieContainer = new CookieContainer() }) { BaseAddress = new Uri(app.BaseUrl) };
        var token = await SignIn(browser, members.CreateInvite(examiner.Id).Code);

        Assert.Equal(HttpStatusCode.NoContent, (await Upload(browser, token, Png, "ledger.png")).StatusCode);

        await Eventually(async () => (await browser.GetStringAsync("/chat")).Contains("附件存储已满（上限 1 MB）"));
        Assert.Equal(0, app.Services.GetRequiredService<AppraisalStore>().LiteDatabase().GetCollection<AttachmentDoc>(ChatAppraisal.Storage.EvidenceStore.AttachmentsCollection.Name).Count());
    }

    static LiteDB.ILiteStorage<string> TranscriptFiles(AppraisalStore store) =>
        store.LiteDatabase().GetStorage<string>(WebTranscript.FileStorageName, WebTranscript.ChunkCollectionName);

    static IEnumerable<WebMessageDoc> Messages(AppraisalStore store, int memberId)
    {
        var chatId = $"m{memberId}";
        return store.LiteDatabase().GetCollection<WebMessageDoc>(WebMessageDoc.Collection).Find(m => m.ChatId == chatId).ToList();
    }

    internal static async Task<HttpResponseMessage> Upload(HttpClient browser, string token, byte[] content, string fileName)
    {
        using var form = new MultipartFormDataContent();
        var file = new ByteArrayContent(content);
        file.Headers.ContentType = new MediaTypeHeaderValue(fileName.EndsWith(".png") ? "image/png" : "application/octet-stream");
        form.Add(file, "file", fileName);
        form.Add(new StringContent(token), "__RequestVerificationToken");
        using var request = new HttpRequestMessage(HttpMethod.Post, "/chat?handler=Upload") { Content = form };
        request.Headers.Add("X-Requested-With", "chat");
        return await browser.SendAsync(request);
    }

    /// <summary>Signs an HttpClient in with a code at /chat; returns the chat page's anti-forgery token.</summary>
    static async Task<string> SignIn(HttpClient browser, string code)
    {
        var form = await browser.GetStringAsync("/chat");
        var signIn = await browser.PostAsync("/chat?handler=SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = code, ["__RequestVerificationToken"] = WebChatApp.Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return WebChatApp.Token(await browser.GetStringAsync("/chat"));
    }

    static async Task Eventually(Func<Task<bool>> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(10);
        while (!await condition())
        {
            Assert.True(DateTime.UtcNow < deadline, "not within 10 s");
            await Task.Delay(100);
        }
    }
}
