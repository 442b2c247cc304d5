using ChatAppraisal.Members;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>Officials type words, not slash commands: every command's Chinese word runs it, except where it is an answer.</summary>
public sealed class CommandWordsTests
{
    public static TheoryData<string, string> WordsAndCommands => new()
    {
        { "评分", "/score" }, { "打分", "/score" }, { "班子评分", "/rate" }, { "我的评分", "/myratings" },
        { "签字", "/sign" }, { "签章", "/sign" }, { "进度", "/progress" }, { "排名", "/ranking" }, { "排名 文字", "/ranking text" },
        { "评分表 新庄村", "/sheet 新庄村" }, { "评分表 新庄村 文字", "/sheet 新庄村 text" }, { "导出", "/export" }, { "帮助", "/help" },
        { "语言", "/lang" }, { "测评 新庄村", "/ballot 新庄村" }, { "日程", "/schedule" }, { "提醒 off", "/remind off" },
    };

    [Theory]
    [MemberData(nameof(WordsAndCommands))]
    public async Task EachWordAnswersAsItsCommandDoes(string word, string command)
    {
        using var byWord = new ChatHarness();
        using var bySlash = new ChatHarness();
        var roles = Enum.GetValues<Role>();

        var wordReply = await byWord.Send(byWord.Member("郑亚娜", roles), word);
        var slashReply = await bySlash.Send(bySlash.Member("郑亚娜", roles), command);

        Assert.Equal(Kinds(slashReply), Kinds(wordReply));
        // The sheet's closing hint repeats the member's own way of asking (评分表 … 文字 or /sheet … text); the rest is the same.
        Assert.Equal(WithoutSheetHint(slashReply.Text()), WithoutSheetHint(wordReply.Text()));
    }

    [Fact]
    public async Task TheSheetsHintIsWrittenInTheWayTheMemberAsked()
    {
        using var chat = new ChatHarness();
        var member = chat.Member("郑亚娜", Enum.GetValues<Role>());

        Assert.Contains("请发送：评分表 新庄村 文字", (await chat.Send(member, "评分表 新庄村")).Text());
        Assert.Contains("请发送：/sheet 新庄村 text", (await chat.Send(member, "/sheet 新庄村")).Text());
    }

    static string WithoutSheetHint(string reply) =>
        string.Join('\n', reply.Split('\n').Where(line => !line.Contains("请发送：评分表") && !line.Contains("请发送：/sheet")));

    static IEnumerable<string> Kinds(IReadOnlyList<Reply> replies) => replies.Select(r => r.GetType().Name);

    [Theory]
    [InlineData("取消", "/cancel")]
    [InlineData("退出", "/cancel")]
    [InlineData("返回", "/back")]
    [InlineData("上一步", "/back")]
    [InlineData("帮助", "/help")]
    public async Task InsideADialogTheBuiltInWordsDoWhatTheirCommandsDo(string word, string command)
    {
        using var byWord = new ChatHarness();
        using var bySlash = new ChatHarness();
        var wordUser = await byWord.AtCategory(8);
        var slashUser = await bySlash.AtCategory(8);

        Assert.Equal((await bySlash.Send(slashUser, command)).Text(), (await byWord.Send(wordUser, word)).Text());
        Assert.Equal(bySlash.Buttons(slashUser).Select(b => b.Label), byWord.Buttons(wordUser).Select(b => b.Label));
    }

    [Fact]
    public async Task AVillageNamedWithACommandWordIsStillChosenAsAVillageInsideScore()
    {
        using var chat = new ChatHarness();
        chat.Db.AddVillage("进度村");
        var user = chat.Examiner();
        await chat.Send(user, "/score");

        var reply = await chat.Send(user, "进度");

        Assert.Contains("进度村 · 已评 0/117 项", reply.Text());
    }

    [Fact]
    public async Task ACategoryTypedInsideScoreIsACategoryEvenWhereItsNameStartsLikeAWord()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score 新庄");

        var reply = await chat.Send(user, "社保");

