using System.Net;
using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Admin;

public class MembersApiTests
{
    [Fact]
    public async Task AddedMembersInviteCodeBindsTheirChatAccountThroughStart()
    {
        using var api = new AdminApiFactory();

        var response = await api.Client().Post("/api/members", new { name = "郑亚娜", roles = new[] { "examiner", "office" } });
        var added = await response.Read<NewMemberDto>(HttpStatusCode.Created);

        Assert.Equal(["examiner", "office"], added.Roles);
        Assert.Matches("^[A-Za-z0-9_-]{22}$", added.InviteCode);
        // The browser chat always runs: its sign-in page with the code filled in.
        Assert.Equal($"http://127.0.0.1:5080/chat?invite={added.InviteCode}", added.InviteLink);
        Assert.Equal(api.Clock.GetUtcNow().UtcDateTime.AddDays(7), added.InviteExpiresAt);
        // What the dialog engine does with "/start <code>".
        var (result, member) = api.Get<MemberDirectory>().Redeem(added.InviteCode, "telegram", "1001");
        Assert.Equal(RedeemResult.Bound, result);
        Assert.Equal(added.Id, member!.Id);
        Assert.True(api.Get<MemberDirectory>().FindByAccount("telegram", "1001")!.Has(Role.Examiner));
        var listed = await (await api.Client().GetAsync("/api/members")).Read<List<MemberDto>>();
        Assert.Equal(["telegram:1001"], listed.Single().Accounts);
    }

    [Fact]
    public async Task AddedMemberCarriesExactlyTheIssuesFieldNames()
    {
        using var api = new AdminApiFactory();
        var json = await (await api.Client().Post("/api/members", new { name = "郑亚娜", roles = new[] { "office" } })).ReadJson(HttpStatusCode.Created);
        foreach (var field in new[] { "id", "name", "roles", "inviteCode", "inviteLink" })
            Assert.True(json.TryGetProperty(field, out _), $"missing {field}");
    }

    [Fact]
    public async Task AnInviteSaysHowToJoinOnEveryRunningChannelAndItsLinkIsTheFirstChannelsLink()
    {
        using var api = new AdminApiFactory(services: s =>
        {
            s.AddSingleton<IChatChannel>(new Channels.RecordingChannel { Name = "test" });
            s.AddSingleton<IChatChannel>(new Channels.RecordingChannel { Name = "wecom", HasLinks = false });
        });
        var added = await (await api.Client().Post("/api/members", new { name = "郑亚娜", roles = new[] { "office" } })).Read<NewMemberDto>(HttpStatusCode.Created);
        // The browser chat is registered first (Program), then the console, then the test's channels.
        Assert.Equal($"http://127.0.0.1:5080/chat?invite={added.InviteCode}", added.InviteLink);
        Assert.Equal(new Dictionary<string, string>
        {
            ["web"] = $"http://127.0.0.1:5080/chat?invite={added.InviteCode}",
            ["console"] = $"/start {added.InviteCode}",
            ["test"] = $"test://join/{added.InviteCode}",
            ["wecom"] = $"/start {added.InviteCode}",
        }, added.InviteLinks);

        var invite = await (await api.Client().Send("POST", $"/api/members/{added.Id}/invite")).Read<InviteDto>();
        Assert.Equal($"http://127.0.0.1:5080/chat?invite={invite.InviteCode}", invite.InviteLink);
        Assert.Equal($"test://join/{invite.InviteCode}", invite.InviteLinks["test"]);
        Assert.Equal($"/start {invite.InviteCode}", invite.InviteLinks["wecom"]);
    }

