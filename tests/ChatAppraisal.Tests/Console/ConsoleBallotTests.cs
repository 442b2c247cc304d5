using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Ballots;
using ChatAppraisal.Tests.Browser;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Playwright;

namespace ChatAppraisal.Tests.Console;

/// <summary>The democratic evaluation (民主测评) on the console's village sheet, in a real browser against the real app.</summary>
public partial class ConsoleBallotTests
{
    /// <summary>The sheet page's top: the seal, the ballot and the first categories (the whole sheet is in sheet-360.png).</summary>
    static readonly Clip Top = new() { X = 0, Y = 0, Width = 360, Height = 1500 };

    static string SheetUrl(ConsoleApp app, VillageDoc village) => $"{app.BaseUrl}/console/villages/{village.Id}";

    static BallotBook Book(ConsoleApp app) => app.Services.GetRequiredService<BallotBook>();

    static decimal? Score(ConsoleApp app, VillageDoc village, string category, string item)
    {
        var (c, i) = BallotPolicies.Locate(app.Period.Rubric, new FedItem(category, item))!.Value;
        return app.Store.Scores.Items.FindById(ItemScoreDoc.Key(app.Period.Id, village.Id, c, i))?.Value;
    }

    /// <summary>A ballot of <paramref name="slips"/> opened and voted on through the core, as the chat and the voting page do.</summary>
    static BallotDoc Voted(ConsoleApp app, VillageDoc village, int slips, params BallotGrade[] votes)
    {
        var ballot = Book(app).Open(ConsoleApp.Setup, app.Period, village.Id, slips).Ballot!;
        var codes = Book(app).Codes(ballot.Id);
        for (var i = 0; i < votes.Length; i++) Assert.Equal(VoteOutcome.Counted, Book(app).Vote(codes[i], votes[i]));
        return Book(app).Find(ballot.Id)!;
    }

    /// <summary>
    /// These tests close ballots of a few votes to see the proposal: the period's minimum (default 5) is lowered to 1.
    /// ConsoleSecretBallotTests keeps the default.
    /// </summary>
    static void AnyVoteCounts(ConsoleApp app) =>
        Assert.Empty(app.Services.GetRequiredService<BallotPolicies>().Set(app.Period, new BallotPolicyDoc { MinimumVotes = 1 }));

