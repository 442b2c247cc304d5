using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>An examiner scores a category in Telegram, by buttons and by typing, and the sheet and audit trail say so.</summary>
public class ScoringByChatTests : EndToEndTest
{
    const int SocialInsurance = 7; // 社会保险: 3 items, maxima 50, 40, 10

    [Fact]
    public async Task AWholeCategoryByButtonsIsStoredItemByItemWithItsAuditTrailAndTheConfirmation()
    {
        await JoinAsync(Zheng, Role.Examiner);

        var villages = await SayAsync(Zheng, "/score");
        Assert.Equal("请选择要评分的村（也可以直接输入村名）：", villages.Text);
        var categories = await PressAsync(Zheng, villages, "新庄村 0/117");
        var first = await PressAsync(Zheng, categories, "社会保险 0/3");
        Assert.StartsWith("社会保险 1/3 · ", first.Text);
        Assert.Equal(["满分", "0", "跳过", "上一项"], first.AllButtons.Select(b => b.Label));

        var second = await PressAsync(Zheng, first, "满分");
        Assert.StartsWith("✓ ", second.Text);
        Assert.Contains("：50 分\n社会保险 2/3 · ", second.Text);
        var third = await PressAsync(Zheng, second, "0");
        Assert.Contains("：0 分\n社会保险 3/3 · ", third.Text);
        var review = await PressAsync(Zheng, third, "跳过");
        Assert.StartsWith("已跳过：", review.Text);
        Assert.Contains("⚠ 还有 1 项未评：第 3 项。", review.Text);

        var again = await PressAsync(Zheng, review, "改3");
        Assert.StartsWith("社会保险 3/3 · ", again.Text);
        var reviewed = await SayAsync(Zheng, "７．５");
        Assert.Contains("本类小计 57.5", reviewed.Text);
        var done = await PressAsync(Zheng, reviewed, "确认");
        Assert.StartsWith("✓ 已确认：社会保险 57.5 分。", done.Text);

        // A press answered by one prompt turned the pressed message into it: one message a press, and the earlier
        // prompts have no buttons left to press twice.
        Assert.Equal(first.MessageId, review.MessageId);
        Assert.Equal(reviewed.MessageId, done.MessageId);
        Assert.All(Api.MessagesIn(Zheng.Id).Where(m => m.MessageId != done.MessageId && m.MessageId != again.MessageId), m => Assert.Empty(m.Buttons));

        Assert.Equal([(0, 50m), (1, 0m), (2, 7.5m)], Scores("新庄村").Select(s => (s.Item, s.Value)));
        Assert.All(Scores("新庄村"), s => Assert.Equal((SocialInsurance, "telegram"), (s.Category, s.Channel)));
        var audit = Audit("新庄村");
        Assert.Equal(
            new (string, int?, decimal?, decimal?)[]
            {
                (AuditActions.ScoreSet, 0, null, 50m), (AuditActions.ScoreSet, 1, null, 0m), (AuditActions.ScoreSet, 2, null, 7.5m),
                (CategoryConfirmations.AuditAction, null, null, 57.5m),
            },
            audit.Select(a => (a.Action, a.Item, a.Old, a.New)));
        Assert.All(audit, a => Assert.Equal(("郑亚娜", SocialInsurance), (a.MemberName, a.Category)));
    }

    [Fact]
    public async Task QuickEntryFillsTheCategoryAtOnceAndAWrongNumberSavesNothing()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await SayAsync(Zheng, "/score 新庄");
        var prompt = await SayAsync(Zheng, "社保");
        Assert.StartsWith("社会保险 1/3 · ", prompt.Text);

        var refused = await ExchangeAsync(Zheng, "50 40 99", replies: 2);
        Assert.StartsWith("没有保存，以下各项有误：\n第 3 项 ", refused[0].Text);
        Assert.Contains("超过满分", refused[0].Text);
        Assert.StartsWith("社会保险 1/3 · ", refused[1].Text); // and the same prompt again
        Assert.Empty(Scores("新庄村"));

        var review = await SayAsync(Zheng, "50，40、10");
        Assert.StartsWith("请核对：新庄村 · 社会保险", review.Text);
        var done = await SayAsync(Zheng, "确认");
        Assert.StartsWith("✓ 已确认：社会保险 100 分。", done.Text);

        Assert.Equal([50m, 40m, 10m], Scores("新庄村").Select(s => s.Value));
        Assert.Equal(4, Audit("新庄村").Count);
        Assert.Equal(3, Audit("新庄村").Count(a => a.Action == AuditActions.ScoreSet));
    }
}
