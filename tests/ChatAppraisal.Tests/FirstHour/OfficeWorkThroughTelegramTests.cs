using ChatAppraisal.Members;
using ChatAppraisal.Tests.EndToEnd;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>
/// The first hour's admin in a channel (the whole bot over Telegram): greeted with the office's menu, doing the office's
/// work from it and by its words, and inviting a leader by the role's Chinese name (issue 29.2–29.3).
/// </summary>
public sealed class OfficeWorkThroughTelegramTests : EndToEndTest
{
    static readonly FakeUser Zhoujiu = new(2005, "周九");

    [Fact]
    public async Task AnAdminAloneDoesTheOfficesWorkAndInvitesALeaderByTheRolesChineseName()
    {
        await JoinAsync(Zhou, Role.Admin);

        var menu = await SayAsync(Zhou, "你好");
        Assert.Equal(["进度", "排名", "导出", "帮助"], menu.AllButtons.Select(b => b.Label));

        var progress = await PressAsync(Zhou, menu, "进度");
        Assert.Contains("进度", progress.Text);
        foreach (var (typed, expected) in new[] { ("排名 文字", "名次｜村｜现场考核｜党政班子成员评分｜综合得分（千分制）｜状态"), ("日程", "日程"), ("评分表 新庄村 文字", "新庄村") })
        {
            var reply = await SayAsync(Zhou, typed);
            Assert.DoesNotContain("需要“考核办公室”角色", reply.Text);
            Assert.Contains(expected, reply.Text);
        }

        var invited = await SayAsync(Zhou, "邀请 周九 班子成员");
        Assert.StartsWith("已添加 周九（党政班子成员）", invited.Text);
        var code = invited.Text!.Split('\n').Single(l => l.StartsWith("请周九发送：/start "))["请周九发送：/start ".Length..];
        var welcome = await SayAsync(Zhoujiu, "/start " + code);
        Assert.Equal("欢迎，周九！您的角色：党政班子成员。发送 /help 查看可用的命令。", welcome.Text);
        Assert.Equal([Role.Leader], Service<MemberDirectory>().FindByAccount("telegram", Zhoujiu.Id.ToString())!.Roles);
    }
}
