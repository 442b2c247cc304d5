using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Export;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.WebChat;

/// <summary>The browser chat in headless Chromium against the real bot on Kestrel, as examiners, leaders and the office use it.</summary>
public class BrowserChatTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    /// <summary>Starts the bot (a new database, or <paramref name="databasePath"/> again on <paramref name="port"/>); another provider's class overrides it.</summary>
    private protected virtual WebChatApp Start(string? databasePath = null, int? port = null) => WebChatApp.Start(databasePath, port);

    /// <summary>A 2 × 2 PNG, as a phone's photo would be (type sniffed from the bytes).</summary>
    internal static readonly byte[] Photo = Convert.FromBase64String(
        "iVBORw0KGgoAAAANSUhEUgAAAAIAAAACCAIAAAD91JpzAAAAFklEQVR4nGP8z8DAwMDAxMDAwMDAAAANHQEDasKb6QAAAABJRU5ErkJggg==");

    [Fact]
    public async Task AnExaminerSignsInWithACodeAndScoresByButtonsByQuickEntryAndWithAPhoto()
    {
        await using var app = Start();
        var xinzhuang = app.AddVillage("新庄村");
        var dongwan = app.AddVillage("东湾村");
        var (examiner, code) = app.Invite("郑亚娜", Role.Examiner);
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);

        await chat.Page.GotoAsync(app.BaseUrl + "/chat");
        await chat.Screenshot("signin-360");
        await chat.SignIn(code);
        await Assertions.Expect(chat.Page.GetByText("郑亚娜（考核组业务人员）")).ToBeVisibleAsync();
        Assert.Equal(examiner.Id, app.Members.FindByAccount("web", $"m{examiner.Id}")?.Id);
        Assert.NotNull(app.Store.Roster.Invites.FindById(Secrets.Hash(code))!.UsedAt);

        // By buttons: the village, the category, then 满分 / 满分 / 0 at the item prompts, each press turning the prompt into the next.
        await chat.Send("/score");
        await chat.Press("新庄村 0/117");
        await chat.Press("社会保险 0/3");
        await chat.Shows("社会保险 1/3");
        await chat.Screenshot("score-prompt-360");
        await chat.Page.GetByLabel("照片或文件").SetInputFilesAsync(new FilePayload { Name = "现场.png", MimeType = "image/png", Buffer = Photo });
        await chat.Shows("📎 已附上：");
        await Assertions.Expect(chat.Log.Locator(".msg.me img")).ToHaveCountAsync(1);
        await chat.Press("满分");
        await chat.Shows("社会保险 2/3");
        await chat.Press("满分");
        await chat.Shows("社会保险 3/3");
        await chat.Press("0");
        await chat.Shows("请核对：新庄村 · 社会保险");
        await chat.Screenshot("score-review-360");
        await chat.Press("确认");
        await chat.Shows("✓ 已确认：社会保险 90 分。");

        // By quick entry: the whole category typed at its first prompt.
        await chat.Send("/score");
        await chat.Press("东湾村 0/117");
        await chat.Press("社会保险 0/3");
        await chat.Shows("社会保险 1/3");
        await chat.Send("50 40 10");
        await chat.Shows("请核对：东湾村 · 社会保险");
        await chat.Press("确认");
        await chat.Shows("✓ 已确认：社会保险 100 分。");

        var scores = app.Store.Scores.Items.FindAll().Where(s => s.Category == 7).ToList();
        Assert.Equal([50m, 40m, 0m], scores.Where(s => s.VillageId == xinzhuang.Id).OrderBy(s => s.Item).Select(s => s.Value));
        Assert.Equal([50m, 40m, 10m], scores.Where(s => s.VillageId == dongwan.Id).OrderBy(s => s.Item).Select(s => s.Value));
        Assert.All(scores, s => Assert.Equal("web", s.Channel));
        Assert.Equal(1, app.Store.Evidence.Attachments.Count());
        await chat.Screenshot("score-done-360");
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task ALeaderRatesByMessageAndTheOfficeSeesTheRankingChartAndDownloadsTheWorkbook()
    {
        await using var app = Start();
        app.AddVillage("新庄村");
        var (_, code) = app.Invite("钱书记", Role.Leader, Role.Office);
        await using var context = await chromium.Desktop();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.SignIn(code);

        await chat.Send("新庄村 20 10 5 10 5 15 10 5 5 5 4 1 1 2 2");
        await chat.Press("确认");
        await chat.Shows("已保存：新庄村，合计 100 分。");
        Assert.Equal(100m, app.Store.Scores.Ratings.FindAll().Single().Values.Sum());

        await chat.Send("/ranking");
        var chart = chat.Log.Locator(".msg.bot img");
        await Assertions.Expect(chart).ToHaveCountAsync(1);
        await chart.ScrollIntoViewIfNeededAsync();
        Assert.Equal(1080, await chart.EvaluateAsync<int>("img => img.complete ? img.naturalWidth : new Promise(r => img.onload = () => r(img.naturalWidth))"));
        await chat.Screenshot("ranking-desktop");
        await chart.ClickAsync();
        var enlarged = chat.Page.Locator("#lightbox");
        await Assertions.Expect(enlarged).ToBeVisibleAsync();
        await chat.Screenshot("ranking-enlarged-desktop");
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "关闭" }).ClickAsync();
        await Assertions.Expect(enlarged).ToBeHiddenAsync();

        await chat.Send("/export");
        var workbookLink = chat.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^下载 2017年度综合考核评分表\.xlsx（") });
        var download = await chat.Page.RunAndWaitForDownloadAsync(() => workbookLink.ClickAsync());
        Assert.Equal("2017年度综合考核评分表.xlsx", download.SuggestedFilename);
        var path = await download.PathAsync();
        using (var workbook = new WorkbookReader(await File.ReadAllBytesAsync(path)))
            Assert.Contains(workbook.SheetNames, name => name.Contains("新庄村"));
        var csv = await chat.Page.RunAndWaitForDownloadAsync(() =>
            chat.Page.GetByRole(AriaRole.Link, new() { NameRegex = new System.Text.RegularExpressions.Regex(@"^下载 2017年度项目得分\.csv") }).ClickAsync());
        Assert.Contains("新庄村", await File.ReadAllTextAsync(await csv.PathAsync()));
        await chat.Screenshot("export-desktop");
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task AHostileVillageNameShowsAsTextAndWhatTheBotStartsItselfAppearsLiveAndStaysAfterAReload()
    {
        const string hostile = "<img src=x onerror=alert(1)>";
        await using var app = Start();
        app.AddVillage(hostile);
        var (examiner, code) = app.Invite("郑亚娜", Role.Examiner);
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.SignIn(code);

        await chat.Send("/score");
        var button = chat.Page.GetByRole(AriaRole.Button, new() { Name = hostile + " 0/117", Exact = true });
        await Assertions.Expect(button).ToBeVisibleAsync();
        // A message the bot starts itself (a reminder), queued inside a transaction as the schedule does.
        var notifier = app.Services.GetRequiredService<IMemberNotifier>();
        app.Store.Write(() => notifier.Notify(examiner.Id, _ => [new TextReply($"提醒：今天考核 {hostile}")], "reminder"));
        await chat.Shows($"提醒：今天考核 {hostile}");
        await chat.Screenshot("hostile-360");
        var shown = await chat.Messages.CountAsync();

        await chat.Page.ReloadAsync();
        await chat.Live();
        await chat.Shows($"提醒：今天考核 {hostile}");
        Assert.Equal(shown, await chat.Messages.CountAsync());
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Button, new() { Name = hostile + " 0/117", Exact = true })).ToBeVisibleAsync();

        Assert.Equal(0, await chat.Page.Locator("img[src='x']").CountAsync());
        Assert.Empty(chat.Dialogs);
        Assert.Empty(chat.Errors);
    }

    [Fact]
    public async Task AfterAServerRestartThePageReconnectsByItselfWithNothingLostOrShownTwice()
    {
        var first = Start();
        var (examiner, code) = first.Invite("郑亚娜", Role.Examiner);
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, first.BaseUrl);
        await chat.SignIn(code);
        await chat.Send("/help");
        await chat.Shows("/score");
        var before = await chat.Messages.CountAsync();
        var (databasePath, port) = (first.DatabasePath, first.Port);
        await first.DisposeAsync();
        await chat.Page.WaitForFunctionAsync("() => document.body.dataset.live === 'off'");
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Status)).ToHaveTextAsync("连接中断，正在重新连接…");

        await using var second = Start(databasePath, port);
        await chat.Live();
        var notifier = second.Services.GetRequiredService<IMemberNotifier>();
        second.Store.Write(() => notifier.Notify(examiner.Id, _ => [new TextReply("重启以后的提醒")], "reminder"));
        await chat.Shows("重启以后的提醒");
        // Still signed in, and the page's anti-forgery token still good: the keys are kept beside the database.
        await chat.Page.GetByLabel("消息").FillAsync("/lang en");
        await chat.Page.GetByRole(AriaRole.Button, new() { Name = "发送", Exact = true }).ClickAsync();
        await Assertions.Expect(chat.Page.GetByLabel("Message")).ToBeVisibleAsync();
        await Assertions.Expect(chat.Page.GetByRole(AriaRole.Button, new() { Name = "Send", Exact = true })).ToBeVisibleAsync();
        await chat.Live();
        await chat.Screenshot("english-360");

        var texts = await chat.Messages.Locator(".text").AllInnerTextsAsync();
        Assert.Equal(before + 3, texts.Count); // the reminder, "/lang en" and its answer
        Assert.Single(texts, t => t == "重启以后的提醒");
        Assert.Single(texts, t => t == "/help");
        Assert.DoesNotContain(chat.Errors, e => !e.Contains("net::ERR_CONNECTION_REFUSED") && !e.Contains("/chat/events"));
    }
}
