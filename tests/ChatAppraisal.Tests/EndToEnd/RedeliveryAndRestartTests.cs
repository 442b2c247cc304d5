using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>Telegram delivers an update twice, and the bot restarts in the middle of a dialog: nothing twice, nothing lost.</summary>
public class RedeliveryAndRestartTests : EndToEndTest
{
    [Fact]
    public async Task AnAnswerDeliveredTwiceIsAppliedOnceWithOneAuditEntryAndOneReply()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await SayAsync(Zheng, "/score 新庄村");
        await SayAsync(Zheng, "社保");
        var before = Api.MessagesIn(Zheng.Id).Count;
        var answer = Api.SendText(Zheng, "45");
        await Api.WaitForMessagesAsync(Zheng.Id, before + 1);

        Api.DeliverAgain(answer);
        var next = await SayAsync(Zheng, "35");

        Assert.StartsWith("✓ ", next.Text);
        Assert.Contains("：35 分\n社会保险 3/3 · ", next.Text);
        Assert.Equal(before + 2, Api.MessagesIn(Zheng.Id).Count);
        Assert.Equal([45m, 35m], Scores("新庄村").Select(s => s.Value));
        Assert.Equal(2, Audit("新庄村").Count(a => a.Action == AuditActions.ScoreSet));
    }

    [Fact]
    public async Task AfterARestartMidDialogTheExaminerContinuesAtTheSamePromptAndNothingIsReplayed()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await SayAsync(Zheng, "/score 新庄村");
        await SayAsync(Zheng, "社保");
        var second = await SayAsync(Zheng, "50");
        Assert.Contains("社会保险 2/3 · ", second.Text);
        var sent = Api.MessagesIn(Zheng.Id).Count + 2; // the help, and the prompt again
        var help = Api.SendText(Zheng, "/help");
        await Api.WaitForMessagesAsync(Zheng.Id, sent);

        await StopBotAsync();
        var polls = Api.RequestsFor("getUpdates").Count;
        await StartBotAsync();
        await Api.WaitUntilAsync(() => Api.RequestsFor("getUpdates").Count > polls + 1, "a second poll after the restart");

        Assert.Equal(help + 1, Api.RequestsFor("getUpdates")[polls].Body["offset"]?.GetValue<int>());
        Assert.Equal(sent, Api.MessagesIn(Zheng.Id).Count);
        // The prompt /help repeated is the one to answer, and its buttons still work after the restart.
        var prompt = Api.MessagesIn(Zheng.Id)[^1];
        Assert.Contains("社会保险 2/3 · ", prompt.Text);
        var third = await PressAsync(Zheng, prompt, "满分");
        Assert.Contains("：40 分\n社会保险 3/3 · ", third.Text);
        var review = await SayAsync(Zheng, "10");
        Assert.StartsWith("✓ ", review.Text);
        Assert.Contains("请核对：新庄村 · 社会保险", review.Text);

        Assert.Equal([50m, 40m, 10m], Scores("新庄村").Select(s => s.Value));
        Assert.Equal(3, Audit("新庄村").Count);
    }
}
