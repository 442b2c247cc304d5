using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>The group leader signs and seals a sheet through the engine; afterwards the sheet refuses every change.</summary>
public class SignDialogTests
{
    static readonly Actor Entered = new(999, "李四", "test");

    static void EnterAll(ChatHarness chat, string village, IReadOnlyDictionary<(int Category, int Item), decimal> items)
    {
        var id = chat.Village(village).Id;
        foreach (var category in items.GroupBy(i => i.Key.Category))
            Assert.True(chat.Db.ScoreBook.SetItems(Entered, chat.Period, id, category.Key,
                category.Select(i => (i.Key.Item, (decimal?)i.Value)).ToList()).Ok);
    }

    static SealDoc? Seal(ChatHarness chat, string village = "新庄村") =>
        chat.Db.Store.Scores.Seals.FindById(SealDoc.Key(chat.Period.Id, chat.Village(village).Id));

    [Fact]
    public async Task SigningACompleteSheetSealsItWithItsFingerprintAndAnAuditEntry()
    {
        using var chat = new ChatHarness();
        EnterAll(chat, "新庄村", Scenario.WorkedExampleItems());
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);

        await chat.Send(groupLeader, "/sign");
        Assert.Equal(["✓ 新庄村 117/117", "东湾村 0/117", "西坪村 0/117"], chat.Buttons(groupLeader).Select(b => b.Label));
        var summary = await chat.Press(groupLeader, "✓ 新庄村");
        Assert.Contains("签字密封：新庄村（2017年度）", summary.Text());
        Assert.Contains("现场考核合计 1491.5 分", summary.Text());
        Assert.Contains("未评分项：无", summary.Text());
        Assert.Equal(["签字密封", "取消"], chat.Buttons(groupLeader).Select(b => b.Label));

        var sealedReply = await chat.Press(groupLeader, "签字密封");