    [Fact]
    public async Task NewInviteIsASecondCodeThatAlsoBinds()
    {
        using var api = new AdminApiFactory();
        var added = await (await api.Client().Post("/api/members", new { name = "郑亚娜", roles = new[] { "office" } })).Read<NewMemberDto>(HttpStatusCode.Created);

        var invite = await (await api.Client().Send("POST", $"/api/members/{added.Id}/invite")).Read<InviteDto>();

        Assert.NotEqual(added.InviteCode, invite.InviteCode);
        Assert.Equal(added.Id, invite.MemberId);
        Assert.Equal(RedeemResult.Bound, api.Get<MemberDirectory>().Redeem(invite.InviteCode, "telegram", "2002").Result);
        var entry = api.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.MemberInvited)!;
        Assert.DoesNotContain(invite.InviteCode, entry.Detail);
    }

    [Fact]
    public async Task ChangingNameAndRolesKeepsTheAccountAndTheEntries()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var added = await (await api.Client().Post("/api/members", new { name = "郑亚娜", roles = new[] { "examiner" } })).Read<NewMemberDto>(HttpStatusCode.Created);
        api.Get<MemberDirectory>().Redeem(added.InviteCode, "telegram", "1001");
        api.Get<ScoreBook>().SetItem(new Actor(added.Id, "郑亚娜", "telegram"), api.Period, village.Id, 0, 0, 18m);

        // The post changes hands: the successor takes over the account's member record with a new name and role.
        var changed = await (await api.Client().Put($"/api/members/{added.Id}", new { name = "李文", roles = new[] { "group-leader" } })).Read<MemberDto>();

        Assert.Equal(new[] { "group-leader" }, changed.Roles);
        Assert.Equal(["telegram:1001"], changed.Accounts);
        var member = api.Get<MemberDirectory>().FindByAccount("telegram", "1001")!;
        Assert.Equal("李文", member.Name);
        Assert.True(member.Has(Role.GroupLeader));
        Assert.False(member.Has(Role.Examiner));
        var item = api.Get<Sheets>().Load(api.Period, village.Id)!.Categories[0].Items[0];
        Assert.Equal((18m, added.Id), (item.Score!.Value, item.MemberId!.Value));
        Assert.Contains(api.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.MemberChanged && a.Detail!.Contains("郑亚娜 (examiner) → 李文 (group-leader)"));
    }

    [Fact]
    public async Task RemovedMemberLosesTheChatButTheirEntriesStayAttributed()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var added = await (await api.Client().Post("/api/members", new { name = "郑亚娜", roles = new[] { "examiner" } })).Read<NewMemberDto>(HttpStatusCode.Created);
        var spare = await (await api.Client().Send("POST", $"/api/members/{added.Id}/invite")).Read<InviteDto>();
        api.Get<MemberDirectory>().Redeem(added.InviteCode, "telegram", "1001");
        api.Get<ScoreBook>().SetItem(new Actor(added.Id, "郑亚娜", "telegram"), api.Period, village.Id, 0, 0, 18m);

        Assert.Equal(HttpStatusCode.NoContent, (await api.Client().DeleteAsync($"/api/members/{added.Id}")).StatusCode);

        Assert.Null(api.Get<MemberDirectory>().FindByAccount("telegram", "1001"));
        Assert.Equal(RedeemResult.MemberRemoved, api.Get<MemberDirectory>().Redeem(spare.InviteCode, "telegram", "3003").Result);
        Assert.Empty(await (await api.Client().GetAsync("/api/members")).Read<List<MemberDto>>());
        var sheet = await (await api.Client().GetAsync($"/api/villages/{village.Id}/sheet")).Read<SheetDto>();
        Assert.Equal(("郑亚娜", 18m), (sheet.Categories[0].Items[0].Member, sheet.Categories[0].Items[0].Score!.Value));
        await (await api.Client().Put($"/api/members/{added.Id}", new { name = "郑亚娜", roles = new[] { "examiner" } })).Problem(HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task UnknownRoleIsABadRequestListingTheRoles()
    {
        using var api = new AdminApiFactory();
        var message = await (await api.Client().Post("/api/members", new { name = "郑亚娜", roles = new[] { "examiner", "boss" } })).Problem(HttpStatusCode.BadRequest, "roles");
        Assert.Equal("Unknown role 'boss'; roles are examiner, group-leader, leader, office, admin, village, county.", message);
        Assert.Equal(0, api.Store.Roster.Members.Count());
    }

    [Fact]
    public async Task MemberWithoutRolesIsABadRequest()
    {
        using var api = new AdminApiFactory();
        await (await api.Client().Post("/api/members", new { name = "郑亚娜", roles = Array.Empty<string>() })).Problem(HttpStatusCode.BadRequest, "roles");
    }

    [Fact]
    public async Task RolesAsAStringInsteadOfAListIsABadRequestNamingThem()
    {
        using var api = new AdminApiFactory();
        var message = await (await api.Client().Send("POST", "/api/members", """{"name":"郑亚娜","roles":"examiner"}""")).Problem(HttpStatusCode.BadRequest, "roles");
        Assert.Equal("roles must be a list [...].", message);
    }

    [Fact]
    public async Task MemberWithoutNameIsABadRequest()
    {
        using var api = new AdminApiFactory();
        await (await api.Client().Post("/api/members", new { roles = new[] { "office" } })).Problem(HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task SecondCurrentMemberWithTheSameNameIsAConflict()
    {
        using var api = new AdminApiFactory();
        api.AddMember("郑亚娜", Role.Office);
        await (await api.Client().Post("/api/members", new { name = "郑亚娜", roles = new[] { "examiner" } })).Problem(HttpStatusCode.Conflict, "name");
        Assert.Equal(1, api.Store.Roster.Members.Count());
    }

    [Fact]
    public async Task InvitingOrRemovingAnUnknownMemberIsNotFound()
    {
        using var api = new AdminApiFactory();
        await (await api.Client().Send("POST", "/api/members/9/invite")).Problem(HttpStatusCode.NotFound, "id");
        await (await api.Client().DeleteAsync("/api/members/9")).Problem(HttpStatusCode.NotFound, "id");
    }
}
