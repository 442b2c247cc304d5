using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Conversations;
using ChatAppraisal.Export;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Export;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Ballots;

/// <summary>/ballot and /ballotscore through the engine, over a real database (votes cast through the ballot book here; the HTTP tests cast them through the page).</summary>
public class BallotChatTests
{
    static ChatHarness Chat() => new(configure: s => s.AddBallots());

    static BallotBook Book(ChatHarness chat) => chat.Services.GetRequiredService<BallotBook>();

    static BallotDoc Ballot(ChatHarness chat, string village = "新庄村") => Book(chat).ForVillage(chat.Period.Id, chat.Village(village).Id)!;

    /// <summary>Casts 20 好, 6 较好, 2 一般 on the ballot's first 28 codes.</summary>
    static void CastTwentyEight(ChatHarness chat, BallotDoc ballot)
    {
        var codes = Book(chat).Codes(ballot.Id);
        for (var i = 0; i < 28; i++)
            Assert.Equal(VoteOutcome.Counted, Book(chat).Vote(codes[i], i < 20 ? BallotGrade.Good : i < 26 ? BallotGrade.FairlyGood : BallotGrade.Fair));
    }

    [Fact]
    public async Task AnExaminerOpensABallotAndGetsA4PagesWhoseQrCodesAreTheSlipsLinks()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();

        var replies = await chat.Send(examiner, "/ballot 新庄 12");

        Assert.Contains("新庄村民主测评已开始：共 12 张票，2 页 A4", replies.Text());
        Assert.Contains("http://127.0.0.1:5080/v 输入票上的编码", replies.Text());
        var pages = replies.OfType<DocumentReply>().ToList();
        Assert.Equal(2, pages.Count);
        Assert.Equal(["新庄村民主测评票-001起-第1页.png", "新庄村民主测评票-011起-第2页.png"], pages.Select(p => p.FileName));
        Assert.Equal("新庄村民主测评票 第 1/2 页（A4）", pages[0].Caption);
        SlipImages.Save("slips-page-1.png", pages[0].Content);

