using ChatAppraisal.Storage.LiteDb;
using System.Net;
using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Admin;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>People join through Telegram: an admin adds them through the admin API and they open the deep link it returns.</summary>
public sealed class RegistrationTests : EndToEndTest
{
    [Fact]
    public async Task AMemberAddedThroughTheAdminApiJoinsByOpeningTheDeepLinkAndTheCodeWorksOnlyOnce()
    {
        using var admin = Bot.CreateClient();
        admin.DefaultRequestHeaders.Add("X-Api-Key", ApiKey);
        var created = await (await admin.Post("/api/members", new { name = "郑亚娜", roles = new[] { "examiner" } })).ReadJson(HttpStatusCode.Created);
        var code = created.GetProperty("inviteCode").GetString()!;
        var link = created.GetProperty("inviteLink").GetString()!;
        Assert.Equal($"https://t.me/{Api.BotUsername}?start={code}", link);

        // Telegram turns the opened link into "/start CODE", with the payload taken from the link.
        var welcome = await SayAsync(Zheng, "/start " + new Uri(link).Query["?start=".Length..]);

        Assert.Equal("欢迎，郑亚娜！您的角色：考核组业务人员。发送 /help 查看可用的命令。", welcome.Text);
        var bound = Service<MemberDirectory>().FindByAccount("telegram", Zheng.Id.ToString());
        Assert.Equal(created.GetProperty("id").GetInt32(), bound?.Id);
        var accounts = (await (await admin.GetAsync("/api/members")).ReadJson()).EnumerateArray()
            .Single(m => m.GetProperty("id").GetInt32() == bound!.Id).GetProperty("accounts");
        Assert.Equal([$"telegram:{Zheng.Id}"], accounts.EnumerateArray().Select(a => a.GetString()));

        var second = await SayAsync(Qian, "/start " + code);
        Assert.Equal("这个邀请码已经用过了，每个邀请码只能用一次。请向管理员要一个新的。", second.Text);
        Assert.Null(Service<MemberDirectory>().FindByAccount("telegram", Qian.Id.ToString()));
    }

    [Fact]
    public async Task SomeoneWithoutAnInviteOnlyLearnsHowToJoinAndCannotScore()
    {
        var answer = await SayAsync(Stranger, "/score");

        Assert.Equal("您好！这里是村级目标管理综合考核。您还没有加入，请向管理员要邀请码，然后发送：/start 邀请码", answer.Text);
        Assert.Empty(answer.Buttons);
        Assert.Empty(Store.LiteDatabase().GetCollection("conversations").FindAll());
    }

    [Fact]
    public async Task AnInviteCreatedInTheChatByAnAdminCarriesTheDeepLinkAndWorks()
    {
        await JoinAsync(Zhou, Role.Admin);

        var created = await SayAsync(Zhou, "/invite 钱卫东 leader,office");

        var link = created.Text!.Split('\n').Single(l => l.StartsWith("或点链接（Telegram）："))["或点链接（Telegram）：".Length..];
        Assert.StartsWith($"https://t.me/{Api.BotUsername}?start=", link);
        var welcome = await SayAsync(Qian, "/start " + link[(link.IndexOf('=') + 1)..]);
        Assert.Equal("欢迎，钱卫东！您的角色：党政班子成员、考核办公室。发送 /help 查看可用的命令。", welcome.Text);
        Assert.Equal([Role.Leader, Role.Office], Service<MemberDirectory>().FindByAccount("telegram", Qian.Id.ToString())!.Roles);
    }
}
