using System.Net;
using System.Text.RegularExpressions;
using ChatAppraisal.Admin;
using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Admin;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Evidence;

namespace ChatAppraisal.Tests.Publication;

/// <summary>The village role (村干部): bound to one village when invited, they see that village only and hand in its report.</summary>
public class VillageMemberTests
{
    [Fact]
    public async Task AVillageMemberInvitedToShangzhuangSeesOnlyShangzhuangAndHandsInTheReport()
    {
        using var chat = new ChatHarness();
        chat.Db.AddVillage("上庄村");
        var admin = chat.Member("管理员甲", Role.Admin);
        var office = chat.Member("郑主任", Role.Office);
        await chat.Send(office, "/schedule 上庄村 1月16日 9:00 村委会议室");
        await chat.Send(office, "/schedule 新庄村 1月15日 9:00");

        var invited = (await chat.Send(admin, "/invite 王书记 village 上庄村")).Text();
        Assert.Contains("已添加 王书记（村干部）", invited);
        Assert.Contains("上庄村的村干部", invited);
        var code = Regex.Match(invited, @"/start (\S+)").Groups[1].Value;
        var wang = new ChatUser("test", "wang", "王书记");
        Assert.Contains("欢迎，王书记！您的角色：村干部", (await chat.Send(wang, "/start " + code)).Text());
        var member = chat.Db.Members.FindByAccount("test", "wang")!;
        Assert.Equal(chat.Village("上庄村").Id, member.VillageId);

        // Their village's visit, and nothing of the others.
        var overview = (await chat.Send(wang, "本村")).Text();
        Assert.Contains("上庄村", overview);
        Assert.Contains("1月16日 09:00，村委会议室", overview);
        Assert.Contains("党组织书记书面汇报：未提交", overview);
        Assert.DoesNotContain("新庄村", overview);
        foreach (var command in new[] { "/ranking", "/sheet 新庄村", "/progress", "/schedule", "/export", "/score" })
        {
            var refused = (await chat.Send(wang, command)).Text();
            Assert.Contains("需要“", refused);
            Assert.DoesNotContain("新庄村 ", refused);
        }
        var help = (await chat.Send(wang, "/help")).Text();
        Assert.Contains("/report", help);
        Assert.Contains("/village（本村）", help);
        Assert.DoesNotContain("/ranking", help);

        // /report names another village: their own is taken, without a list of villages to choose from.
        var report = await chat.Send(wang, "/report 新庄村");
        Assert.Contains("您只能提交本村（上庄村）的材料", report.Text());
        Assert.Contains("请发送上庄村的党组织书记书面汇报", report.Text());
        Assert.DoesNotContain(chat.Buttons(wang), b => b.Label.Contains("新庄村"));
        Assert.Contains("已经是第一步", (await chat.Send(wang, "/back")).Text());
        var stored = (await chat.SendFile(wang, EvidenceFiles.DocxFile("上庄村书面汇报.docx", "一、党建和党风廉政建设", "二、经济社会发展情况", "三、下一年工作打算"))).Text();
        Assert.Contains("✓ 已保存党组织书记书面汇报", stored);
        Assert.Contains("请发送上庄村的第一书记述职", stored);
        await chat.Send(wang, "一、履职情况：驻村一年");
        Assert.Contains("上庄村的书面材料已处理完", (await chat.Press(wang, "完成")).Text());

        var docs = chat.AttachmentDocs();
        Assert.Equal([AttachmentKind.WrittenReport, AttachmentKind.SecretaryAccount], docs.Select(d => d.Kind));
        Assert.All(docs, d => Assert.Equal(chat.Village("上庄村").Id, d.VillageId));
        Assert.All(docs, d => Assert.Equal("王书记", d.MemberName));
        var after = (await chat.Send(wang, "本村")).Text();
        Assert.Contains("党组织书记书面汇报：✓ 已提交", after);
        Assert.Contains("第一书记述职：✓ 已提交", after);
        Assert.Contains(chat.Audit(), a => a.Action == ChatAppraisal.Storage.AuditActions.MemberAdded && a.Detail!.Contains("王书记 (village) of 上庄村"));
    }

    [Fact]
    public async Task TheVillageRoleNeedsAVillageInTheChatAndOverTheApi()
    {
        using var chat = new ChatHarness();
        var admin = chat.Member("管理员甲", Role.Admin);
        Assert.Contains("村干部要写明是哪个村", (await chat.Send(admin, "/invite 王书记 village")).Text());
        Assert.Contains("没有", (await chat.Send(admin, "/invite 王书记 village 不存在村")).Text());
        Assert.DoesNotContain(chat.Db.Members.All(), m => m.Name == "王书记");

        using var api = new AdminApiFactory();
        var shangzhuang = api.Get<ChatAppraisal.Storage.AppraisalStore>().Write(() => { var v = new ChatAppraisal.Appraisal.VillageDoc { Name = "上庄村" }; api.Get<ChatAppraisal.Storage.AppraisalStore>().Setup.Villages.Insert(v); return v.Id; });
        var refused = await api.Client().Post("/api/members", new { name = "王书记", roles = new[] { "village" } });
        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("villageId", await refused.Content.ReadAsStringAsync());
        var added = await (await api.Client().Post("/api/members", new { name = "王书记", roles = new[] { "village" }, villageId = shangzhuang })).Read<NewMemberDto>(HttpStatusCode.Created);
        Assert.Equal(shangzhuang, added.VillageId);
        Assert.Equal(["village"], added.Roles);
    }
}