        var seal = Assert.IsType<SealDoc>(Seal(chat));
        var sheet = chat.Services.GetSheets().Load(chat.Period, chat.Village("新庄村").Id)!;
        Assert.Equal(Sheets.Fingerprint(sheet), seal.Fingerprint);
        Assert.Equal("张晓岩", seal.SignedByName);
        Assert.Contains("已签字密封：新庄村\n签字人：张晓岩，2018-01-15 09:00", sealedReply.Text());
        Assert.Contains($"指纹 sha256:{seal.Fingerprint[..16]}…", sealedReply.Text());
        var audit = Assert.Single(chat.Audit(), a => a.Action == AuditActions.SheetSealed);
        Assert.Equal(("张晓岩", 1491.5m), (audit.MemberName, audit.New));
        Assert.Contains("您可以：", (await chat.Send(groupLeader, "签字密封")).Text());
    }

    [Fact]
    public async Task SigningInTheChatCheckpointsSoTheSealIsInTheDataFileItself()
    {
        using var chat = new ChatHarness();
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        await chat.Send(groupLeader, "/sign 东湾");
        await chat.Press(groupLeader, "签字密封");
        var log = new FileInfo(Path.Combine(chat.Db.Folder, "appraisal-log.db"));
        Assert.True(log.Exists && log.Length > 0, "commits wait in the log file until a checkpoint");

        await chat.Press(groupLeader, "仍然签字密封");

        log.Refresh();
        Assert.NotNull(Seal(chat, "东湾村"));
        Assert.True(!log.Exists || log.Length == 0, $"log file still holds {log.Length} bytes after the seal");
    }

    [Fact]
    public async Task AnIncompleteSheetNeedsASecondConfirmationThatNamesHowManyItemsAreMissing()
    {
        using var chat = new ChatHarness();
        var items = Scenario.FullMarks();
        items.Remove((0, 0));
        items.Remove((0, 1));
        EnterAll(chat, "新庄村", items);
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);

        var summary = await chat.Send(groupLeader, "/sign 新庄");
        Assert.Contains("未评分项（2 项）：", summary.Text());
        var second = await chat.Press(groupLeader, "签字密封");

        Assert.Contains("新庄村还有 2 项未评分，未评的项按 0 分计，签字密封后不能再补录。\n确定仍要签字密封吗？", second.Text());
        Assert.Equal(["仍然签字密封", "取消"], chat.Buttons(groupLeader).Select(b => b.Label));
        Assert.Null(Seal(chat));

        var sealedReply = await chat.Press(groupLeader, "仍然签字密封");

        Assert.Contains("已签字密封：新庄村", sealedReply.Text());
        Assert.Contains("已评 115/117 项", sealedReply.Text());
        Assert.NotNull(Seal(chat));
    }

    [Fact]
    public async Task CancellingTheSecondConfirmationLeavesTheSheetOpen()
    {
        using var chat = new ChatHarness();
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        await chat.Send(groupLeader, "/sign 东湾");
        var second = await chat.Press(groupLeader, "签字密封");

        var cancelled = await chat.Press(groupLeader, "取消");

        Assert.Contains("东湾村还有 117 项未评分", second.Text());
        Assert.Equal("已取消，评分表没有签字密封。", cancelled.Text());
        Assert.Null(Seal(chat, "东湾村"));
        Assert.DoesNotContain(chat.Audit(), a => a.Action == AuditActions.SheetSealed);
    }

    [Fact]
    public async Task BackFromTheSecondConfirmationShowsTheSummaryAgain()
    {
        using var chat = new ChatHarness();
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        await chat.Send(groupLeader, "/sign 东湾");
        await chat.Press(groupLeader, "签字密封");

        var back = await chat.Send(groupLeader, "/back");

        Assert.Contains("签字密封：东湾村（2017年度）", back.Text());
        Assert.Equal(["签字密封", "取消"], chat.Buttons(groupLeader).Select(b => b.Label));
    }

    [Fact]
    public async Task AfterTheSealAnExaminersChangeIsRefusedNamingWhoSealedIt()
    {
        using var chat = new ChatHarness();
        var examiner = await chat.AtCategory(8); // 社会保险, first item
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        await chat.Send(groupLeader, "/sign 新庄");
        await chat.Press(groupLeader, "签字密封");
        await chat.Press(groupLeader, "仍然签字密封");

        var midDialog = await chat.Send(examiner, "50");
        await chat.Send(examiner, "/cancel");
        var fresh = await chat.Send(examiner, "/score 新庄");

        Assert.Contains("新庄村 的评分表已签字密封，签字人 张晓岩，不能再修改。", midDialog.Text());
        Assert.Contains("新庄村 的评分表已签字密封，签字人 张晓岩，不能再修改。", fresh.Text());
        Assert.Contains("🔒 新庄村 0/117", chat.Buttons(examiner).Select(b => b.Label));
        Assert.Empty(chat.Scores());
    }

    [Fact]
    public async Task ASheetChangedAfterTheSummaryIsShownAgainInsteadOfBeingSealed()
    {
        using var chat = new ChatHarness();
        EnterAll(chat, "新庄村", Scenario.FullMarks());
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        await chat.Send(groupLeader, "/sign 新庄");
        chat.Db.ScoreBook.SetItem(Entered, chat.Period, chat.Village("新庄村").Id, 0, 2, 10);

        var again = await chat.Press(groupLeader, "签字密封");

        Assert.Contains("⚠ 您核对之后，评分表又有改动。请重新核对：", again.Text());
        Assert.Contains("现场考核合计 1497.5 分", again.Text());
        Assert.Null(Seal(chat));

        await chat.Press(groupLeader, "签字密封");
        Assert.Equal(Sheets.Fingerprint(chat.Services.GetSheets().Load(chat.Period, chat.Village("新庄村").Id)!), Seal(chat)!.Fingerprint);
    }

    [Fact]
    public async Task ASealedVillageCannotBeSignedTwice()
    {
        using var chat = new ChatHarness();
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        chat.Services.GetSheets().Seal(new Actor(1, "王组长", "test"), chat.Period, chat.Village("新庄村").Id);

        var reply = await chat.Send(groupLeader, "/sign 新庄");

        Assert.Contains("新庄村的评分表已由王组长于 2018-01-15 09:00 签字密封。", reply.Text());
        Assert.Contains("请选择要签字密封的村", reply.Text());
        Assert.Contains("🔒 新庄村 0/117", chat.Buttons(groupLeader).Select(b => b.Label));
    }

    [Fact]
    public async Task AnExaminerTryingToSignIsToldTheRoleItNeeds()
    {
        using var chat = new ChatHarness();
        var examiner = chat.Examiner();

        var reply = await chat.Send(examiner, "/sign 新庄");

        Assert.Equal("/sign 需要“考核组长”角色；您的角色：考核组业务人员。", reply.Text());
        Assert.Null(Seal(chat));
    }

    [Fact]
    public async Task SheetShowsTheFingerprintVerifiedAndALoudWarningWhenTheStoredScoresWereTampered()
    {
        using var chat = new ChatHarness();
        EnterAll(chat, "新庄村", Scenario.WorkedExampleItems());
        var office = chat.Member("刘主任", Role.Office);
        chat.Services.GetSheets().Seal(new Actor(1, "张晓岩", "test"), chat.Period, chat.Village("新庄村").Id);

        var valid = (await chat.Send(office, "/sheet 新庄 text")).Text();
        var validChart = await chat.Send(office, "/sheet 新庄");
        var doc = chat.Db.Store.Scores.Items.FindById(ItemScoreDoc.Key(chat.Period.Id, chat.Village("新庄村").Id, 0, 2))!;
        doc.Value = 13; // written around the score book, as a hand-edited database file would be
        chat.Db.Store.Scores.Items.Update(doc);
        var tampered = (await chat.Send(office, "/sheet 新庄 text")).Text();
        var tamperedChart = await chat.Send(office, "/sheet 新庄");

        Assert.Contains("已签字密封：张晓岩，2018-01-15 09:00\n指纹有效 sha256:", valid);
        Assert.EndsWith("· 有效", Assert.Single(validChart.OfType<ImageReply>()).Caption);
        Assert.DoesNotContain("‼️", validChart.Text());
        Assert.StartsWith("‼️ 警告：指纹不符，签字密封后评分表被改动过！", tampered);
        Assert.Contains("‼️ 指纹不符：现在的内容和签字密封时", tampered);
        Assert.StartsWith("‼️ 警告：新庄村的评分表由张晓岩签字密封后被改动过，指纹不符！", Assert.IsType<TextReply>(tamperedChart[0]).Text);
        Assert.EndsWith("无效：签字密封后内容被改动", Assert.Single(tamperedChart.OfType<ImageReply>()).Caption);
    }

    [Fact]
    public async Task AnAdminReopensASealedSheetWithAReasonThatIsAudited()
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);
        chat.Services.GetSheets().Seal(new Actor(1, "张晓岩", "test"), chat.Period, chat.Village("新庄村").Id);

        var noReason = await chat.Send(admin, "/unseal 新庄");
        Assert.Contains("撤销签字密封要写明理由。", noReason.Text());
        Assert.NotNull(Seal(chat));

        var reply = await chat.Send(admin, "/unseal 新庄 精准扶贫第4项录入有误");

        Assert.Contains("已撤销新庄村评分表的签字密封（原签字人 张晓岩），评分表已重新打开。\n理由：精准扶贫第4项录入有误", reply.Text());
        Assert.Null(Seal(chat));
        var audit = Assert.Single(chat.Audit(), a => a.Action == AuditActions.SheetUnsealed);
        Assert.Equal("管理员", audit.MemberName);
        Assert.StartsWith("reason: 精准扶贫第4项录入有误; was signed by 张晓岩", audit.Detail);

        var examiner = await chat.AtCategory(8);
        await chat.Send(examiner, "50");
        Assert.Equal(50m, chat.Score(7, 0));
    }

    [Theory]
    [InlineData("/unseal 东湾 理由", "东湾村的评分表没有签字密封。")]
    [InlineData("/unseal 南沟 理由", "没有叫“南沟”的村。")]
    [InlineData("/unseal 村 理由", "“村”对应多个村：新庄村、东湾村、西坪村。")]
    [InlineData("/unseal", "用法：/unseal 村名 理由")]
    public async Task UnsealRefusesWhatItCannotDo(string command, string expected)
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);

        var reply = await chat.Send(admin, command);

        Assert.Contains(expected, reply.Text());
        Assert.DoesNotContain(chat.Audit(), a => a.Action == AuditActions.SheetUnsealed);
    }

    [Fact]
    public async Task OnlyAnAdminMayReopen()
    {
        using var chat = new ChatHarness();
        var groupLeader = chat.Member("张晓岩", Role.GroupLeader);
        chat.Services.GetSheets().Seal(new Actor(1, "张晓岩", "test"), chat.Period, chat.Village("新庄村").Id);

        var reply = await chat.Send(groupLeader, "/unseal 新庄 写错了");

        Assert.Equal("/unseal 需要“管理员”角色；您的角色：考核组长。", reply.Text());
        Assert.NotNull(Seal(chat));
    }
}

static class HarnessServices
{
    public static Sheets GetSheets(this IServiceProvider services) => (Sheets)services.GetService(typeof(Sheets))!;
}
