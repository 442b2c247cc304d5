using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.WeCom.EndToEnd;

/// <summary>An examiner scores in WeCom: by typed names, by card buttons (each pressed card then shows the choice), by quick entry.</summary>
public class WeComScoringTests : WeComEndToEndTest
{
    const int SocialInsurance = 7; // 社会保险: 3 items, maxima 50, 40, 10

    [Fact]
    public async Task ACategoryByTypedNamesAndLabelsIsStoredWithItsAuditTrail()
    {
        await JoinAsync(Zheng, Role.Examiner);

        var villages = await SayAsync(Zheng, "/score");
        Assert.Equal(("template_card", "请选择要评分的村（也可以直接输入村名）："), (villages.Type, villages.Title));
        Assert.Equal(["新庄村 0/117", "东湾村 0/117", "西坪村 0/117"], villages.Buttons.Select(b => b.Text));

        // Fifteen categories are more than a card holds: numbered lines, chosen here by a unique part of the name.
        var categories = await SayAsync(Zheng, "新庄");
        Assert.Equal("text", categories.Type);
        Assert.StartsWith("新庄村 · 已评 0/117 项", categories.Text);
        Assert.Contains("\n8. 社会保险 0/3\n", categories.Text);

        var first = await SayAsync(Zheng, "社保");
        Assert.Equal("template_card", first.Type);
        Assert.StartsWith("社会保险 1/3 · 城乡居民基本医疗保险", first.Reads);
        Assert.Equal(["满分", "0", "跳过", "上一项"], first.Buttons.Select(b => b.Text));

        var second = await SayAsync(Zheng, "５０");           // a typed score
        Assert.StartsWith("✓ 城乡居民基本医疗保险：50 分\n社会保险 2/3 · ", second.Reads);
        var third = await SayAsync(Zheng, "满分");           // a typed label presses that button
        Assert.Contains("：40 分\n社会保险 3/3 · ", third.Reads);
        var review = await SayAsync(Zheng, "7.5");
        Assert.Contains("：7.5 分\n请核对：新庄村 · 社会保险", review.Reads);
        var done = await SayAsync(Zheng, "确认");
        Assert.StartsWith("✓ 已确认：社会保险 97.5 分。", done.Reads);

        Assert.Equal([(0, 50m), (1, 40m), (2, 7.5m)], Scores("新庄村").Select(s => (s.Item, s.Value)));
        Assert.All(Scores("新庄村"), s => Assert.Equal((SocialInsurance, "wecom"), (s.Category, s.Channel)));
        Assert.Equal(
            [AuditActions.ScoreSet, AuditActions.ScoreSet, AuditActions.ScoreSet, CategoryConfirmations.AuditAction],
            Audit("新庄村").Select(a => a.Action));
        Assert.All(Audit("新庄村"), a => Assert.Equal("郑亚娜", a.MemberName));
        Assert.Empty(Api.Dropped);
    }

    [Fact]
    public async Task 确认TypedBeforeTheReviewWasEvenSentConfirmsTheCategory()
    {
        // Seen under load: the review's 确认 typed a second after it arrived was answered "这个按钮已过期", because what a
        // typed label pressed was remembered only after the send. The engine stores the prompt in the update's own
        // transaction, so the label presses the prompt the member is answering, sent yet or not.
        await JoinAsync(Zheng, Role.Examiner);
        await SayAsync(Zheng, "/score");
        await SayAsync(Zheng, "新庄");
        await SayAsync(Zheng, "社保");
        await SayAsync(Zheng, "50");
        await SayAsync(Zheng, "40");
        var review = await SayAsync(Zheng, "10");
        Assert.Contains("请核对：新庄村 · 社会保险", review.Reads);

        Api.Faults = r => r.Call == "message/send" ? WeComFault.Slow(TimeSpan.FromSeconds(2)) : null;
        var before = Inbox(Zheng).Count;
        Assert.True((await Api.SendTextAsync(Zheng, "改3")).Acknowledged);   // the item asked again: its send is held
        Assert.True((await Api.SendTextAsync(Zheng, "7.5")).Acknowledged);  // its answer: a new review, not sent yet
        Assert.True((await Api.SendTextAsync(Zheng, "确认")).Acknowledged);

        await Api.WaitUntilAsync(() => Audit("新庄村").Any(a => a.Action == CategoryConfirmations.AuditAction), "the category to be confirmed");
        Api.Faults = null;
        await Api.WaitUntilAsync(() => Inbox(Zheng).Skip(before).Any(m => m.Reads.StartsWith("✓ 已确认：社会保险 97.5 分。", StringComparison.Ordinal)),
            "the confirmation to arrive");
        Assert.DoesNotContain(Inbox(Zheng).Skip(before), m => m.Reads.Contains("这个按钮已过期"));
        Assert.Equal([(0, 50m), (1, 40m), (2, 7.5m)], Scores("新庄村").Select(s => (s.Item, s.Value)));
    }