        Assert.StartsWith("社会保险 1/3 · ", reply.Text());
    }

    [Fact]
    public async Task ALeadersRatingMessageForAVillageTypedByAWordStaysARating()
    {
        using var chat = new ChatHarness();
        chat.Db.AddVillage("进度村");
        var leader = chat.Member("王明", Role.Leader, Role.Office);

        var reply = await chat.Send(leader, "进度 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2");

        Assert.Contains("进度村", reply.Text());
        Assert.Contains("确认", string.Join(" ", chat.Buttons(leader).Select(b => b.Label)));
    }

    [Fact]
    public async Task TheLabelOfAPromptsButtonTypedPressesIt()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("王明", Role.Leader);
        await chat.Send(leader, "新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2");

        var reply = await chat.Send(leader, "取消");

        Assert.Empty(chat.Db.Store.Scores.Ratings.FindAll());
        Assert.DoesNotContain("已退出", reply.Text()); // the rating's own 取消, not /cancel
    }

    [Fact]
    public async Task HelpNamesEachCommandsWordsAndSaysInOneLineWhereAWordIsAnAnswer()
    {
        using var chat = new ChatHarness();
        var help = (await chat.Send(chat.Member("郑亚娜", Enum.GetValues<Role>()), "帮助")).Text();

        Assert.Contains("/score（评分、打分） — ", help);
        Assert.Contains("/ranking（排名） — ", help);
        Assert.Contains("/cancel（取消、退出） — ", help);
        Assert.Contains("正在操作时，村名、类别名和分数仍按回答处理。", help);
    }

    [Fact]
    public async Task InEnglishTheHelpStillNamesTheChineseWords()
    {
        using var chat = new ChatHarness("en");
        var help = (await chat.Send(chat.Member("Zheng", Enum.GetValues<Role>()), "/help")).Text();

        Assert.Contains("/score (评分, 打分) — ", help);
        Assert.Contains("Commands also answer to their Chinese words", help);
    }
}

/// <summary>A message that opens nothing answers with the member's own main actions, chosen by their roles.</summary>
public sealed class MemberMenuTests
{
    [Theory]
    [InlineData(new[] { Role.Examiner }, new[] { "评分", "帮助" })]
    [InlineData(new[] { Role.Leader }, new[] { "班子评分", "我的评分", "帮助" })]
    [InlineData(new[] { Role.GroupLeader }, new[] { "签字", "帮助" })]
    [InlineData(new[] { Role.Office }, new[] { "进度", "排名", "导出", "帮助" })]
    [InlineData(new[] { Role.Examiner, Role.GroupLeader, Role.Office }, new[] { "评分", "签字", "进度", "排名", "导出", "帮助" })]
    public async Task AGreetingGetsTheMembersActionsAsButtonsWithALineOnWhatTheBotIsFor(Role[] roles, string[] labels)
    {
        using var chat = new ChatHarness();
        var user = chat.Member("郑亚娜", roles);

        var reply = await chat.Send(user, "你好");

        Assert.Equal("郑亚娜，您好。这里是村级目标管理综合考核的评分助手，您可以：", reply.Text());
        Assert.Equal(labels, chat.Buttons(user).Select(b => b.Label));
    }

    [Fact]
    public async Task PressingAMenuButtonRunsItsCommand()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "在吗");

        var reply = await chat.Press(user, "评分", messageId: "m-7");

        var prompt = Assert.IsType<TextReply>(Assert.Single(reply));
        Assert.Equal("m-7", prompt.EditMessageId);
        Assert.Equal("请选择要评分的村（也可以直接输入村名）：", prompt.Text);
        Assert.Contains(chat.Buttons(user), b => b.Label.StartsWith("新庄村"));
    }

    [Fact]
    public async Task AnEnglishMemberGetsEnglishLabels()
    {
        using var chat = new ChatHarness("en");
        var user = chat.Member("Zheng", Role.Office);

        await chat.Send(user, "hello");

        Assert.Equal(["Progress", "Ranking", "Export", "Help"], chat.Buttons(user).Select(b => b.Label));
    }

    [Fact]
    public async Task AStrangerGetsHowToJoinInstead()
    {
        using var chat = new ChatHarness();

        var reply = await chat.Send(new ChatUser("test", "nobody"), "你好");

        Assert.Contains("/start", reply.Text());
        Assert.Empty(chat.Buttons(new ChatUser("test", "nobody")));
    }
}