        var links = pages.SelectMany(p => SlipImages.Links(p.Content)).ToList();
        var ballot = Ballot(chat);
        var codes = Book(chat).Codes(ballot.Id);
        Assert.Equal(12, ballot.Issued);
        Assert.Equal(12, codes.Count);
        Assert.Equal(codes.Select(c => $"http://127.0.0.1:5080/v/{c}").Order(), links.Order());
        Assert.Equal(10, SlipImages.Links(pages[0].Content).Count);
    }

    [Fact]
    public async Task TheGroupLeaderMayOpenABallotButALeaderMayNot()
    {
        using var chat = Chat();
        var leader = chat.Member("苏虎林", Role.Leader);
        Assert.Contains("只有考核组业务人员或考核组长可以组织民主测评", (await chat.Send(leader, "/ballot 新庄村 35")).Text());
        Assert.Null(Book(chat).ForVillage(chat.Period.Id, chat.Village("新庄村").Id));

        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        var replies = await chat.Send(groupLeader, "/ballot 新庄村 35");
        Assert.Equal(4, replies.OfType<DocumentReply>().Count());
        Assert.Equal(35, Ballot(chat).Issued);
        var links = replies.OfType<DocumentReply>().SelectMany(p => SlipImages.Links(p.Content)).ToList();
        Assert.Equal(Book(chat).Codes(Ballot(chat).Id).Select(c => $"http://127.0.0.1:5080/v/{c}").Order(), links.Order());
    }

    [Fact]
    public async Task WhileOpenTheCountShowsOnlyVotesCastOfSlipsIssuedAndOnceClosedEachGrade()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        await chat.Send(examiner, "/ballot 新庄村 35");
        Assert.Contains("新庄村民主测评（进行中）\n已收 0/35\n", (await chat.Send(examiner, "/ballot 新庄村")).Text());

        CastTwentyEight(chat, Ballot(chat));

        // Secret while open: no grade's name or count in any answer, only the turnout.
        var count = (await chat.Send(examiner, "/ballot 新庄村")).Text();
        Assert.Contains("新庄村民主测评（进行中）\n已收 28/35\n", count);
        var list = (await chat.Send(examiner, "/ballot")).Text();
        Assert.Contains("新庄村（进行中）已收 28/35\n", list + "\n");
        foreach (var answer in new[] { count, list })
            Assert.DoesNotMatch("(好|较好|一般|较差) \\d", answer);

        await chat.Send(examiner, "/ballot 新庄村 close");
        Assert.Contains("新庄村民主测评（已结束）\n已收 28/35：好 20、较好 6、一般 2、较差 0", (await chat.Send(examiner, "/ballot 新庄村")).Text());
    }

    [Fact]
    public async Task SlipsAreAddedToAnOpenBallotUpToFiveHundredAndBadCountsAreRefusedWithTheRule()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        Assert.Contains("票数要是 1 到 500 之间的整数", (await chat.Send(examiner, "/ballot 新庄村 0")).Text());
        Assert.Contains("票数要是 1 到 500 之间的整数", (await chat.Send(examiner, "/ballot 新庄村 501")).Text());
        Assert.Null(Book(chat).ForVillage(chat.Period.Id, chat.Village("新庄村").Id));

        await chat.Send(examiner, "/ballot 新庄村 35");
        Assert.Contains("不能再开一次", (await chat.Send(examiner, "/ballot 新庄村 40")).Text());
        var added = await chat.Send(examiner, "/ballot 新庄村 add 10");
        Assert.Contains("新庄村民主测评已加 10 张票（1 页），现共 45 张", added.Text());
        var page = Assert.Single(added.OfType<DocumentReply>());
        Assert.Equal("新庄村民主测评票-036起-第1页.png", page.FileName);
        Assert.Equal(10, SlipImages.Links(page.Content).Count);
        Assert.Equal(45, Book(chat).Codes(Ballot(chat).Id).Distinct().Count());

        Assert.Contains("加票张数要是 1 到 455 之间的整数", (await chat.Send(examiner, "/ballot 新庄村 add 456")).Text());
        Assert.Contains("加票张数要是 1 到 455 之间的整数", (await chat.Send(examiner, "/ballot 新庄村 add")).Text());
        Assert.Equal(45, Ballot(chat).Issued);
    }

    [Fact]
    public async Task ClosingProposesTheScoresAndConfirmingStoresThemAuditedWithTheBallotNamed()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        await chat.Send(examiner, "/ballot 新庄村 35");
        var ballot = Ballot(chat);
        CastTwentyEight(chat, ballot);

        var closed = (await chat.Send(examiner, "/ballot 新庄村 close")).Text();

        Assert.Contains("新庄村民主测评已结束，之后的投票不再计入。\n已收 28/35：好 20、较好 6、一般 2、较差 0", closed);
        Assert.Contains("权重 好 1、较好 0.8、一般 0.6、较差 0", closed);
        Assert.Contains("· 党建工作 · 民主测评（满分 5 分）：4.64 分", closed);
        Assert.Contains("· 党风廉政建设 · 民主评议（满分 10 分）：9.29 分", closed);
        Assert.Equal(["确认", "取消"], chat.Buttons(examiner).Select(b => b.Label));
        Assert.Equal(VoteOutcome.BallotClosed, Book(chat).Vote(Book(chat).Codes(ballot.Id)[30], BallotGrade.Poor));
        Assert.Empty(chat.Scores());

        var stored = (await chat.Press(examiner, "确认")).Text();

        Assert.Contains("已写入新庄村的评分表（已记入审计记录）", stored);
        var (dangJian, item) = BallotPolicies.Locate(chat.Period.Rubric, new FedItem("党建工作", "民主测评"))!.Value;
        var (lianZheng, item2) = BallotPolicies.Locate(chat.Period.Rubric, new FedItem("党风廉政建设", "民主评议"))!.Value;
        Assert.Equal(4.64m, chat.Score(dangJian, item));
        Assert.Equal(9.29m, chat.Score(lianZheng, item2));
        var audit = chat.Audit().Where(a => a.Action == AuditActions.ScoreSet).ToList();
        Assert.Equal(2, audit.Count);
        Assert.All(audit, a => Assert.Equal($"民主测评票 #{ballot.Id}：已收 28/35，好 20、较好 6、一般 2、较差 0", a.Detail));
        Assert.All(audit, a => Assert.Equal("郑亚娜", a.MemberName));
        Assert.Contains("您可以：", (await chat.Send(examiner, "确认")).Text());
    }

    [Fact]
    public async Task CancellingStoresNothingAndBallotScoreOffersItAgain()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        await chat.Send(examiner, "/ballot 新庄村 35");
        CastTwentyEight(chat, Ballot(chat));
        await chat.Send(examiner, "/ballot 新庄村 close");

        Assert.Contains("没有写入评分表。需要时发送 /ballotscore 新庄村 重新确认", (await chat.Press(examiner, "取消")).Text());
        Assert.Empty(chat.Scores());

        await chat.Send(examiner, "/ballotscore");
        Assert.Equal(["新庄村"], chat.Buttons(examiner).Select(b => b.Label));
        var offered = (await chat.Press(examiner, "新庄村")).Text();
        Assert.True(offered.Contains("4.64 分"), offered + string.Join("\n", chat.Logs.Entries.Select(e => e.Exception?.ToString())));
        await chat.Send(examiner, "确认");
        Assert.Equal(2, chat.Scores().Count);
    }

    [Fact]
    public async Task AGroupLeaderWhoClosesIsToldThatAnExaminerStoresTheScores()
    {
        using var chat = Chat();
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        await chat.Send(groupLeader, "/ballot 新庄村 35");
        CastTwentyEight(chat, Ballot(chat));
        var replies = await chat.Send(groupLeader, "/ballot 新庄村 close");
        Assert.Contains("请考核组业务人员发送 /ballotscore 新庄村", replies.Text());
        Assert.Empty(chat.Buttons(groupLeader));
        Assert.Contains("已经结束，不能再投票或加票", (await chat.Send(groupLeader, "/ballot 新庄村 add 5")).Text());
    }

    [Fact]
    public async Task ASheetSealedBeforeTheConfirmationRefusesTheScoresLikeAnyChange()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        await chat.Send(examiner, "/ballot 新庄村 35");
        CastTwentyEight(chat, Ballot(chat));
        await chat.Send(examiner, "/ballot 新庄村 close");
        Assert.Equal(SealRefusal.None, chat.Services.GetRequiredService<Sheets>().Seal(
            new Actor(0, "张晓岩", "test"), chat.Period, chat.Village("新庄村").Id));

        var refused = (await chat.Press(examiner, "确认")).Text();

        Assert.Contains("没有保存：新庄村的评分表已由张晓岩于 2018-01-15 09:00 签字密封，不能再修改", refused);
        Assert.Empty(chat.Scores());
        Assert.DoesNotContain(chat.Audit(), a => a.Action == AuditActions.ScoreSet);
        // Asked again later, the sealed sheet is named at once and no buttons are offered.
        var again = (await chat.Send(examiner, "/ballotscore 新庄村")).Text();
        Assert.Contains("签字密封，不能再修改", again);
        Assert.DoesNotContain(chat.Buttons(examiner), b => b.Label == "确认");
    }

    [Fact]
    public async Task NoVotesMeanNoProposal()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        await chat.Send(examiner, "/ballot 东湾 10");
        var replies = (await chat.Send(examiner, "/ballot 东湾 close")).Text();
        Assert.Contains("东湾村的民主测评一张票也没有收到，不能折算分数", replies);
        Assert.Empty(chat.Buttons(examiner));
    }

    [Fact]
    public async Task ABallotClosedWithThreeVotesShowsNoGradeAndProposesNothing()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        await chat.Send(examiner, "/ballot 新庄村 35");
        var book = Book(chat);
        var codes = book.Codes(Ballot(chat).Id);
        foreach (var (code, grade) in codes.Take(3).Zip([BallotGrade.Good, BallotGrade.Good, BallotGrade.Poor]))
            Assert.Equal(VoteOutcome.Counted, book.Vote(code, grade));

        var closing = (await chat.Send(examiner, "/ballot 新庄村 close")).Text();

        Assert.Contains("新庄村民主测评已结束：只收到 3 票，少于本年度规定的最少 5 票。为保护投票人，各等次票数不公布，也不折算分数，评分表没有改动。", closing);
        Assert.DoesNotMatch("(好|较好|一般|较差) \\d", closing);
        Assert.Empty(chat.Buttons(examiner));
        Assert.Empty(chat.Scores());
        Assert.Contains("已收 3/35（少于 5 票，各等次票数不公布）", (await chat.Send(examiner, "/ballot 新庄村")).Text());
        Assert.Contains("只收到 3 票，少于本年度规定的最少 5 票，不折算分数", (await chat.Send(examiner, "/ballotscore 新庄村")).Text());
        Assert.Empty(chat.Scores());
    }

    [Fact]
    public async Task TheTallyShowsInTheOfficesSheet()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        var office = chat.Member("陈主任", Role.Office);
        await chat.Send(examiner, "/ballot 新庄村 35");
        CastTwentyEight(chat, Ballot(chat));

        var line = "民主测评（进行中）：已收 28/35；权重 好 1、较好 0.8、一般 0.6、较差 0";
        Assert.Contains(line, (await chat.Send(office, "/sheet 新庄村")).Text());
        Assert.Contains(line, (await chat.Send(office, "/sheet 新庄村 text")).Text());
        await chat.Send(examiner, "/ballot 新庄村 close");
        Assert.Contains("民主测评（已结束）：已收 28/35：好 20、较好 6、一般 2、较差 0；权重", (await chat.Send(office, "/sheet 新庄村 text")).Text());
        Assert.DoesNotContain("民主测评（", (await chat.Send(office, "/sheet 东湾村 text")).Text());
    }

    [Fact]
    public async Task TheExportShowsTheBallotOnTheVillagesSheet()
    {
        using var chat = Chat();
        var examiner = chat.Examiner();
        await chat.Send(examiner, "/ballot 新庄村 35");
        CastTwentyEight(chat, Ballot(chat));
        await chat.Send(examiner, "/ballot 新庄村 close");

        using var book = new WorkbookReader(chat.Services.GetRequiredService<ScoreSheetWorkbook>().Build(chat.Period));

        var top = book.RowOf("新庄村", "A", "民主测评（已结束）");
        Assert.Equal("收 28 张，发 35 张", book.Text("新庄村", $"D{top + 1}"));
        Assert.Equal(28m, book.Number("新庄村", $"C{top + 1}"));
        Assert.Equal("郑亚娜", book.Text("新庄村", $"G{top + 1}"));
        var grades = Enumerable.Range(top + 3, 4).Select(r => (book.Text("新庄村", $"A{r}"), book.Number("新庄村", $"C{r}"), book.Number("新庄村", $"D{r}"))).ToList();
        Assert.Equal([("好", 20m, 1m), ("较好", 6m, 0.8m), ("一般", 2m, 0.6m), ("较差", 0m, 0m)], grades);
        Assert.StartsWith("党建工作 · 民主测评、党风廉政建设 · 民主评议", book.Text("新庄村", $"C{top + 7}"));
        Assert.Throws<InvalidOperationException>(() => book.RowOf("东湾村", "A", "民主测评（已结束）"));
    }

    [Fact]
    public void TheBallotScoreDiagramIsInTheDocs()
    {
        using var chat = Chat();
        var dialog = chat.Services.GetServices<IDialog>().Single(d => d.Name == "ballotscore");
        var path = Path.Combine(DialogDiagramTests.RepositoryRoot(), "docs", "dialogs", DialogDiagrams.FileName(dialog));
        if (Environment.GetEnvironmentVariable(DialogDiagrams.UpdateVariable) == "1") File.WriteAllText(path, DialogDiagrams.Page(dialog));
        Assert.True(File.Exists(path) && File.ReadAllText(path).ReplaceLineEndings("\n") == DialogDiagrams.Page(dialog),
            $"{path} is stale. Regenerate with: {DialogDiagrams.UpdateVariable}=1 dotnet test --filter BallotScoreDiagram");
        Assert.Contains("Proposal", dialog.Diagram());
    }
}
