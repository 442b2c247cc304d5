using System.Net;
using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Admin;

/// <summary>The villages a member works for (villageIds) and the period's conflictedLeaders rule, through the admin API.</summary>
public class ConflictsApiTests
{
    [Fact]
    public async Task AMembersVillagesAreSetWhenAddedChangedAndListedAndAnUnknownVillageIsRefused()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        var xinzhuang = api.AddVillage("新庄村");
        var dongwan = api.AddVillage("东湾村");

        var added = await (await client.Post("/api/members", new { name = "苏虎林", roles = new[] { "leader" }, villageIds = new[] { xinzhuang.Id } }))
            .Read<NewMemberDto>(HttpStatusCode.Created);
        Assert.Equal([xinzhuang.Id], api.Store.Roster.Members.FindById(added.Id)!.VillageIds);

        var changed = await (await client.Put($"/api/members/{added.Id}", new { name = "苏虎林", roles = new[] { "leader" }, villageIds = new[] { dongwan.Id, xinzhuang.Id } }))
            .Read<MemberDto>();
        Assert.Equal([xinzhuang.Id, dongwan.Id], changed.VillageIds);
        var kept = await (await client.Put($"/api/members/{added.Id}", new { name = "苏虎林", roles = new[] { "leader", "examiner" } })).Read<MemberDto>();
        Assert.Equal([xinzhuang.Id, dongwan.Id], kept.VillageIds);
        Assert.Equal([xinzhuang.Id, dongwan.Id], (await (await client.GetAsync("/api/members")).Read<List<MemberDto>>()).Single(m => m.Id == added.Id).VillageIds);

        var problem = await (await client.Put($"/api/members/{added.Id}", new { name = "苏虎林", roles = new[] { "leader" }, villageIds = new[] { 99 } }))
            .Problem(HttpStatusCode.BadRequest, "villageIds");
        Assert.Contains("99", problem);
        Assert.Equal([xinzhuang.Id, dongwan.Id], api.Store.Roster.Members.FindById(added.Id)!.VillageIds);
        Assert.Equal(2, api.Store.Audit.Entries.FindAll().Count(a => a.Action == AuditActions.MemberVillages));
    }

    [Fact]
    public async Task ConflictedLeadersIsRefuseByDefaultAndTakesExclude()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        Assert.Equal("refuse", (await (await client.GetAsync("/api/periods/1/policy")).Read<PolicyDto>()).ConflictedLeaders);

        var set = await (await client.Put("/api/periods/1/policy",
            new { onsiteWeight = 0.9m, leaderWeight = 0.1m, leaderAggregation = "mean", capCategoryAtMax = true, conflictedLeaders = "exclude" })).Read<PolicyDto>();
        Assert.Equal("exclude", set.ConflictedLeaders);
        Assert.Equal(ConflictedLeaders.Exclude, api.Get<Periods>().Find(1)!.Policy.ConflictedLeaders);

        await (await client.Put("/api/periods/1/policy",
            new { onsiteWeight = 0.9m, leaderWeight = 0.1m, leaderAggregation = "mean", capCategoryAtMax = true, conflictedLeaders = "ignore" }))
            .Problem(HttpStatusCode.BadRequest, "conflictedLeaders");
        Assert.Equal(ConflictedLeaders.Exclude, api.Get<Periods>().Find(1)!.Policy.ConflictedLeaders);
    }
}
