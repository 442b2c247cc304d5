using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>Reasons for deductions typed in Telegram: required by the period, asked again without one, then shown on /sheet.</summary>
public sealed class ReasonsByChatTests : EndToEndTest
{
    [Fact]
    public async Task ARequiredReasonIsAskedAgainThenStoredWithTheScoreAndShownOnTheSheet()
    {
        await JoinAsync(Zheng, Role.Examiner);
        await JoinAsync(Zhou, Role.Office);
        Service<PeriodSetup>().SetPolicy(new Actor(0, "test", "test"), Period.Id, Period.Policy with { ReasonsRequired = true });

        await SayAsync(Zheng, "/score");
        await SayAsync(Zheng, "新庄村");
        var prompt = await SayAsync(Zheng, "社保");
        Assert.Contains("低于满分须写扣分原因", prompt.Text);

        var refused = await ExchangeAsync(Zheng, "45", replies: 2);
        Assert.Contains("本期要求写扣分原因", refused[0].Text);
        Assert.Empty(Scores("新庄村"));

        var quick = await ExchangeAsync(Zheng, "45 40 10", replies: 2);
        Assert.Contains("第 1 项 城乡居民基本医疗保险（满分 50）：“45”低于满分，没写扣分原因", quick[0].Text);
        Assert.Empty(Scores("新庄村"));

        await SayAsync(Zheng, "45（参保台账缺 3 户） 40 10");
        Assert.Equal([(45m, "参保台账缺 3 户"), (40m, null), (10m, null)], Scores("新庄村").Select(s => (s.Value, s.Reason)));
        Assert.Equal("reason: 参保台账缺 3 户", Audit("新庄村").First().Detail);

        var before = Api.MessagesIn(Zhou.Id).Count;
        Api.SendText(Zhou, "/sheet 新庄村 text");
        await Api.WaitUntilAsync(() => Api.MessagesIn(Zhou.Id).Skip(before)
            .Any(m => m.Text?.Contains("新庄村 扣分及原因：\n社会保险 1. 城乡居民基本医疗保险 45/50：参保台账缺 3 户") == true), "the sheet's deductions with their reasons");
    }
}
