using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Channels;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Browser;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>The visit schedule on 村 and the reminder settings on 考核周期, in a real browser against the real app.</summary>
public class ConsoleScheduleTests
{
    static List<Visit> Visits(ConsoleApp app) => app.Services.GetRequiredService<VisitSchedule>().List(app.Period.Id).ToList();

    /// <summary>A village's card on 村 (a region named by the village).</summary>
    static ILocator Card(IPage page, string name) => page.GetByRole(AriaRole.Region, new() { Name = name, Exact = true });

    [Fact]
    public async Task AnAdminSetsChangesAndClearsAVisitAndTheExaminerIsToldInTheBrowserChat()
    {
        await using var app = await ConsoleApp.Start();
        var (admin, code) = app.Member("王主任", Role.Admin);
        var (examiner, examinerCode) = app.Member("郑亚娜", Role.Examiner);
        app.AddVillage("新庄村");
        app.AddVillage("东湾村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        var chat = await ChatPage.Open(await phone.Browser.NewContextAsync(new() { Locale = "zh-CN" }), app.BaseUrl);
        await chat.SignIn(examinerCode);

        await page.GetByRole(AriaRole.Link, new() { Name = "村", Exact = true }).ClickAsync();
        Assert.Contains("还没有安排考核日程", await page.Locator("main").InnerTextAsync());
        var card = Card(page, "新庄村");
        Assert.Contains("尚未安排考核时间", await card.InnerTextAsync());
        await card.GetByLabel("考核日期").FillAsync("2018-01-15");
        await card.GetByLabel("时间", new() { Exact = true }).FillAsync("09:00");
        await card.GetByLabel("地点或备注").FillAsync("村委会议室");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存安排" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync("已安排：新庄村 1月15日（星期一）9:00（村委会议室）。已通知考核组 1 人。");
        Assert.Equal([new Visit(1, "新庄村", new DateOnly(2018, 1, 15), new TimeOnly(9, 0), "村委会议室")], Visits(app));
        Assert.Equal(["1月15日 星期一", "9:00", "新庄村", "村委会议室"], await page.Locator("#schedule tbody tr td").AllInnerTextsAsync());
        Assert.Contains("1月15日（星期一） 9:00 · 村委会议室", await Card(page, "新庄村").InnerTextAsync());
        Assert.Equal("2018-01-15", await Card(page, "新庄村").GetByLabel("考核日期").InputValueAsync());
        var set = app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.VisitSet)!;
        Assert.Equal((admin.Id, "王主任", "web"), (set.MemberId, set.MemberName, set.Channel));
        await chat.Shows("📅 考核安排：1月15日（星期一）9:00到新庄村考核（村委会议室）。（考核办公室 王主任）");
        var notice = Assert.Single(app.Store.LiteDatabase().GetCollection<NotificationDoc>(NotificationDoc.Collection).FindAll());
        Assert.Equal((examiner.Id, VisitSchedule.NoticeKind, "web"), (notice.MemberId, notice.Kind, Assert.Single(notice.Channels)));

        // A second village at the same date and time: saved, with the warning the chat gives.
        card = Card(page, "东湾村");
        await card.GetByLabel("考核日期").FillAsync("2018-01-15");
        await card.GetByLabel("时间", new() { Exact = true }).FillAsync("09:00");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存安排" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已安排：东湾村 1月15日（星期一）9:00。");
        await Assertions.Expect(page.Locator("#same-time")).ToContainTextAsync("注意：新庄村也安排在这个时间");
        Assert.Equal(2, Visits(app).Count);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("villages-schedule-360.png"), FullPage = true });

        // Changed: the table follows, in order of date and time, and the examiner is told of the change.
        card = Card(page, "新庄村");
        await card.GetByLabel("考核日期").FillAsync("2018-01-16");
        await card.GetByLabel("时间", new() { Exact = true }).FillAsync("14:30");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存安排" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已修改新庄村的考核安排：1月15日（星期一）9:00 → 1月16日（星期二）14:30（村委会议室）");
        Assert.Equal(0, await page.Locator("#same-time").CountAsync());
        Assert.Equal(["东湾村", "新庄村"], await page.Locator("#schedule tbody tr td:nth-child(3)").AllInnerTextsAsync());
        await chat.Shows("📅 考核安排有变：新庄村改为 1月16日（星期二）14:30（原定 1月15日（星期一）9:00）（村委会议室）。");

        // Cleared.
        await Card(page, "新庄村").GetByRole(AriaRole.Button, new() { Name = "取消安排" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已取消新庄村的考核安排（原定 1月16日（星期二）14:30）。已通知考核组 1 人。");
        Assert.Equal(["东湾村"], Visits(app).Select(v => v.Village));
        Assert.Equal(0, await Card(page, "新庄村").GetByRole(AriaRole.Button, new() { Name = "取消安排" }).CountAsync());
        Assert.Contains("尚未安排：新庄村", await page.Locator("main").InnerTextAsync());
        var cleared = app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.VisitCleared)!;
        Assert.Equal((admin.Id, "web"), (cleared.MemberId, cleared.Channel));
        await chat.Shows("📅 新庄村原定 1月16日（星期二）14:30的考核已取消，时间另行通知。（考核办公室 王主任）");
        Assert.Empty(chat.Errors);
        await page.SetViewportSizeAsync(1366, 900);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("villages-schedule-desktop.png"), FullPage = true });
    }

    /// <summary>Takes away the inputs' own checks (required, maxlength), as a browser without them would send the form.</summary>
    static Task AsAnOldBrowser(ILocator card) =>
        card.Locator("input").EvaluateAllAsync<int>("inputs => { inputs.forEach(i => { i.removeAttribute('required'); i.removeAttribute('maxlength'); }); return inputs.length; }");

    [Fact]
    public async Task ARefusedVisitNamesTheFieldKeepsWhatWasTypedAndStoresNothing()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var village = app.AddVillage("新庄村");
        app.AddVillage("东湾村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GetByRole(AriaRole.Link, new() { Name = "村", Exact = true }).ClickAsync();
        var card = Card(page, "新庄村");

        // No date: the browser's own "required" stops it; a browser without it gets the page's sentence naming the field.
        await card.GetByRole(AriaRole.Button, new() { Name = "保存安排" }).ClickAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Alert).CountAsync());
        await AsAnOldBrowser(card);
        await card.GetByLabel("时间", new() { Exact = true }).FillAsync("09:00");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存安排" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("考核日期：请选择日期。没有保存。");
        Assert.Equal("09:00", await Card(page, "新庄村").GetByLabel("时间", new() { Exact = true }).InputValueAsync());

        // A note over 100 characters.
        card = Card(page, "新庄村");
        await AsAnOldBrowser(card);
        var tooLong = new string('村', VisitText.MaxNote + 1);
        await card.GetByLabel("考核日期").FillAsync("2018-01-15");
        await card.GetByLabel("地点或备注").FillAsync(tooLong);
        await card.GetByRole(AriaRole.Button, new() { Name = "保存安排" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("地点或备注：最多 100 个字，现在有 101 个字。没有保存。");
        Assert.Equal(tooLong, await Card(page, "新庄村").GetByLabel("地点或备注").InputValueAsync());
        Assert.Equal("2018-01-15", await Card(page, "新庄村").GetByLabel("考核日期").InputValueAsync());

        // A village removed meanwhile.
        app.Services.GetRequiredService<VillageRoster>().Remove(ConsoleApp.Setup, village.Id, force: true);
        card = Card(page, "新庄村");
        await card.GetByLabel("地点或备注").FillAsync("村部");
        await card.GetByRole(AriaRole.Button, new() { Name = "保存安排" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("没有这个村（可能已被删除）。");

        Assert.Empty(Visits(app));
        Assert.Null(app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.VisitSet));
        Assert.Equal(0, app.Store.LiteDatabase().GetCollection<NotificationDoc>(NotificationDoc.Collection).Count());
    }

    [Fact]
    public async Task AnAdminSetsTheReminderTimesAndTheRatingsDueDateOnThePeriodsPage()
    {
        await using var app = await ConsoleApp.Start();
        var (admin, code) = app.Member("王主任", Role.Admin);
        var village = app.AddVillage("新庄村");
        app.Services.GetRequiredService<VisitSchedule>().Set(ConsoleApp.Setup, app.Period.Id, village.Id, new DateOnly(2018, 1, 16), new TimeOnly(9, 0), null);
        var settings = app.Services.GetRequiredService<ReminderSettings>();
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "考核周期", Exact = true }).ClickAsync();
        var card = page.GetByRole(AriaRole.Region, new() { Name = app.Period.Name, Exact = true });
        Assert.Equal(("08:00", "19:30", ""), (await card.GetByLabel("早上提醒时间").InputValueAsync(), await card.GetByLabel("晚上提醒时间").InputValueAsync(),
            await card.GetByLabel("党政班子成员评分截止日期").InputValueAsync()));
        var hint = string.Join("\n", await card.Locator(".hint").AllInnerTextsAsync());
        Assert.Contains("留空则以最后一个考核日为截止日，现在是1月16日（星期二）。", hint);
        Assert.Contains("21:30 至次日 7:30 不发自动提醒", hint);

        // The morning after the evening: refused naming the field; what was typed stays, nothing is stored.
        await card.GetByLabel("早上提醒时间").FillAsync("20:00");
        await card.GetByLabel("晚上提醒时间").FillAsync("19:00");
        await card.GetByRole(AriaRole.Button, new() { Name = "更新提醒设置" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync("早上提醒时间：要早于晚上提醒时间（填的是早上 20:00、晚上 19:00）。没有保存。");
        card = page.GetByRole(AriaRole.Region, new() { Name = app.Period.Name, Exact = true });
        Assert.Equal("20:00", await card.GetByLabel("早上提醒时间").InputValueAsync());
        Assert.Equal((new TimeOnly(8, 0), new TimeOnly(19, 30), (DateOnly?)null), Times(settings.For(app.Period.Id)));
        Assert.Null(app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.RemindersChanged));

        await card.GetByLabel("早上提醒时间").FillAsync("07:45");
        await card.GetByLabel("晚上提醒时间").FillAsync("20:30");
        await card.GetByLabel("党政班子成员评分截止日期").FillAsync("2018-01-18");
        await card.GetByRole(AriaRole.Button, new() { Name = "更新提醒设置" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(
            $"{app.Period.Name}的提醒设置已保存：早上 7:45，晚上 20:30，党政班子成员评分截止 1月18日（星期四）。");
        Assert.Equal((new TimeOnly(7, 45), new TimeOnly(20, 30), (DateOnly?)new DateOnly(2018, 1, 18)), Times(settings.For(app.Period.Id)));
        var changed = app.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.RemindersChanged)!;
        Assert.Equal((admin.Id, "王主任", "web"), (changed.MemberId, changed.MemberName, changed.Channel));
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("periods-360.png"), FullPage = true });

        // An evening in the quiet hours is kept (the core holds it back), and the page says what that means; an empty date clears it.
        card = page.GetByRole(AriaRole.Region, new() { Name = app.Period.Name, Exact = true });
        await card.GetByLabel("晚上提醒时间").FillAsync("22:00");
        await card.GetByLabel("党政班子成员评分截止日期").FillAsync("");
        await card.GetByRole(AriaRole.Button, new() { Name = "更新提醒设置" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(
            $"{app.Period.Name}的提醒设置已保存：早上 7:45，晚上 22:00，党政班子成员评分截止 1月16日（星期二），即最后一个考核日。"
            + " 注意：晚上提醒时间 22:00 在 21:30 至次日 7:30 之间，这时不发自动提醒，会推迟到 7:30 以后。");
        Assert.Equal((new TimeOnly(7, 45), new TimeOnly(22, 0), (DateOnly?)null), Times(settings.For(app.Period.Id)));
    }

    [Fact]
    public async Task AnAdminWhoReadsEnglishSetsAVisitAndTheRemindersInEnglish()
    {
        await using var app = await ConsoleApp.Start();
        var (admin, code) = app.Member("王主任", Role.Admin);
        app.AddVillage("新庄村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        app.Services.GetRequiredService<MemberDirectory>().SetLanguage("web", $"m{admin.Id}", "en");

        await page.GotoAsync(app.BaseUrl + "/console/villages");
        var card = Card(page, "新庄村");
        await card.GetByLabel("Visit date").FillAsync("2018-01-15");
        await card.GetByLabel("Time", new() { Exact = true }).FillAsync("09:00");
        await card.GetByLabel("Place or note").FillAsync("村委会议室");
        await card.GetByRole(AriaRole.Button, new() { Name = "Save the visit" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新庄村");
        Assert.Equal(["15 Jan Mon", "9:00", "新庄村", "村委会议室"], await page.Locator("#schedule tbody tr td").AllInnerTextsAsync());
        await Card(page, "新庄村").GetByRole(AriaRole.Button, new() { Name = "Clear the visit" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新庄村");
        Assert.Empty(Visits(app));

        await page.GotoAsync(app.BaseUrl + "/console/periods");
        card = page.GetByRole(AriaRole.Region, new() { Name = app.Period.Name, Exact = true });
        await card.GetByLabel("Morning reminder").FillAsync("20:00");
        await card.GetByLabel("Evening reminder").FillAsync("19:00");
        await card.GetByRole(AriaRole.Button, new() { Name = "Update the reminders" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToHaveTextAsync(
            "Morning reminder: must be earlier than the evening reminder (morning 20:00, evening 19:00 were given). Nothing was saved.");
        card = page.GetByRole(AriaRole.Region, new() { Name = app.Period.Name, Exact = true });
        await card.GetByLabel("Morning reminder").FillAsync("08:30");
        await card.GetByLabel("Leadership ratings due by").FillAsync("2018-01-18");
        await card.GetByRole(AriaRole.Button, new() { Name = "Update the reminders" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToHaveTextAsync(
            $"{app.Period.Name}'s reminders are saved: morning 8:30, evening 19:00, leadership ratings due by Thu 18 Jan.");
    }

    static (TimeOnly, TimeOnly, DateOnly?) Times(ReminderTimes t) => (t.Morning, t.Evening, t.RatingsDueBy);

    [Fact]
    public async Task AnOfficeMemberSeesTheScheduleButNoFormsToChangeIt()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("李干事", Role.Office);
        var village = app.AddVillage("新庄村");
        app.Services.GetRequiredService<VisitSchedule>().Set(ConsoleApp.Setup, app.Period.Id, village.Id, new DateOnly(2018, 1, 15), new TimeOnly(9, 0), "村部");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GetByRole(AriaRole.Link, new() { Name = "村", Exact = true }).ClickAsync();
        Assert.Equal(["1月15日 星期一", "9:00", "新庄村", "村部"], await page.Locator("#schedule tbody tr td").AllInnerTextsAsync());
        Assert.Contains("1月15日（星期一） 9:00 · 村部", await Card(page, "新庄村").InnerTextAsync());
        Assert.Equal(0, await page.GetByLabel("考核日期").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "取消安排" }).CountAsync());
        Assert.DoesNotContain("__RequestVerificationToken", await page.Locator("main").InnerHTMLAsync()); // the header's own forms (language, sign-out) aside

        var forged = await page.Context.APIRequest.PostAsync(app.BaseUrl + $"/console/villages/?handler=ClearVisit&id={village.Id}",
            new() { Form = page.Context.APIRequest.CreateFormData() });
        Assert.Equal(400, forged.Status);
        Assert.Single(app.Services.GetRequiredService<VisitSchedule>().List(app.Period.Id));
        Assert.Equal(403, (await page.Context.APIRequest.GetAsync(app.BaseUrl + "/console/periods")).Status);
    }
}
