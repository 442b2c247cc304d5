using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Conversations;

public class ScoreDialogTests
{
    static readonly ChatAppraisal.Rubrics.Rubric Rubric = Scenario.Rubric;

    [Fact]
    public async Task VillageButtonsShowEachVillagesProgress()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        chat.Db.ScoreBook.SetItem(new Actor(1, "x", "test"), chat.Period, chat.Village("新庄村").Id, 0, 0, 19);
        var reply = await chat.Send(user, "/score");
        Assert.Contains("请选择要评分的村", reply.Text());
        Assert.Equal(["新庄村 1/117", "东湾村 0/117", "西坪村 0/117"], chat.Buttons(user).Select(b => b.Label));
    }

    [Fact]
    public async Task ItemPromptNamesCategoryPositionItemAndMaximumWithButtons()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(1);
        await chat.Send(user, "19");
        var reply = await chat.Send(user, "5.5");
        Assert.Contains("党建工作 3/17 · 做合格党员（满分 13 分）", reply.Text());
        Assert.Contains("本类小计 24.5", reply.Text());
        Assert.Equal(["满分", "0", "跳过", "上一项"], chat.Buttons(user).Select(b => b.Label));
        Assert.True(reply.OfType<TextReply>().Last().NumbersAreAnswers);
    }

    [Fact]
    public async Task ScoringACategoryItemByItemStoresEveryScoreWithItsAuditEntry()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8); // 社会保险: 50, 40, 10
        await chat.Press(user, "满分");
        await chat.Send(user, "３７．５");
        var review = await chat.Press(user, "0");

        Assert.Equal([50m, 37.5m, 0m], chat.Scores().Select(s => s.Value));
        Assert.All(chat.Scores(), s => Assert.Equal(7, s.Category));
        var audit = chat.Audit().Where(a => a.Action == AuditActions.ScoreSet).ToList();
        Assert.Equal([50m, 37.5m, 0m], audit.Select(a => a.New!.Value));
        Assert.All(audit, a => Assert.Equal("郑亚娜", a.MemberName));
        Assert.Contains("请核对：新庄村 · 社会保险", review.Text());
        Assert.Contains("本类小计 87.5", review.Text());
    }

    [Fact]
    public async Task ConfirmingTheReviewMarksTheCategoryFinishedAndIsAudited()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50 40 10");
        var reply = await chat.Press(user, "确认");

        Assert.Contains("✓ 已确认：社会保险 100 分。", reply.Text());
        Assert.Contains("✓ 社会保险 100分", chat.Buttons(user).Select(b => b.Label));
        var confirmed = Assert.Single(chat.Audit(), a => a.Action == CategoryConfirmations.AuditAction);
        Assert.Equal(7, confirmed.Category);
        Assert.Equal(100m, confirmed.New);
    }

    [Fact]
    public async Task ChangingAnItemAfterConfirmationWithdrawsTheFinishedMark()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50 40 10");
        await chat.Press(user, "确认");
        await chat.Send(user, "8");         // 社会保险 again: complete, so straight to its review
        await chat.Press(user, "改2");
        await chat.Send(user, "39");
        var reply = await chat.Send(user, "/back"); // from the review back to the last item, then leave
        await chat.Send(user, "/cancel");
        await chat.Send(user, "/score");
        reply = await chat.Send(user, "新庄村");
        Assert.Contains("社会保险 3/3", chat.Buttons(user).Select(b => b.Label));
        Assert.Equal(39m, chat.Score(7, 1));
    }

    [Fact]
    public async Task QuickEntryFillsTheWholeCategoryAndShowsTheReviewWithTheCapWarning()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(4); // 社会治安综合治理(平安建设): items sum to 104
        var maxima = Rubric.Categories[3].Items.Select(i => Points.Format(i.Max));
        var reply = await chat.Send(user, string.Join("、", maxima));

        Assert.Equal(Rubric.Categories[3].Items.Select(i => i.Max), chat.Scores().Select(s => s.Value));
        Assert.Contains("本类小计 104", reply.Text());
        Assert.Contains("⚠ 超过本类满分 100，按 100 分计。", reply.Text());
        Assert.Equal(6, chat.Audit().Count(a => a.Action == AuditActions.ScoreSet));
    }

    [Fact]
    public async Task QuickEntryWithWrongNumbersSavesNothingAndListsEveryWrongOne()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var reply = await chat.Send(user, "60，abc；10.001");

        var text = reply.Text();
        Assert.Contains("没有保存", text);
        Assert.Contains("第 1 项 城乡居民基本医疗保险（满分 50）：“60”超过满分", text);
        Assert.Contains("第 2 项 农村居民医疗保险（满分 40）：“abc”不是分数", text);
        Assert.Contains("第 3 项 计生工作（满分 10）：“10.001”超过两位小数", text);
        Assert.Contains("社会保险 1/3", text); // asked again
        Assert.Empty(chat.Scores());
        Assert.Empty(chat.Audit());
    }

    [Fact]
    public async Task AWholeVillageByQuickEntryGivesTheWorkedExamplesOnsiteTotal()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score");
        await chat.Send(user, "新庄");
        var items = Scenario.WorkedExampleItems();
        for (var c = 0; c < Rubric.Categories.Count; c++)
        {
            await chat.Send(user, (c + 1).ToString());
            var values = Rubric.Categories[c].Items.Select((_, i) => Points.Format(items[(c, i)]));
            var review = await chat.Send(user, string.Join(" ", values));
            Assert.Contains("请核对", review.Text());
            await chat.Press(user, "确认");
        }

        var sheet = new Sheets(chat.Db.Store, chat.Db.Clock).Load(chat.Period, chat.Village("新庄村").Id)!;
        Assert.Equal(117, sheet.ItemsScored);
        Assert.Equal(1491.5m, sheet.Onsite);
        Assert.Equal(117, chat.Audit().Count(a => a.Action == AuditActions.ScoreSet));
        Assert.Equal(15, chat.Audit().Count(a => a.Action == CategoryConfirmations.AuditAction));
        Assert.Contains("新庄村 全部类别都已确认。", (await chat.Send(user, "/help")).Text());
    }

    [Fact]
    public async Task AWholeVillageByItemPromptsStoresEvery117Scores()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score");
        await chat.Press(user, "新庄村");
        var items = Scenario.WorkedExampleItems();
        for (var c = 0; c < Rubric.Categories.Count; c++)
        {
            await chat.Press(user, Rubric.Categories[c].Name + " ");
            for (var i = 0; i < Rubric.Categories[c].Items.Count; i++)
            {
                var item = Rubric.Categories[c].Items[i];
                if (items[(c, i)] == item.Max) await chat.Press(user, "满分");
                else await chat.Send(user, Points.Format(items[(c, i)]));
            }
            await chat.Press(user, "确认");
        }

        var stored = chat.Scores().ToDictionary(s => (s.Category, s.Item), s => s.Value);
        Assert.Equal(items.OrderBy(kv => kv.Key), stored.OrderBy(kv => kv.Key));
        Assert.Equal(117, chat.Audit().Count(a => a.Action == AuditActions.ScoreSet));
    }

    [Fact]
    public async Task SkipLeavesTheItemUnscoredAndTheReviewListsWhatIsMissing()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Press(user, "跳过");
        await chat.Send(user, "40");
        var review = await chat.Send(user, "10");
        Assert.Contains("1. 城乡居民基本医疗保险 未评/50", review.Text());
        Assert.Contains("⚠ 还有 1 项未评：第 1 项。", review.Text());
        Assert.Equal(2, chat.Scores().Count);
    }

    [Fact]
    public async Task EditingAnItemFromTheReviewByTypingItsNumber()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50 40 10");
        var prompt = await chat.Send(user, "修改第２项");
        Assert.Contains("社会保险 2/3 · 农村居民医疗保险（满分 40 分）", prompt.Text());
        Assert.Contains("现有分数：40", prompt.Text());
        var review = await chat.Send(user, "35");
        Assert.Contains("请核对", review.Text()); // an item opened from the review returns to it
        Assert.Equal(35m, chat.Score(7, 1));
        var audit = chat.Audit().Last(a => a.Action == AuditActions.ScoreSet);
        Assert.Equal((40m, 35m), (audit.Old, audit.New));
    }

    [Fact]
    public async Task AnUnknownItemNumberAtTheReviewIsRefused()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50 40 10");
        var reply = await chat.Send(user, "改9");
        Assert.Contains("没有第 9 项，本类共 3 项。", reply.Text());
        Assert.Contains("请核对", reply.Text());
    }

    [Fact]
    public async Task VillageAndCategoryCanBeTypedByAUniquePartOfTheirNames()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score");
        Assert.Contains("新庄村 · 已评 0/117 项", (await chat.Send(user, "新庄")).Text());
        Assert.Contains("精准扶贫帮扶工作 1/16", (await chat.Send(user, "帮扶")).Text());
    }

    [Fact]
    public async Task AnAmbiguousOrUnknownNameIsExplainedAndAskedAgain()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        await chat.Send(user, "/score");
        var reply = await chat.Send(user, "村");
        Assert.Contains("“村”对应多个：新庄村、东湾村、西坪村", reply.Text());
        Assert.Contains("请选择要评分的村", reply.Text());
        reply = await chat.Send(user, "新庄");
        reply = await chat.Send(user, "精准扶贫");   // exact name wins over 精准扶贫帮扶工作
        Assert.Contains("精准扶贫 1/6", reply.Text());
        await chat.Send(user, "/back"); // the first item's /back is the category list
        reply = await chat.Send(user, "精准"); // part of two names, and no alias ("扶贫" is 精准扶贫's alias)
        Assert.Contains("“精准”对应多个：精准扶贫帮扶工作、精准扶贫", reply.Text());
        reply = await chat.Send(user, "天气");
        Assert.Contains("没有找到类别“天气”", reply.Text());
    }

    [Fact]
    public async Task ASealedSheetRefusesScoresNamingWhoSigned()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var leader = chat.Db.Members.Add("马书记", [Role.GroupLeader]);
        new Sheets(chat.Db.Store, chat.Db.Clock).Seal(new Actor(leader.Id, leader.Name, "test"), chat.Period, chat.Village("新庄村").Id);
        var auditBefore = chat.Audit().Count;

        var reply = await chat.Send(user, "50");

        Assert.Contains("新庄村 的评分表已签字密封，签字人 马书记，不能再修改。", reply.Text());
        Assert.Contains("请选择要评分的村", reply.Text());
        Assert.Contains("🔒 新庄村 0/117", chat.Buttons(user).Select(b => b.Label));
        Assert.Empty(chat.Scores());
        Assert.Equal(auditBefore, chat.Audit().Count);
        reply = await chat.Send(user, "新庄村");
        Assert.Contains("已签字密封，签字人 马书记", reply.Text());
    }

    [Fact]
    public async Task APressAnsweredByOnePromptTurnsThePressedMessageIntoThatPrompt()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var replies = await chat.Press(user, "满分", messageId: "m-41");
        var edit = Assert.IsType<TextReply>(Assert.Single(replies));
        Assert.Equal("m-41", edit.EditMessageId);
        Assert.StartsWith("✓ ", edit.Text);
        Assert.Contains("：50 分\n社会保险 2/3", edit.Text);
        Assert.Equal(["满分", "0", "跳过", "上一项"], edit.Buttons!.SelectMany(r => r).Select(b => b.Label));
    }

    [Fact]
    public async Task APressAnsweredByMoreThanAPromptShowsTheChoiceInThePressedMessageAndSendsTheRest()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50");
        await chat.Send(user, "40");
        await chat.Send(user, "10");
        chat.Db.Store.Write(() => chat.Db.Store.Setup.Villages.Delete(chat.Db.Store.Setup.Villages.FindOne(v => v.Name == "新庄村")!.Id));

        var replies = await chat.Press(user, "确认", messageId: "m-42");

        var edit = Assert.IsType<TextReply>(replies[0]);
        Assert.Equal("m-42", edit.EditMessageId);
        Assert.Null(edit.Buttons);
        Assert.EndsWith("→ 确认", edit.Text);
        Assert.True(replies.Count > 1);
    }

    [Fact]
    public async Task ScoreStartedWithAVillageNameGoesStraightToItsCategories()
    {
        using var chat = new ChatHarness();
        var reply = await chat.Send(chat.Examiner(), "/score 东湾");
        Assert.Contains("东湾村 · 已评 0/117 项", reply.Text());
    }

    [Fact]
    public async Task WithoutVillagesScoreSaysSoAndCloses()
    {
        using var chat = new ChatHarness(samples: false);
        var user = chat.Examiner();
        Assert.Contains("还没有任何村", (await chat.Send(user, "/score")).Text());
        Assert.Contains("您可以：", (await chat.Send(user, "12")).Text());
    }
}
