using System.Net;
using System.Text.Json.Nodes;
using ChatAppraisal.Admin;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.Admin;

public class PeriodsApiTests
{
    [Fact]
    public async Task NewPeriodCopiesTheActiveRubricAndPolicyAndStaysInactive()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        var rubric = JsonNode.Parse(RubricJson.SeedText())!;
        rubric["categories"]![0]!["items"]![0]!["max"] = 20m;
        await (await client.Send("PUT", "/api/rubric", rubric.ToJsonString())).Read<RubricDto>();
        await (await client.Put("/api/periods/1/policy", Policy("trimmed"))).Read<PolicyDto>();

        api.Clock.Advance(TimeSpan.FromTicks(1_234_567));   // a time finer than the database keeps
        var created = await (await client.Post("/api/periods", new { name = "2018年度" })).Read<PeriodDto>(HttpStatusCode.Created);

        Assert.False(created.Active);
        Assert.Equal(created, (await (await client.GetAsync("/api/periods")).Read<List<PeriodDto>>()).Single(p => p.Id == created.Id));
        var copy = api.Get<ChatAppraisal.Appraisal.Periods>().Find(created.Id)!;
        Assert.Equal(20m, copy.Rubric.Categories[0].Items[0].Max);
        Assert.Equal(117, copy.Rubric.ItemCount);
        Assert.Equal("trimmed", (await (await client.GetAsync($"/api/periods/{created.Id}/policy")).Read<PolicyDto>()).LeaderAggregation);
        Assert.Equal("2017年度", api.Period.Name);
        Assert.Contains(api.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.PeriodCreated && a.PeriodId == created.Id);
    }

    [Fact]
    public async Task NewPeriodCopiesFromThePeriodNamedInCopyFrom()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        var y2018 = await (await client.Post("/api/periods", new { name = "2018年度" })).Read<PeriodDto>(HttpStatusCode.Created);
        await (await client.Put($"/api/periods/{y2018.Id}/policy", Policy("trimmed", onsite: 0.8m, leader: 0.2m))).Read<PolicyDto>();

        var y2019 = await (await client.Post("/api/periods", new { name = "2019年度", copyFrom = y2018.Id })).Read<PeriodDto>(HttpStatusCode.Created);

        var policy = await (await client.GetAsync($"/api/periods/{y2019.Id}/policy")).Read<PolicyDto>();
        Assert.Equal(new PolicyDto(0.8m, 0.2m, "trimmed", true), policy);
        Assert.Equal(new PolicyDto(0.9m, 0.1m, "mean", true), await (await client.GetAsync("/api/periods/1/policy")).Read<PolicyDto>());
    }

    [Fact]
    public async Task ActivatingAPeriodSwitchesWhatIsScoredAndRanked()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        var village = api.AddVillage("新庄村");
        api.Get<ChatAppraisal.Appraisal.ScoreBook>().SetItem(api.AddMember("郑亚娜", Role.Examiner), api.Period, village.Id, 0, 0, 18m);
        var created = await (await client.Post("/api/periods", new { name = "2018年度" })).Read<PeriodDto>(HttpStatusCode.Created);

        var activated = await (await client.Send("POST", $"/api/periods/{created.Id}/activate")).Read<PeriodDto>();

        Assert.True(activated.Active);
        var periods = await (await client.GetAsync("/api/periods")).Read<List<PeriodDto>>();
        Assert.Equal([("2017年度", false), ("2018年度", true)], periods.Select(p => (p.Name, p.Active)));
        Assert.Equal(created.Id, (await (await client.GetAsync("/api/rubric")).Read<RubricDto>()).PeriodId);
        Assert.Equal(0m, (await (await client.GetAsync("/api/ranking")).Read<List<RankingRow>>()).Single().Onsite);
        // The new year has no scores yet, so its rubric may still change.
        Assert.Equal(HttpStatusCode.OK, (await client.Send("PUT", "/api/rubric", RubricJson.SeedText())).StatusCode);
    }

    [Fact]
    public async Task DuplicatePeriodNameIsAConflict()
    {
        using var api = new AdminApiFactory();
        await (await api.Client().Post("/api/periods", new { name = "2017年度" })).Problem(HttpStatusCode.Conflict, "name");
        Assert.Equal(1, api.Store.Setup.Periods.Count());
    }

    [Fact]
    public async Task CopyingFromAnUnknownPeriodIsABadRequestNamingCopyFrom()
    {
        using var api = new AdminApiFactory();
        await (await api.Client().Post("/api/periods", new { name = "2018年度", copyFrom = 9 })).Problem(HttpStatusCode.BadRequest, "copyFrom");
        Assert.Equal(1, api.Store.Setup.Periods.Count());
    }

    [Fact]
    public async Task PeriodWithoutNameIsABadRequest()
    {
        using var api = new AdminApiFactory();
        await (await api.Client().Post("/api/periods", new { name = "  " })).Problem(HttpStatusCode.BadRequest, "name");
    }

    [Fact]
    public async Task UnknownPeriodIsNotFoundEverywhere()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        await (await client.Send("POST", "/api/periods/9/activate")).Problem(HttpStatusCode.NotFound, "id");
        await (await client.GetAsync("/api/periods/9/policy")).Problem(HttpStatusCode.NotFound, "id");
        await (await client.Put("/api/periods/9/policy", Policy("mean"))).Problem(HttpStatusCode.NotFound, "id");
        Assert.True(api.Period.Doc.Active);
    }

    [Fact]
    public async Task ReasonsRequiredIsOffByDefaultAndKeptWhenAPutLeavesItOut()
    {
        using var api = new AdminApiFactory();
        var client = api.Client();
        Assert.False((await (await client.GetAsync("/api/periods/1/policy")).Read<PolicyDto>()).ReasonsRequired);

        var on = await (await client.Put("/api/periods/1/policy",
            new { onsiteWeight = 0.9m, leaderWeight = 0.1m, leaderAggregation = "mean", capCategoryAtMax = true, reasonsRequired = true })).Read<PolicyDto>();
        Assert.True(on.ReasonsRequired);
        Assert.True(api.Get<ChatAppraisal.Appraisal.Periods>().Find(1)!.Policy.ReasonsRequired);

        var kept = await (await client.Put("/api/periods/1/policy", Policy("trimmed"))).Read<PolicyDto>();
        Assert.Equal(new PolicyDto(0.9m, 0.1m, "trimmed", true, ReasonsRequired: true), kept);
    }

    internal static object Policy(string aggregation, decimal onsite = 0.9m, decimal leader = 0.1m, bool cap = true) =>
        new { onsiteWeight = onsite, leaderWeight = leader, leaderAggregation = aggregation, capCategoryAtMax = cap };
}
