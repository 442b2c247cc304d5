using System.Text.RegularExpressions;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Conversations;

public partial class MembersInChatTests
{
    static readonly ChatUser Stranger = new("test", "stranger-1", "路人");

    [Theory]
    [InlineData("/score")]
    [InlineData("新庄村 18 9 5")]
    [InlineData("/start")]
    [InlineData("/help")]
    public async Task AnUnknownUserOnlyLearnsHowToJoin(string text)
    {
        using var chat = new ChatHarness();
        var reply = await chat.Send(Stranger, text);
        Assert.Equal("您好！这里是村级目标管理综合考核。您还没有加入，请向管理员要邀请码，然后发送：/start 邀请码", Assert.IsType<TextReply>(Assert.Single(reply)).Text);
        Assert.Null(chat.Db.Members.FindByAccount(Stranger.Channel, Stranger.UserId));
    }

    [Fact]
    public async Task AnUnknownUsersButtonOrPhotoGetsTheSameExplanation()
    {
        using var chat = new ChatHarness();
        Assert.Contains("/start 邀请码", (await chat.Deliver(new ChatUpdate(Stranger, 1, ButtonData: "1|max"))).Text());
        Assert.Contains("/start 邀请码", (await chat.Deliver(new ChatUpdate(Stranger, 2, Unsupported: true))).Text());
    }

    [Fact]
    public async Task StartWithAnInviteCodeBindsTheAccountOnlyOnce()
    {
        using var chat = new ChatHarness();
        var member = chat.Db.Members.Add("郑亚娜", [Role.Examiner]);
        var code = chat.Db.Members.CreateInvite(member.Id).Code;

        var reply = await chat.Send(Stranger, $"/start {code}");
        Assert.Contains("欢迎，郑亚娜！您的角色：考核组业务人员。", reply.Text());
        Assert.Equal(member.Id, chat.Db.Members.FindByAccount(Stranger.Channel, Stranger.UserId)!.Id);
        Assert.Contains("请选择要评分的村", (await chat.Send(Stranger, "/score")).Text());

        var second = new ChatUser("test", "stranger-2");
        Assert.Contains("这个邀请码已经用过了", (await chat.Send(second, $"/start {code}")).Text());
        Assert.Null(chat.Db.Members.FindByAccount(second.Channel, second.UserId));
    }

    [Fact]
    public async Task AnExpiredOrUnknownCodeIsRefused()
    {
        using var chat = new ChatHarness();
        var code = chat.Db.Members.CreateInvite(chat.Db.Members.Add("郑亚娜", [Role.Examiner]).Id).Code;
        chat.Db.Clock.Advance(TimeSpan.FromDays(7) + TimeSpan.FromMinutes(1));
        Assert.Contains("邀请码已过期", (await chat.Send(Stranger, $"/start {code}")).Text());
        Assert.Contains("邀请码不对", (await chat.Send(Stranger, "/start not-a-code")).Text());
        Assert.Contains("邀请码不对", (await chat.Send(Stranger, "/start " + new string('x', 65))).Text());
        Assert.Null(chat.Db.Members.FindByAccount(Stranger.Channel, Stranger.UserId));
    }