    [Fact]
    public async Task ByCardButtonsEachPressedCardShowsTheChoiceAndAnOldCardPressedAgainIsStale()
    {
        await JoinAsync(Zheng, Role.Examiner);
        var villages = await SayAsync(Zheng, "/score");

        var categories = await PressAsync(villages, "东湾村 0/117");
        Assert.Equal("东湾村 0/117", villages.ReplacedWith);
        Assert.StartsWith("东湾村 · 已评 0/117 项", categories.Reads);
        var first = await SayAsync(Zheng, "社会保险 0/3");   // a numbered line's label

        var second = await PressAsync(first, "满分");
        Assert.Equal("满分", first.ReplacedWith);
        Assert.Equal("template_card", second.Type);
        Assert.StartsWith("✓ 城乡居民基本医疗保险：50 分", second.Title);
        var third = await PressAsync(second, "0");
        Assert.Equal("0", second.ReplacedWith);
        Assert.Contains("：0 分\n社会保险 3/3 · ", third.Reads);

        // The third item typed, not pressed: its card keeps its buttons, and a press of it later is stale.
        var review = await SayAsync(Zheng, "6");
        Assert.Contains("：6 分\n请核对：东湾村 · 社会保险", review.Reads);
        Assert.Null(third.ReplacedWith);
        var before = Inbox(Zheng).Count;
        Assert.True((await Api.PressButtonAsync(third, "满分")).Acknowledged);
        var stale = await Api.WaitForMessagesAsync(Zheng, before + 2);
        Assert.Equal("这个按钮已过期。", stale[before].Text);
        Assert.StartsWith("请核对：东湾村 · 社会保险", stale[before + 1].Reads);
        Assert.Equal([(0, 50m), (1, 0m), (2, 6m)], Scores("东湾村").Select(s => (s.Item, s.Value)));
        Assert.Throws<InvalidOperationException>(() => Api.PressCode(first)); // an updated card cannot be pressed again

        var done = await PressAsync(stale[before + 1], "确认");
        Assert.StartsWith("✓ 已确认：社会保险 56 分。", done.Reads);
        Assert.Equal(4, Api.RequestsFor("message/update_template_card").Count(r => r.Succeeded)); // village, two items, 确认
        Assert.Empty(Api.Dropped);
    }

    [Fact]
    public async Task QuickEntryFillsTheCategoryAtOnceAndAWrongNumberSavesNothing()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await SayAsync(Zheng, "/score 新庄");
        var prompt = await SayAsync(Zheng, "社保");
        Assert.StartsWith("社会保险 1/3 · ", prompt.Reads);

        var refused = await ExchangeAsync(Zheng, "50 40 99", replies: 2);
        Assert.StartsWith("没有保存，以下各项有误：\n第 3 项 ", refused[0].Text);
        Assert.Contains("超过满分", refused[0].Text);
        Assert.StartsWith("社会保险 1/3 · ", refused[1].Reads); // and the same prompt again
        Assert.Empty(Scores("新庄村"));

        var review = await SayAsync(Zheng, "50，40、10");
        Assert.StartsWith("请核对：新庄村 · 社会保险", review.Reads);
        var done = await SayAsync(Zheng, "确认");
        Assert.StartsWith("✓ 已确认：社会保险 100 分。", done.Reads);
        Assert.Equal([50m, 40m, 10m], Scores("新庄村").Select(s => s.Value));
    }
}