    [Fact]
    public async Task AnAdminOpensABallotPrintsItsSlipsSeesTheVotesClosesItAndUsesTheProposedScores()
    {
        await using var app = await ConsoleApp.Start();
        AnyVoteCounts(app);
        var (admin, code) = app.Member("王主任", Role.Admin);
        var village = app.AddVillage("新庄村");
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GotoAsync(SheetUrl(app, village));
        var ballotSection = page.GetByRole(AriaRole.Region, new() { Name = "民主测评" });
        await Assertions.Expect(ballotSection).ToContainTextAsync("本考核周期还没有对本村开展民主测评");

        // Not a number of slips: refused in Chinese naming the field; nothing stored.
        foreach (var typed in new[] { "0", "abc", "501" })
        {
            await page.GetByLabel("测评票数").FillAsync(typed);
            await page.GetByRole(AriaRole.Button, new() { Name = "开始测评" }).ClickAsync();
            await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("测评票数：请填写 1 到 500 之间的整数");
            Assert.Empty(Book(app).InPeriod(app.Period.Id));
        }

        await page.GetByLabel("测评票数").FillAsync("5");
        await page.GetByRole(AriaRole.Button, new() { Name = "开始测评" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已开始新庄村的民主测评：共 5 张票（1 页 A4）");
        var ballot = Assert.Single(Book(app).InPeriod(app.Period.Id));
        Assert.Equal((5, village.Id, admin.Id, "王主任"), (ballot.Issued, ballot.VillageId, ballot.OpenedBy, ballot.OpenedByName));
        AssertAudited(app, AuditActions.BallotOpened, admin, $"民主测评票 #{ballot.Id}：发出 5 张");
        var codes = Book(app).Codes(ballot.Id);
        var links = app.Services.GetRequiredService<BallotLinks>();

        // The slips: the A4 PNG the chat sends, its QR codes the links of this ballot's codes.
        var slips = await Download(page, app, "第 1 页（第 1–5 张）");
        Assert.Equal(codes.Select(links.LinkFor), SlipImages.Links(slips));
        Assert.Equal(SlipSheet.Pages("新庄村", codes, links)[0], slips);

        // Votes cast through the core show in the count after a reload: while open, how many voted, no grade.
        foreach (var (slip, grade) in codes.Zip([BallotGrade.Good, BallotGrade.Good, BallotGrade.FairlyGood, BallotGrade.Fair]))
            Assert.Equal(VoteOutcome.Counted, Book(app).Vote(slip, grade));
        await page.ReloadAsync();
        Assert.Equal(["发出", "已收", "好", "较好", "一般", "较差"], await page.Locator("#ballot-tally thead th").AllInnerTextsAsync());
        Assert.Equal(["5", "4", "—", "—", "—", "—"], await page.Locator("#ballot-tally tbody td").AllInnerTextsAsync());
        await Assertions.Expect(ballotSection).ToContainTextAsync("测评进行中只显示收票数");
        await Assertions.Expect(ballotSection).ToContainTextAsync("进行中");
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("sheet-ballot-360.png"), FullPage = true, Clip = Top });
        await ballotSection.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("sheet-ballot-section-360.png") });
        await page.SetViewportSizeAsync(1366, 900);
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("sheet-ballot-desktop.png") });
        await page.SetViewportSizeAsync(360, 740);

        // More slips: refused beyond the room left; the new ones are offered on their own pages.
        await page.GetByLabel("加票张数").FillAsync("496");
        await page.GetByRole(AriaRole.Button, new() { Name = "加票", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("加票张数：请填写 1 到 495 之间的整数");
        await page.GetByLabel("加票张数").FillAsync("3");
        await page.GetByRole(AriaRole.Button, new() { Name = "加票", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("已加 3 张票，现共 8 张");
        AssertAudited(app, AuditActions.BallotSlipsAdded, admin, $"民主测评票 #{ballot.Id}：加 3 张，共 8 张");
        var all = Book(app).Codes(ballot.Id);
        Assert.Equal(codes, all.Take(5));
        Assert.Equal(all.Skip(5).Select(links.LinkFor), SlipImages.Links(await Download(page, app, "第 1 页（第 6–8 张）")));
        Assert.Equal(all.Select(links.LinkFor), SlipImages.Links(await Download(page, app, "第 1 页（第 1–8 张）")));

        // Closed by the admin: the proposed scores (好 2, 较好 1, 一般 1 of 4: 0.85 of each maximum).
        // With slips still out, the first press asks once more and closes nothing.
        await page.GetByRole(AriaRole.Button, new() { Name = "结束测评", Exact = true }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("还有 4 张票没有投（已收 4/8）");
        Assert.False(Book(app).Find(ballot.Id)!.Closed);
        await page.GetByRole(AriaRole.Button, new() { Name = "仍然结束测评" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("新庄村的民主测评已结束");
        ballot = Book(app).Find(ballot.Id)!;
        Assert.True(ballot.Closed);
        Assert.Equal("王主任", ballot.ClosedByName);
        AssertAudited(app, AuditActions.BallotClosed, admin, $"民主测评票 #{ballot.Id}：已收 4/8");
        Assert.Equal(VoteOutcome.BallotClosed, Book(app).Vote(all[6], BallotGrade.Poor));
        Assert.Equal(0, await page.GetByRole(AriaRole.Link, new() { Name = "第 1 页（第 1–8 张）" }).CountAsync());
        Assert.Equal(["8", "4", "2", "1", "1", "0"], await page.Locator("#ballot-tally tbody td").AllInnerTextsAsync());
        var proposal = page.Locator("#ballot-proposal tbody tr");
        Assert.Equal(2, await proposal.CountAsync());
        Assert.Contains("党建工作 · 民主测评", await proposal.Nth(0).InnerTextAsync());
        Assert.Contains("4.25", await proposal.Nth(0).InnerTextAsync());
        Assert.Contains("8.5", await proposal.Nth(1).InnerTextAsync());
        Assert.Null(Score(app, village, "党建工作", "民主测评"));
        await page.ScreenshotAsync(new() { Path = ConsoleBrowser.Shot("sheet-ballot-closed-360.png"), FullPage = true, Clip = Top });

        await page.GetByRole(AriaRole.Button, new() { Name = "采用建议得分" }).ClickAsync();
        await Assertions.Expect(page.GetByRole(AriaRole.Status)).ToContainTextAsync("建议得分已写入新庄村的评分表");
        Assert.Equal(4.25m, Score(app, village, "党建工作", "民主测评"));
        Assert.Equal(8.5m, Score(app, village, "党风廉政建设", "民主评议"));
        var audit = app.Store.Audit.Entries.FindAll().Where(a => a.Action == AuditActions.ScoreSet).ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal((admin.Id, "王主任", "web"), (a.MemberId, a.MemberName, a.Channel)));
        Assert.All(audit, a => Assert.Equal($"民主测评票 #{ballot.Id}：已收 4/8，好 2、较好 1、一般 1、较差 0", a.Detail));
        await Assertions.Expect(ballotSection).ToContainTextAsync("评分表中已是这些得分");
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "采用建议得分" }).CountAsync());
    }

    [Fact]
    public async Task ASheetSealedAfterThePageWasShownRefusesTheProposedScoresAndAnEarlierPeriodIsReadOnly()
    {
        await using var app = await ConsoleApp.Start();
        AnyVoteCounts(app);
        var (_, code) = app.Member("王主任", Role.Admin);
        var village = app.AddVillage("新庄村");
        var ballot = Voted(app, village, 3, BallotGrade.Good, BallotGrade.Poor);
        Book(app).Close(ConsoleApp.Setup, ballot.Id);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;
        await page.GotoAsync(SheetUrl(app, village));
        Assert.Contains("2.5", await page.Locator("#ballot-proposal tbody tr").First.InnerTextAsync());

        Assert.Equal(SealRefusal.None, app.Services.GetRequiredService<Sheets>().Seal(new Actor(0, "张晓岩", "test"), app.Period, village.Id));
        await page.GetByRole(AriaRole.Button, new() { Name = "采用建议得分" }).ClickAsync();

        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("没有保存：新庄村的评分表已由张晓岩于");
        await Assertions.Expect(page.GetByRole(AriaRole.Alert)).ToContainTextAsync("签字密封，不能再修改");
        Assert.Equal(0, app.Store.Scores.Items.Count());
        Assert.DoesNotContain(app.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.ScoreSet);
        await Assertions.Expect(page.GetByText("评分表已签字密封，不能写入建议得分")).ToBeVisibleAsync();
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "采用建议得分" }).CountAsync());

        // Another period active: this one's ballot is shown, with no form even for an admin.
        var first = app.Period;
        var setup = app.Services.GetRequiredService<PeriodSetup>();
        var next = setup.Create(ConsoleApp.Setup, "2019年度", first.Id).Period!;
        setup.Activate(ConsoleApp.Setup, next.Id);
        await page.GotoAsync(SheetUrl(app, village) + "?period=" + first.Id);
        Assert.Equal(["3", "2", "1", "0", "0", "1"], await page.Locator("#ballot-tally tbody td").AllInnerTextsAsync());
        await Assertions.Expect(page.GetByText("这不是当前考核周期，只能查看。")).ToBeVisibleAsync();
        Assert.Equal(0, await page.Locator("#ballot form").CountAsync());
        await page.GotoAsync(SheetUrl(app, village));
        await Assertions.Expect(page.GetByRole(AriaRole.Button, new() { Name = "开始测评" })).ToBeVisibleAsync();
    }

    [Fact]
    public async Task AnOfficeMemberSeesTheTallyButNoFormsNorSlipsAndAPostIsForbidden()
    {
        await using var app = await ConsoleApp.Start();
        AnyVoteCounts(app);
        var (_, code) = app.Member("李干事", Role.Office);
        var village = app.AddVillage("东岗村");
        var ballot = Voted(app, village, 12, BallotGrade.Good, BallotGrade.FairlyGood, BallotGrade.FairlyGood);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GotoAsync(SheetUrl(app, village));
        Assert.Equal(["12", "3", "—", "—", "—", "—"], await page.Locator("#ballot-tally tbody td").AllInnerTextsAsync());
        Assert.Equal(0, await page.Locator("main form").CountAsync());
        Assert.Equal(0, await page.Locator("#ballot a").CountAsync());
        Assert.DoesNotContain("__RequestVerificationToken", await page.Locator("main").InnerHTMLAsync()); // the header's own forms (language, sign-out) aside

        // The slips are the votes: not for the office, even by typing the address.
        var slips = await page.Context.APIRequest.GetAsync(SheetUrl(app, village) + "?handler=Slips&pageNo=1");
        Assert.Equal(403, slips.Status);
        Assert.Equal("这个页面需要“管理员”角色；您的角色：考核办公室。", await slips.TextAsync());

        // A post with a valid token (the chat page's) is still forbidden, and changes nothing.
        var chat = await (await page.Context.APIRequest.GetAsync(app.BaseUrl + "/chat")).TextAsync();
        var token = TokenPattern().Match(chat).Groups[1].Value;
        Assert.NotEmpty(token);
        var close = await page.Context.APIRequest.PostAsync(SheetUrl(app, village) + "?handler=CloseBallot",
            new() { Form = page.Context.APIRequest.CreateFormData().Set("__RequestVerificationToken", token) });
        Assert.Equal(403, close.Status);
        Assert.False(Book(app).Find(ballot.Id)!.Closed);

        Book(app).Close(ConsoleApp.Setup, ballot.Id);
        await page.ReloadAsync();
        Assert.Contains("已结束", await page.GetByRole(AriaRole.Region, new() { Name = "民主测评" }).InnerTextAsync());
        Assert.Equal(["12", "3", "1", "2", "0", "0"], await page.Locator("#ballot-tally tbody td").AllInnerTextsAsync());
        Assert.Equal(2, await page.Locator("#ballot-proposal tbody tr").CountAsync());
        Assert.Equal(0, await page.Locator("main form").CountAsync());
    }

    [Fact]
    public async Task ABallotClosedWithFewerVotesThanTheMinimumShowsNoGradeAndProposesNothing()
    {
        await using var app = await ConsoleApp.Start();
        var (_, code) = app.Member("王主任", Role.Admin);
        var village = app.AddVillage("新庄村");
        var ballot = Voted(app, village, 10, BallotGrade.Good, BallotGrade.Good, BallotGrade.Poor);
        Book(app).Close(ConsoleApp.Setup, ballot.Id);
        await using var phone = await ConsoleBrowser.SignIn(app, code);
        var page = phone.Page;

        await page.GotoAsync(SheetUrl(app, village));

        Assert.Equal(["10", "3", "—", "—", "—", "—"], await page.Locator("#ballot-tally tbody td").AllInnerTextsAsync());
        await Assertions.Expect(page.GetByRole(AriaRole.Region, new() { Name = "民主测评" }))
            .ToContainTextAsync("只收到 3 票，少于本年度规定的最少 5 票：为保护投票人，各等次票数不公布，也不折算得分。");
        Assert.Equal(0, await page.Locator("#ballot-proposal").CountAsync());
        Assert.Equal(0, await page.GetByRole(AriaRole.Button, new() { Name = "采用建议得分" }).CountAsync());
        Assert.Equal(0, app.Store.Scores.Items.Count());
    }

    /// <summary>The one audit entry of <paramref name="action"/>: the admin by id and name, on channel "web".</summary>
    static void AssertAudited(ConsoleApp app, string action, MemberDoc admin, string detail)
    {
        var entry = Assert.Single(app.Store.Audit.Entries.FindAll(), a => a.Action == action);
        Assert.Equal((admin.Id, "王主任", "web", detail), (entry.MemberId, entry.MemberName, entry.Channel, entry.Detail));
    }

    static async Task<byte[]> Download(IPage page, ConsoleApp app, string link)
    {
        var href = await page.GetByRole(AriaRole.Link, new() { Name = link, Exact = true }).GetAttributeAsync("href");
        var response = await page.Context.APIRequest.GetAsync(app.BaseUrl + href);
        Assert.Equal(200, response.Status);
        Assert.Equal("image/png", response.Headers["content-type"]);
        var body = await response.BodyAsync();
        Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], body[..4]);
        return body;
    }

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenPattern();
}
