using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Tests.EndToEnd;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.Publication;

/// <summary>公示 and an objection over the Telegram double: the whole bot, its outbox and Telegram's wire format.</summary>
public sealed class TelegramPublicationTests : EndToEndTest
{
    [Fact]
    public async Task OverTelegramTheVillageIsToldItsResultObjectsAndIsToldTheAnswer()
    {
        await JoinAsync(Sun, Role.Office);
        var added = Service<MemberRoster>().Add(new Actor(0, "test", "test"), Zhou.FirstName, [Role.Village], Village("东湾村").Id);
        Api.SendText(Zhou, "/start " + added.Invite!.Code);
        await Api.WaitForMessageAsync(Zhou.Id, m => m.Text!.StartsWith("欢迎"));

        var asked = await SayAsync(Sun, "发布结果 5");
        Assert.Contains("还有 3 个村的评分表没有签字密封：新庄村、东湾村、西坪村", asked.Text);
        Assert.Null(Service<Publications>().Find(Period.Id));
        await PressAsync(Sun, asked, "仍然发布");
        // Waited for by its words: the publication's backup may tell the office of itself before or after it.
        await Api.WaitForMessageAsync(Sun.Id, m => m.Text!.Contains($"已通知 1 人：东湾村 {Zhou.FirstName}（Telegram）"));
        // And the backup's own notice waited for, so that it is not taken for the answer to what Sun types next.
        await Api.WaitForMessageAsync(Sun.Id, m => m.Text!.StartsWith("✅ 备份完成", StringComparison.Ordinal));

        var result = await Api.WaitForMessageAsync(Zhou.Id, m => m.Text!.Contains("考核结果（公示）"));
        Assert.StartsWith($"东湾村 · {Period.Name}考核结果（公示）", result.Text);
        Assert.DoesNotContain("新庄村", result.Text);

        var made = await SayAsync(Zhou, "申诉 做合格党员 会议记录已补交");
        Assert.Contains("✓ 已提交申诉 #1：东湾村 · 做合格党员（现 未评分）：会议记录已补交", made.Text);
        await PressAsync(Zhou, made, "完成");
        await Api.WaitForMessageAsync(Sun.Id, m => m.Text!.Contains("📮 新申诉 #1"));
        Api.SendText(Sun, "/objections 1 驳回 没有会议记录原件");
        await Api.WaitForMessageAsync(Sun.Id, m => m.Text!.Contains("已驳回：没有会议记录原件"));
        var answer = await Api.WaitForMessageAsync(Zhou.Id, m => m.Text!.Contains("已驳回"));
        Assert.Equal("申诉 #1（东湾村 · 做合格党员）已驳回，理由：没有会议记录原件", answer.Text);
    }
}
