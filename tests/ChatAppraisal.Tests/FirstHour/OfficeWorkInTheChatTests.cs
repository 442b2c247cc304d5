using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.FirstHour;

/// <summary>What the first hour's office found in the chat: the admin does the office's work, roles typed in Chinese.</summary>
public sealed class OfficeWorkInTheChatTests
{
    [Theory]
    [InlineData("进度", "进度")]
    [InlineData("排名 文字", "新庄村")]
    [InlineData("日程", "日程")]
    [InlineData("评分表 新庄村", "新庄村")]
    public async Task TheAdminDoesWhatTheOfficeDoes(string text, string expected)
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);

        var reply = (await chat.Send(admin, text)).Text();

        Assert.DoesNotContain("需要“考核办公室”角色", reply);
        Assert.Contains(expected, reply);
    }

    [Theory]
    [InlineData("评分表 新庄", "要看未评分的项目和完整指纹，请发送：评分表 新庄村 文字")]
    [InlineData("/sheet 新庄", "要看未评分的项目和完整指纹，请发送：/sheet 新庄村 text")]
    public async Task TheSheetsHintIsInTheWordsTheMemberUsed(string text, string hint)
    {
        using var chat = new ChatHarness();
        var office = chat.Member("李干事", Role.Office);

        var replies = await chat.Send(office, text);

        Assert.Equal(hint, Assert.IsType<TextReply>(replies[^1]).Text);
    }

    [Fact]
    public async Task BallotScoreHasAChineseWordInHelp()
    {
        using var chat = new ChatHarness();
        var examiner = chat.Member("赵组员", Role.Examiner);

        Assert.Contains("/ballotscore（测评计分）", (await chat.Send(examiner, "帮助")).Text());
        Assert.Contains("/ballotscore", (await chat.Send(examiner, "测评计分")).Text()); // the word opens the command (its usage)
    }

    [Fact]
    public async Task TheAdminsMenuOffersTheOfficesActions()
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);

        await chat.Send(admin, "你好");

        Assert.Equal(["进度", "排名", "导出", "帮助"], chat.Buttons(admin).Select(b => b.Label));
    }

    [Fact]
    public void AnAdminActsAsTheOfficeWithoutHoldingItsPost()
    {
        using var chat = new ChatHarness();
        var admin = chat.Db.Members.Add("管理员", [Role.Admin]);
        Assert.True(admin.Has(Role.Office));
        Assert.False(admin.Holds(Role.Office));
    }

    [Theory]
    [InlineData("邀请 周九 班子成员", Role.Leader)]
    [InlineData("/invite 周九 党政班子成员", Role.Leader)]
    [InlineData("/invite 周九 考核组业务人员、考核组长", Role.Examiner, Role.GroupLeader)]
    [InlineData("/invite 周九 组长", Role.GroupLeader)]
    [InlineData("/invite 周九 考核办", Role.Office)]
    [InlineData("/invite 周九 管理员", Role.Admin)]
    public async Task AnInviteTakesTheRolesChineseNames(string text, params Role[] roles)
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);

        var reply = (await chat.Send(admin, text)).Text();

        Assert.Contains("已添加 周九", reply);
        Assert.Equal(roles, chat.Db.Store.Roster.Members.FindOne(m => m.Name == "周九")!.Roles);
    }

    [Fact]
    public async Task AnUnknownRoleIsAnsweredWithTheRolesChineseNames()
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员", Role.Admin);

        var reply = (await chat.Send(admin, "/invite 周九 村长")).Text();

        Assert.Contains("不认识的角色：村长。角色只能是：考核组业务人员、考核组长、党政班子成员、考核办公室、管理员", reply);
        Assert.Null(chat.Db.Store.Roster.Members.FindOne(m => m.Name == "周九"));
    }
}