    [Fact]
    public async Task AnAdminInvitesFromTheChatAndTheCodeJoinsTheNewMember()
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);

        var reply = (await chat.Send(admin, "/invite 张三 examiner,group-leader")).Text();

        Assert.Contains("已添加 张三（考核组业务人员、考核组长）。", reply);
        var code = CodeIn().Match(reply).Groups[1].Value;
        Assert.Matches("^[A-Za-z0-9_-]{1,64}$", code);
        var zhang = new ChatUser("test", "zhang");
        await chat.Send(zhang, $"/start {code}");
        var member = chat.Db.Members.FindByAccount("test", "zhang")!;
        Assert.Equal("张三", member.Name);
        Assert.Equal([Role.Examiner, Role.GroupLeader], member.Roles);
    }

    [Fact]
    public async Task AMemberInvitedFromTheChatIsAuditedUnderTheInvitingAdmin()
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);
        var adminId = chat.Db.Members.FindByAccount(admin.Channel, admin.UserId)!.Id;

        await chat.Send(admin, "/invite 张三 examiner");

        var zhang = chat.Db.Members.All().Single(m => m.Name == "张三");
        var entry = Assert.Single(chat.Db.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.MemberAdded);
        Assert.Equal(adminId, entry.MemberId);
        Assert.Equal("管理员", entry.MemberName);
        Assert.Equal(admin.Channel, entry.Channel);
        Assert.Equal($"#{zhang.Id} 张三 (examiner)", entry.Detail);
    }

    [Fact]
    public async Task InvitingACurrentMembersNameFromTheChatIsRefusedAndAddsNobody()
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);
        await chat.Send(admin, "/invite 张三 examiner");
        var members = chat.Db.Members.All().Count;
        var invites = chat.Db.Store.Roster.Invites.Count();

        var reply = (await chat.Send(admin, "/invite 张三 leader")).Text();

        Assert.Equal("已有成员叫“张三”，姓名不能重复。没有添加。可以加个注明，例如“张三(农业)”。", reply);
        Assert.Equal(members, chat.Db.Members.All().Count);
        Assert.Equal(invites, chat.Db.Store.Roster.Invites.Count());
        Assert.Single(chat.Db.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.MemberAdded);
    }

    [Theory]
    [InlineData("/invite", "用法：/invite 姓名 角色[,角色]")]
    [InlineData("/invite 张三", "用法：/invite 姓名 角色[,角色]")]
    [InlineData("/invite 张三 boss", "不认识的角色：boss。角色只能是：考核组业务人员、考核组长、党政班子成员、考核办公室、管理员")]
    [InlineData("/invite 张三 examiner,chef", "不认识的角色：chef。")]
    public async Task AnInviteWithoutNameOrWithAnUnknownRoleIsRefused(string text, string expected)
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);
        var before = chat.Db.Store.Roster.Members.Count();
        Assert.Contains(expected, (await chat.Send(admin, text)).Text());
        Assert.Equal(before, chat.Db.Store.Roster.Members.Count());
        Assert.Equal(0, chat.Db.Store.Roster.Invites.FindAll().Count(i => i.MemberId != 1 && i.UsedAt == null));
    }

    [Fact]
    public async Task EveryCommandChecksTheRoleAndSaysWhichOneItNeeds()
    {
        using var chat = new ChatHarness();
        var leader = chat.Member("李四", Role.Leader);
        Assert.Contains("/score 需要“考核组业务人员”角色；您的角色：党政班子成员。", (await chat.Send(leader, "/score")).Text());
        Assert.Contains("/invite 需要“管理员”角色；您的角色：党政班子成员。", (await chat.Send(leader, "/invite 王五 examiner")).Text());
        var help = (await chat.Send(leader, "/help")).Text();
        Assert.DoesNotContain("/score", help);
        Assert.DoesNotContain("/invite", help);
        Assert.Contains("/lang", help);
    }

    [Fact]
    public async Task AMemberWhoLostTheRoleMidDialogIsStoppedAndSavesNothing()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(8);
        var member = chat.Db.Members.FindByAccount(user.Channel, user.UserId)!;
        member.Roles = [Role.Office]; // not Leader: a leader's bare number is read as a rating message
        chat.Db.Store.Roster.Members.Update(member);

        Assert.Contains("/score 需要“考核组业务人员”角色", (await chat.Send(user, "50")).Text());
        Assert.Empty(chat.Scores());
        Assert.Contains("您可以：", (await chat.Send(user, "50")).Text());
    }

    [Fact]
    public async Task ARemovedMemberIsTreatedAsUnknown()
    {
        using var chat = new ChatHarness();
        var user = chat.Examiner();
        var member = chat.Db.Members.FindByAccount(user.Channel, user.UserId)!;
        member.Removed = true;
        chat.Db.Store.Roster.Members.Update(member);
        Assert.Contains("/start 邀请码", (await chat.Send(user, "/score")).Text());
    }

    [Fact]
    public async Task OnANewDatabaseTheBootstrapAdminInviteIsCreatedAndLoggedOnce()
    {
        using var chat = new ChatHarness();
        foreach (var service in chat.Services.GetServices<IHostedService>()) await service.StartAsync(default);
        foreach (var service in chat.Services.GetServices<IHostedService>()) await service.StartAsync(default);

        // The log names the owner-only file that holds the code, never the code itself.
        var logged = Assert.Single(chat.Logs.Entries, e => e.Message.Contains("No admin yet"));
        var file = chat.Db.Store.Path + ".first-admin.txt";
        Assert.Contains(file, logged.Message);
        var code = Regex.Match(File.ReadAllText(file), @"/start (\S+)").Groups[1].Value;
        Assert.Equal(22, code.Length);
        Assert.DoesNotContain(code, logged.Message);
        var reply = await chat.Send(Stranger, $"/start {code}");
        Assert.Contains("欢迎，管理员！您的角色：管理员。", reply.Text());
        Assert.Contains("已添加", (await chat.Send(Stranger, "/invite 张三 examiner")).Text());
    }

    [Fact]
    public async Task WithALocalAdminChannelNoBootstrapInviteIsMade()
    {
        using var chat = new ChatHarness(configure: s => s.AddSingleton(new LocalAdminChannel("console")));
        foreach (var service in chat.Services.GetServices<IHostedService>()) await service.StartAsync(default);
        Assert.DoesNotContain(chat.Logs.Entries, e => e.Message.Contains("No admin yet"));
        Assert.Equal(0, chat.Db.Store.Roster.Invites.Count());
    }

    [GeneratedRegex(@"/start (\S+)")]
    private static partial Regex CodeIn();
}
