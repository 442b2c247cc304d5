using System.Net;
using System.Text;
using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>
/// Webhook mode has no polling offset: when Telegram posts an update again (its first post timed out), only the
/// conversation engine's record of handled update ids stands between the answer and a second application.
/// </summary>
public sealed class WebhookRedeliveryTests : EndToEndTest
{
    const string Secret = "e2e-Secret_42";

    protected override IReadOnlyDictionary<string, string?> Settings => new Dictionary<string, string?>
    {
        ["Telegram:Mode"] = "webhook",
        ["Telegram:WebhookUrl"] = "https://appraisal.example.org/telegram/webhook",
        ["Telegram:WebhookSecret"] = Secret,
    };

    [Fact]
    public async Task AnAnswerPostedTwiceAtOnceIsAppliedOnceWithOneAuditEntryAndOneReply()
    {
        var members = Service<MemberDirectory>();
        var invite = members.CreateInvite(members.Add(Zheng.FirstName, [Role.Examiner]).Id);
        await PostAsync(Api.SendText(Zheng, "/start " + invite.Code));
        await PostAsync(Api.SendText(Zheng, "/score 新庄村"));
        await PostAsync(Api.SendText(Zheng, "社保"));
        var answered = (await Api.WaitForMessagesAsync(Zheng.Id, 3)).Count; // welcome, categories, first item

        var answer = Api.SendText(Zheng, "45");
        var responses = await Task.WhenAll(PostAsync(answer), PostAsync(answer), PostAsync(answer));
        await PostAsync(Api.SendText(Zheng, "/help"));
        await Api.WaitForMessagesAsync(Zheng.Id, answered + 3);
        await Task.Delay(300); // room for a wrongly repeated reply to show up

        Assert.All(responses, r => Assert.Equal(HttpStatusCode.OK, r));
        var after = Api.MessagesIn(Zheng.Id).Skip(answered).Select(m => m.Text!).ToList();
        Assert.Equal(3, after.Count);
        Assert.Contains("：45 分\n社会保险 2/3 · ", after[0]);
        Assert.Contains("社会保险 2/3 · ", after[2]);
        var score = Assert.Single(Scores("新庄村"));
        Assert.Equal((0, 45m), (score.Item, score.Value));
        Assert.Single(Audit("新庄村"), a => a.Action == AuditActions.ScoreSet);
    }

    async Task<HttpStatusCode> PostAsync(int updateId)
    {
        using var client = Bot.CreateClient();
        using var request = new HttpRequestMessage(HttpMethod.Post, "/telegram/webhook")
        {
            Content = new StringContent(Api.UpdateJson(updateId), Encoding.UTF8, "application/json"),
        };
        request.Headers.Add("X-Telegram-Bot-Api-Secret-Token", Secret);
        return (await client.SendAsync(request)).StatusCode;
    }
}
