using ChatAppraisal.Storage.LiteDb;
using System.Text;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;

namespace ChatAppraisal.Tests.WeCom.EndToEnd;

/// <summary>What WeCom's side can do to the whole bot: forge, deliver again, flood one member, end a token early.</summary>
public sealed class WeComDeliveryTests : WeComEndToEndTest
{
    [Fact]
    public async Task AForgedSignatureIsRefusedAndChangesNothing()
    {
        var member = Service<MemberDirectory>().Add("郑亚娜", [Role.Examiner]);
        var invite = Service<MemberDirectory>().CreateInvite(member.Id);

        var forged = await Api.PostAsync(Api.Callback(Zheng, "text") with { Content = "/start " + invite.Code, MsgId = "42" },
            sealed_ => (sealed_.Query.Replace("msg_signature=", "msg_signature=0"), sealed_.Body));

        Assert.Equal(403, forged.Status);
        Assert.Null(Service<MemberDirectory>().Account("wecom", Zheng));
        Assert.DoesNotContain(Store.LiteDatabase().GetCollection<ConversationDoc>("conversations").FindAll(), c => c.Id.Contains(Zheng, StringComparison.Ordinal));
        // The invite still works, for the real member.
        await JoinAsync(Sun, Role.Office);
        Assert.Empty(Api.MessagesTo(Zheng));
    }

    [Fact]
    public async Task ACallbackDeliveredAgainIsAnsweredOnce()
    {
        await JoinAsync(Zheng, Role.Examiner);
        var first = await Api.SendTextAsync(Zheng, "/score");
        await Api.WaitForMessagesAsync(Zheng, 2);

        var again = await Api.DeliverAgainAsync(first);
        var third = await Api.DeliverAgainAsync(first);
        var cancelled = await SayAsync(Zheng, "/cancel"); // the outbox keeps a member's order: a second answer would have come first

        Assert.True(again.Acknowledged && third.Acknowledged);
        var inbox = Inbox(Zheng);
        Assert.Equal(1, inbox.Count(m => m.Reads.StartsWith("请选择要评分的村", StringComparison.Ordinal)));
        Assert.Same(cancelled, inbox[^1]);
        Assert.Equal("text", cancelled.Type);
        Assert.Equal(3, inbox.Count);
    }

    [Fact]
    public async Task ABurstOfAHundredMessagesFromOneMemberIsAllAnsweredMergedWithinTheLimitAndNothingDropped()
    {
        await JoinAsync(Zheng, Role.Examiner);
        // Slow sends, as a busy WeCom answers: the replies pile up in the outbox meanwhile, and it merges them.
        Api.Faults = r => r.Call == "message/send" ? WeComFault.Slow(TimeSpan.FromMilliseconds(250)) : null;

        for (var i = 1; i <= 100; i++) Assert.True((await Api.SendTextAsync(Zheng, $"/burst{i}")).Acknowledged);

        await Api.WaitUntilAsync(() => Answered() == 100, "all 100 answers", TimeSpan.FromSeconds(60));
        var answers = Inbox(Zheng).Skip(1).ToList();
        Assert.Empty(Api.Dropped);
        Assert.InRange(answers.Count, 2, 30); // merged into few messages, all within the first minute's 30
        var lines = answers.SelectMany(m => m.Text!.Split("\n\n")).ToList();
        Assert.Equal(Enumerable.Range(1, 100).Select(i => $"没有 /burst{i} 这个命令。发送 /help 查看可用的命令。"), lines);
        Assert.All(answers, m => Assert.True(Encoding.UTF8.GetByteCount(m.Text!) <= 2048));
        Assert.True(MostInAnyMinute() <= 30);
        await Api.WaitUntilAsync(() => Store.LiteDatabase().GetCollection<OutboxDoc>(OutboxDoc.Collection).Count() == 0, "the outbox to be crossed off");

        int Answered() => Inbox(Zheng).Skip(1).Sum(m => m.Text!.Split("\n\n").Length);
    }

    int MostInAnyMinute()
    {
        var times = Inbox(Zheng).Select(m => m.SentAt).OrderBy(t => t).ToList();
        return times.Count == 0 ? 0 : times.Max(t => times.Count(u => u >= t && u < t + TimeSpan.FromMinutes(1)));
    }

    [Fact]
    public async Task ATokenExpiredMidRunIsRenewedAndTheReplySentOnce()
    {
        await JoinAsync(Zheng, Role.Examiner);
        var tokens = Api.RequestsFor("gettoken").Count;

        Api.ExpireTokens();
        var reply = await SayAsync(Zheng, "/help");

        Assert.StartsWith("郑亚娜（", reply.Text);
        Assert.Contains("可用命令：\n/score", reply.Text);
        var sends = Api.RequestsFor("message/send");
        Assert.Equal(42001, sends[^2].ErrorCode);
        Assert.True(sends[^1].Succeeded);
        Assert.Equal(tokens + 1, Api.RequestsFor("gettoken").Count);
        Assert.NotEqual(sends[^2].Query["access_token"], sends[^1].Query["access_token"]);
        Assert.Equal(2, Inbox(Zheng).Count);
    }
}
