using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>Reasons for deductions (扣分原因) typed in /score: at an item prompt, in quick entry, after the review; required or not.</summary>
public class ScoreReasonsDialogTests
{
    static void RequireReasons(ChatHarness chat) => chat.Db.Store.Write(() =>
    {
        var doc = chat.Db.Store.Setup.Periods.FindById(chat.Period.Id)!;
        doc.Policy = doc.Policy with { ReasonsRequired = true };
        chat.Db.Store.Setup.Periods.Update(doc);
    });

    static string? Reason(ChatHarness chat, int category, int item) =>
        chat.Db.Store.Scores.Items.FindById(ItemScoreDoc.Key(chat.Period.Id, chat.Village("新庄村").Id, category, item))?.Reason;

    [Fact]
    public async Task AReasonTypedAfterThePointsAtAnItemPromptIsStoredAndAuditedWithTheScore()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(1);
        await chat.Send(user, "19");
        await chat.Send(user, "5.5");
        var reply = await chat.Send(user, "10 会议记录缺两次");     // 做合格党员, max 13

        Assert.Contains("✓ 做合格党员：10 分（扣分原因：会议记录缺两次）", reply.Text());
        Assert.Equal(10m, chat.Score(0, 2));
        Assert.Equal("会议记录缺两次", Reason(chat, 0, 2));
        var entry = chat.Audit().Last(a => a.Action == AuditActions.ScoreSet);
        Assert.Equal((0, 2, 10m, "reason: 会议记录缺两次"), (entry.Category!.Value, entry.Item!.Value, entry.New!.Value, entry.Detail));

        // The bracketed form, full-width, at the next prompt.
        await chat.Send(user, "５（台账未及时更新）");
        Assert.Equal("台账未及时更新", Reason(chat, 0, 3));
    }

    [Fact]
    public async Task QuickEntryTakesAReasonInBracketsAfterItsNumberAndTheReviewShowsIt()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);   // 社会保险: 50, 40, 10
        var review = await chat.Send(user, "50 37.5(缴费台账不全，缺两户) 10");

        Assert.Equal([50m, 37.5m, 10m], chat.Scores().Select(s => s.Value));
        Assert.Equal([null, "缴费台账不全，缺两户", null], chat.Scores().Select(s => s.Reason));
        Assert.Contains("2. 农村居民医疗保险 37.5/40 · 原因：缴费台账不全，缺两户", review.Text());
        Assert.DoesNotContain("哪些扣分要写原因", review.Text());
    }

    [Fact]
    public async Task AfterTheReviewItAsksWhichDeductionsNeedAReasonAndTakesThemByItemNumber()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var review = await chat.Send(user, "50 37.5 8");
        Assert.Contains("哪些扣分要写原因？第 2、3 项低于满分", review.Text());

        var reply = await chat.Send(user, "2 缴费台账不全\n第3项：计生台账缺页");

        Assert.Contains("✓ 第 2 项 农村居民医疗保险：扣分原因“缴费台账不全”", reply.Text());
        Assert.Contains("3. 计生工作 8/10 · 原因：计生台账缺页", reply.Text());
        Assert.DoesNotContain("哪些扣分要写原因", reply.Text());
        Assert.Equal([null, "缴费台账不全", "计生台账缺页"], chat.Scores().Select(s => s.Reason));
        Assert.Equal([37.5m, 8m], chat.Audit().Where(a => a.Detail?.StartsWith("reason: ") == true).Select(a => a.New!.Value));

        // Full marks need no reason: refused, nothing changes.
        var refused = await chat.Send(user, "1 材料齐全");
        Assert.Contains("第 1 项 城乡居民基本医疗保险 是满分，不用写扣分原因。", refused.Text());
        Assert.Null(chat.Scores()[0].Reason);
    }

    [Fact]
    public async Task WhenReasonsAreRequiredAScoreBelowTheMaximumWithoutOneIsAskedAgainAndNothingIsSaved()
    {
        using var chat = new ChatHarness();
        RequireReasons(chat);
        var user = await chat.AtCategory(8);

        var refused = await chat.Send(user, "37.5");
        Assert.Contains("没有保存：城乡居民基本医疗保险 37.5 分低于满分 50，本期要求写扣分原因", refused.Text());
        Assert.Contains("例如“37.5 会议记录缺两次”", refused.Text());
        Assert.Contains("社会保险 1/3 · 城乡居民基本医疗保险", refused.Text());   // asked again
        Assert.Contains("低于满分须写扣分原因", refused.Text());
        Assert.Contains("本期要求写扣分原因", (await chat.Press(user, "0")).Text());
        Assert.Empty(chat.Scores());
        Assert.Empty(chat.Audit());

        var quick = await chat.Send(user, "50 37.5 10");
        Assert.Contains("本期要求低于满分的项写扣分原因", quick.Text());
        Assert.Contains("第 2 项 农村居民医疗保险（满分 40）：“37.5”低于满分，没写扣分原因", quick.Text());
        Assert.Empty(chat.Scores());

        await chat.Send(user, "50 37.5（缴费台账不全） 10");
        Assert.Equal([50m, 37.5m, 10m], chat.Scores().Select(s => s.Value));
        Assert.Equal("缴费台账不全", chat.Scores()[1].Reason);
    }

    [Fact]
    public async Task AnUnclosedBracketIsExplainedAndNothingIsSaved()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var reply = await chat.Send(user, "50 37.5(缴费台账不全 10");
        Assert.Contains("括号没有配对", reply.Text());
        Assert.Empty(chat.Scores());
    }

    [Fact]
    public async Task TheSheetListsEveryDeductionWithItsReason()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        await chat.Send(user, "50 37.5(缴费台账不全) 8");
        var office = chat.Member("王主任", Role.Office);

        var text = (await chat.Send(office, "/sheet 新庄村 text")).Text();
        Assert.Contains("新庄村 扣分及原因：\n", text);
        Assert.Contains("社会保险 2. 农村居民医疗保险 37.5/40：缴费台账不全", text);
        Assert.Contains("社会保险 3. 计生工作 8/10：（未写原因）", text);
    }
}
