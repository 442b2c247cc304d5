using System.Text;
using ChatAppraisal.Channels;
using ChatAppraisal.Members;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.WeCom.EndToEnd;

/// <summary>The whole bot as a WeCom app: the URL check of 设置API接收, the only channel running, joining with /start CODE.</summary>
public sealed class WeComJoiningTests : WeComEndToEndTest
{
    [Fact]
    public async Task TheUrlCheckIsAnsweredWithTheBareEchoAndWeComRunsBesideTheBrowserChatWithoutTheConsole()
    {
        var (result, echo) = await Api.VerifyUrlAsync();

        Assert.Equal((200, echo), (result.Status, result.Body));
        using var client = new HttpClient();
        Assert.Equal(Encoding.ASCII.GetBytes(echo), await client.GetByteArrayAsync($"{Api.CallbackUrl}?{result.Query}"));
        Assert.Equal(["web", "wecom"], Bot.Services.GetServices<IChatChannel>().Select(c => c.Name).Order());
    }

    [Fact]
    public async Task AStrangerOpeningTheAppIsToldHowToJoinAndAMemberJoinsWithTheInviteCode()
    {
        Assert.True((await Api.EnterAgentAsync(Stranger)).Acknowledged);
        var hint = (await Api.WaitForMessagesAsync(Stranger, 1)).Single();
        Assert.Equal(("text", "您好！这里是村级目标管理综合考核。您还没有加入，请向管理员要邀请码，然后发送：/start 邀请码"), (hint.Type, hint.Text));

        var member = await JoinAsync(Zheng, Role.Examiner);

        var account = Service<MemberDirectory>().Account("wecom", Zheng);
        Assert.NotNull(account);
        Assert.Equal(member.Id, account.MemberId);
        Assert.StartsWith("欢迎，郑亚娜", Inbox(Zheng).Single().Reads);
        Assert.Empty(Api.Dropped);
    }
}
