using ChatAppraisal.Conversations;
using ChatAppraisal.Reports;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>Leaders rate through the engine: one plain message (both forms) or the guided /rate, then 确认 / 取消.</summary>
public class LeaderRatingDialogTests
{
    const string InOrder = "新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2";
    static readonly decimal[] InOrderValues = [18, 9, 5, 9, 5, 14, 9, 5, 5, 5, 4, 1, 1, 2, 2];

    static string Plain(string text) => ReportScenarioText.Plain(text);

    static List<LeaderRatingDoc> Ratings(ChatHarness chat) => chat.Db.Store.Scores.Ratings.FindAll().ToList();

    [Fact]
    public async Task ARatingMessageInRubricOrderShowsTheSummaryAndConfirmSavesIt()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        var summary = await chat.Send(leader, InOrder);

        Assert.Contains("请核对 新庄村 的评分：", summary.Text());
        Assert.Contains("14  精准扶贫（最高 15）", Plain(summary.Text()));
        Assert.Contains("合计 94 分（满分 100）", summary.Text());
        Assert.Equal(["确认", "取消"], chat.Buttons(leader).Select(b => b.Label));
        Assert.Empty(Ratings(chat));

        var saved = await chat.Press(leader, "确认");

        Assert.Equal("已保存：新庄村，合计 94 分。", saved.Text());
        var rating = Assert.Single(Ratings(chat));
        Assert.Equal(InOrderValues, rating.Values);
        Assert.Equal(chat.Village("新庄村").Id, rating.VillageId);
        var audit = Assert.Single(chat.Audit(), a => a.Action == AuditActions.RatingSet);
        Assert.Equal(("王明", (decimal?)null, (decimal?)94m), (audit.MemberName, audit.Old, audit.New));
        Assert.Contains("您可以：", (await chat.Send(leader, "确认")).Text());
    }

    [Fact]
    public async Task NamedPairsInAnyOrderAndFullWidthNumbersGiveTheSameRating()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        await chat.Send(leader, "新庄 廉政9 党建１８ 文明5、综治：9 帮扶 5；扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2");
        await chat.Press(leader, "确认");

        Assert.Equal(InOrderValues, Assert.Single(Ratings(chat)).Values);
    }

    [Theory]
    [InlineData("新庄村 18 9 5", "写了 3 个分数，需要 15 个，按下面的顺序。")]
    [InlineData("新庄村 18 9 5 9 5 16 9 5 5 5 4 1 1 2 2", "精准扶贫（扶贫）最高 15 分，您写了 16。")]
    [InlineData("南沟村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2", "没有叫“南沟村”的村。现有的村：新庄村、东湾村、西坪村")]
    [InlineData("村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2", "“村”对应多个村：新庄村、东湾村、西坪村。请写全村名。")]
    [InlineData("18 9 5 9 5 14 9 5 5 5 4 1 1 2 2", "消息要以村名开头")]
    [InlineData("新庄村 -3 9 5 9 5 14 9 5 5 5 4 1 1 2 2", "党建工作（党建）：分数不能是负数（-3）。")]
    [InlineData("新庄村 18.555 9 5 9 5 14 9 5 5 5 4 1 1 2 2", "党建工作（党建）：最多两位小数（18.555）。")]
    [InlineData("新庄村 党键18 廉政9 文明5 综治9 帮扶5 扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2", "不认识“党键”，请用下面的简称。")]
    [InlineData("新庄村 党建18 党建9 文明5 综治9 帮扶5 扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2", "党建工作（党建）写了两次。")]
    [InlineData("新庄村 党建18 廉政9 文明5 综治9 帮扶5 扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1", "还缺 2 类：劳务、食药。每类都要打分。")]
    public async Task EveryRefusalIsShownAndNothingIsSavedNorAwaitingConfirmation(string message, string expected)
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        var reply = await chat.Send(leader, message);

        Assert.StartsWith("没有保存，请改正后重新发送：", reply.Text());
        Assert.Contains(expected, reply.Text());
        Assert.Empty(chat.Buttons(leader));
        Assert.Contains("您可以：", (await chat.Send(leader, "确认")).Text());
        Assert.Empty(Ratings(chat));
        Assert.Empty(chat.Audit());
    }

    [Fact]
    public async Task AllProblemsOfOneMessageAreListedTogether()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        var reply = (await chat.Send(leader, "新庄村 25 9 5 9 5 16 9 5 5 5 4 1 1 2 2")).Text();

        Assert.Contains("党建工作（党建）最高 20 分，您写了 25。", reply);
        Assert.Contains("精准扶贫（扶贫）最高 15 分，您写了 16。", reply);
    }

    [Fact]
    public async Task ALaterRatingReplacesTheEarlierOneSaysSoAndIsAuditedWithOldAndNew()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, InOrder);
        await chat.Press(leader, "确认");
        chat.Db.Clock.Advance(TimeSpan.FromHours(3));

        var summary = await chat.Send(leader, "新庄村 20 10 5 10 5 15 10 5 5 5 4 1 1 2 2");
        var saved = await chat.Press(leader, "确认");

        Assert.Contains("将替换您 2018-01-15 09:00 的评分（合计 94）。", summary.Text());
        Assert.Equal("已保存：新庄村，合计 100 分。\n替换了 2018-01-15 09:00 的评分（合计 94）。", saved.Text());
        Assert.Equal(100m, Assert.Single(Ratings(chat)).Values.Sum());
        var audit = chat.Audit().Where(a => a.Action == AuditActions.RatingSet).ToList();
        Assert.Equal([(null, 94m), (94m, 100m)], audit.Select(a => (a.Old, a.New)));
        Assert.Equal("18 9 5 9 5 14 9 5 5 5 4 1 1 2 2 → 20 10 5 10 5 15 10 5 5 5 4 1 1 2 2", audit[1].Detail);
    }

    [Fact]
    public async Task CancelAtTheSummarySavesNothing()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, InOrder);

        var reply = await chat.Press(leader, "取消");

        Assert.Equal("已取消，没有保存。", reply.Text());
        Assert.Empty(Ratings(chat));
        Assert.Empty(chat.Audit());
    }

    [Fact]
    public async Task ACorrectedMessageSentAtTheSummaryReplacesTheOneAwaitingConfirmation()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, InOrder);

        var summary = await chat.Send(leader, "东湾 20 10 5 10 5 15 10 5 5 5 4 1 1 2 2");
        await chat.Press(leader, "确认");

        Assert.Contains("请核对 东湾村 的评分：", summary.Text());
        var rating = Assert.Single(Ratings(chat));
        Assert.Equal((chat.Village("东湾村").Id, 100m), (rating.VillageId, rating.Values.Sum()));
    }

    [Fact]
    public async Task AWrongMessageAtTheSummaryIsRefusedAndTheSummaryStaysOpen()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, InOrder);

        var refused = await chat.Send(leader, "新庄村 18 9");
        var hint = await chat.Send(leader, "好的");
        await chat.Send(leader, "确认");

        Assert.Contains("写了 2 个分数，需要 15 个", refused.Text());
        Assert.Contains("请核对 新庄村 的评分", refused.Text());
        Assert.Contains("请点“确认”保存，或点“取消”", hint.Text());
        Assert.Equal(94m, Assert.Single(Ratings(chat)).Values.Sum());
    }

    [Fact]
    public async Task TheGuidedDialogAsksEachCategoryWithItsCapThenTheSummary()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        var start = await chat.Send(leader, "/rate");
        Assert.Contains("请选择要评分的村", start.Text());
        Assert.Equal(["新庄村", "东湾村", "西坪村"], chat.Buttons(leader).Select(b => b.Label));

        var first = await chat.Press(leader, "新庄村");
        Assert.Contains("新庄村 · 第 1/15 类\n党建工作（最高 20 分）", first.Text());
        Assert.Equal(["最高分", "0", "上一类"], chat.Buttons(leader).Select(b => b.Label));
        Assert.True(first.OfType<TextReply>().Last().NumbersAreAnswers);

        IReadOnlyList<Reply> reply = first;
        foreach (var value in InOrderValues.Take(5)) reply = await chat.Send(leader, value.ToString());
        Assert.Contains("第 6/15 类\n精准扶贫（最高 15 分）", reply.Text());

        foreach (var value in InOrderValues.Skip(5).Take(9)) await chat.Send(leader, value.ToString());
        var summary = await chat.Press(leader, "最高分"); // 食品药品安全, cap 2
        Assert.Contains("请核对 新庄村 的评分：", summary.Text());
        Assert.Contains("合计 94 分（满分 100）", summary.Text());

        await chat.Press(leader, "确认");
        Assert.Equal(InOrderValues, Assert.Single(Ratings(chat)).Values);
    }

    [Fact]
    public async Task ABadValueInTheGuidedDialogNamesTheCapAndAsksTheSameCategoryAgain()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, "/rate 新庄");
        foreach (var value in InOrderValues.Take(5)) await chat.Send(leader, value.ToString());

        var above = await chat.Send(leader, "16");
        var word = await chat.Send(leader, "十四");

        Assert.Contains("“16”超过了精准扶贫的最高分 15。请输入 0–15 的数。", above.Text());
        Assert.Contains("第 6/15 类\n精准扶贫（最高 15 分）", above.Text());
        Assert.Contains("“十四”不是分数。请输入 0–15 的数", word.Text());
        Assert.Contains("第 6/15 类", word.Text());
        Assert.Empty(Ratings(chat));
    }

    [Fact]
    public async Task BackGoesToThePreviousCategoryShowingItsValueAndFromTheSummaryToTheLast()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, "/rate 新庄");
        await chat.Send(leader, "18");
        await chat.Send(leader, "9");

        var back = await chat.Send(leader, "/back");
        Assert.Contains("第 2/15 类\n党风廉政建设（最高 10 分）\n现在：9", back.Text());
        Assert.Contains("保持 9", chat.Buttons(leader).Select(b => b.Label));
        await chat.Send(leader, "8");

        foreach (var value in InOrderValues.Skip(2)) await chat.Send(leader, value.ToString());
        var fromSummary = await chat.Send(leader, "/back");
        Assert.Contains("第 15/15 类\n食品药品安全（最高 2 分）\n现在：2", fromSummary.Text());
        var summary = await chat.Press(leader, "保持 2");
        Assert.Contains("合计 93 分", summary.Text());

        var firstBack = await chat.Send(leader, "/back");
        Assert.Contains("第 15/15 类", firstBack.Text());
    }

    [Fact]
    public async Task BackFromTheFirstCategoryReturnsToTheVillages()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, "/rate 新庄");

        var back = await chat.Send(leader, "/back");
        var again = await chat.Send(leader, "/back");

        Assert.Contains("请选择要评分的村", back.Text());
        Assert.Contains("已经是第一步了。", again.Text());
    }

    [Fact]
    public async Task RatingAgainThroughTheGuidedDialogStartsFromTheEarlierValues()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, InOrder);
        await chat.Press(leader, "确认");

        await chat.Send(leader, "/rate");
        Assert.Contains("✓ 新庄村 94分", chat.Buttons(leader).Select(b => b.Label));
        var first = await chat.Press(leader, "✓ 新庄村");
        Assert.Contains("现在：18", first.Text());
        await chat.Send(leader, "20");
        for (var i = 1; i < 15; i++) await chat.Press(leader, "保持");
        await chat.Press(leader, "确认");

        Assert.Equal(96m, Assert.Single(Ratings(chat)).Values.Sum());
    }

    [Fact]
    public async Task FifteenNumbersAtAGuidedPromptRateTheChosenVillageAtOnce()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, "/rate 西坪");

        var summary = await chat.Send(leader, "18 9 5 9 5 14 9 5 5 5 4 1 1 2 2");

        Assert.Contains("请核对 西坪村 的评分：", summary.Text());
        await chat.Press(leader, "确认");
        Assert.Equal(chat.Village("西坪村").Id, Assert.Single(Ratings(chat)).VillageId);
    }

    [Fact]
    public async Task MyRatingsListsWhatIsRatedAndWhatIsMissing()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, InOrder);
        await chat.Press(leader, "确认");

        var mine = Plain((await chat.Send(leader, "/myratings")).Text());

        Assert.Contains("2017年度 我的评分：已评 1/3 个村", mine);
        Assert.Contains("新庄村  94 分  2018-01-15 09:00", mine);
        Assert.Contains("未评（2 个）：东湾村、西坪村", mine);
    }

    [Fact]
    public async Task HelpForALeaderListsTheMessageFormatAndEveryAliasWithItsCap()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        var help = (await chat.Send(leader, "/help")).Text();

        Assert.Contains("/rate（班子评分） — ", help);
        Assert.Contains("/myratings（我的评分） — ", help);
        Assert.Contains("新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2", help);
        Assert.Contains("党建 20｜廉政 10｜文明 5｜综治 10｜帮扶 5", help);
        Assert.Contains("扶贫 15｜农业 10｜社保 5｜民政 5｜安全 5", help);
        Assert.Contains("财务 4｜林业 1｜电商 1｜劳务 2｜食药 2", help);
        Assert.DoesNotContain("/sign", help);
        Assert.DoesNotContain("/progress", help);
    }

    [Fact]
    public async Task AVillageNameAloneExplainsHowToRateIt()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        var reply = (await chat.Send(leader, "东湾")).Text();

        Assert.Contains("要给东湾村评分，请发送 /rate 东湾村", reply);
        Assert.Contains("东湾村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2", reply);
    }

    [Fact]
    public async Task ABareNumberFromALeaderExplainsThatTheVillageComesFirst()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        var reply = (await chat.Send(leader, "18")).Text();

        Assert.Contains("消息要以村名开头，例如：新庄村 18 9 5 …", reply);
        Assert.Contains("党建 20｜廉政 10", reply);
        Assert.Empty(Ratings(chat));
    }

    [Fact]
    public async Task ChatThatIsNoRatingGetsTheLeadersMenu()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);

        var reply = await chat.Send(leader, "明天上午10点开会");

        Assert.StartsWith("王明，您好。", reply.Text());
        Assert.Equal(["班子评分", "我的评分", "帮助"], chat.Buttons(leader).Select(b => b.Label));
    }

    [Fact]
    public async Task AnExaminersRatingMessageIsNotTakenAndRateNamesTheRoleNeeded()
    {
        using var chat = new ChatHarness();
        var examiner = chat.Examiner();

        var message = await chat.Send(examiner, InOrder);
        var rate = await chat.Send(examiner, "/rate");

        Assert.EndsWith("您可以：", message.Text());
        Assert.Equal("/rate 需要“党政班子成员”角色；您的角色：考核组业务人员。", rate.Text());
        Assert.Empty(Ratings(chat));
    }

    [Fact]
    public async Task TheSummaryAwaitingConfirmationSurvivesARestart()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, InOrder);

        chat.Restart();
        await chat.Press(leader, "确认");

        Assert.Equal(InOrderValues, Assert.Single(Ratings(chat)).Values);
    }

    [Fact]
    public async Task EnglishLeadersGetTheGuidedPromptsInEnglish()
    {
        using var chat = new ChatHarness("en");
        var leader = chat.Member("Wang", Role.Leader);

        await chat.Send(leader, "/rate 新庄");
        foreach (var value in InOrderValues.Take(5)) await chat.Send(leader, value.ToString());
        var above = await chat.Send(leader, "16");

        Assert.Contains("\"16\" is above the cap of 精准扶贫, 15. Enter 0–15.", above.Text());
        Assert.Contains("新庄村 · category 6/15\n精准扶贫 (at most 15)", above.Text());
    }
}

static class ReportScenarioText
{
    public static string Plain(string text) => text.Replace(TextLayout.FigureSpace, ' ').Replace(TextLayout.IdeographicSpace, ' ');
}
