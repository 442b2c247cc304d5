using System.Net;
using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Admin;

/// <summary>
/// The README's worked example through the API, and two villages whose order the policy decides. By hand:
/// 新庄村: on-site 1491.5 (994.333… on the 1000 scale); leaders 90, 85, 95, 70.
///   mean 85 → 0.9 × 994.333… + 0.1 × 850 = 979.90; trimmed (85 + 90) / 2 = 87.5 → 982.40;
///   uncapped (mean): 党建 97.5, 综治 104, 扶贫 94, 12 × 100 → 1495.5 → 997 → 0.9 × 997 + 85 = 982.30.
/// 马家村: every item at its maximum, 1500 capped → 1000; leaders 80, 80, 80, 100.
///   mean 85 → 900 + 85 = 985.00; trimmed 80 → 900 + 80 = 980.00.
/// So the mean ranks 马家村 first, the trimmed mean 新庄村.
/// </summary>
public class RankingAndPolicyApiTests
{
    [Fact]
    public async Task RankingShowsTheWorkedExampleRoundedToTwoPlaces()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        Enter(api, village, Scenario.WorkedExampleItems(), [90, 85, 95]);

        var row = (await (await api.Client().GetAsync("/api/ranking")).Read<List<RankingRow>>()).Single();

        Assert.Equal(new RankingRow(1, village.Id, "新庄村", 1491.5m, 994.33m, 90m, 900m, 984.9m, true, 1m, 117, 117, 3, 3), row);
    }

    [Fact]
    public async Task RankingCarriesExactlyTheIssuesFieldNamesAsNumbers()
    {
        using var api = new AdminApiFactory();
        Enter(api, api.AddVillage("新庄村"), Scenario.WorkedExampleItems(), [90, 85, 95]);

        var row = (await (await api.Client().GetAsync("/api/ranking")).ReadJson())[0];

        foreach (var field in new[] { "rank", "villageId", "village", "onsite", "onsite1000", "leader", "leader1000", "final", "complete", "completion" })
            Assert.True(row.TryGetProperty(field, out _), $"missing {field}");
        Assert.Equal("984.90", row.GetProperty("final").GetRawText());
        Assert.Equal("994.33", row.GetProperty("onsite1000").GetRawText());
        Assert.Equal("1491.50", row.GetProperty("onsite").GetRawText());
        Assert.Equal("900.00", row.GetProperty("leader1000").GetRawText());
    }

    [Fact]
    public async Task IncompleteVillageIsRankedWithItsCompletion()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        var items = Scenario.FullMarks();
        items.Remove((0, 0));
        Enter(api, village, items, [90, 85]);
        api.AddMember("缺席领导", Role.Leader);

        var row = (await (await api.Client().GetAsync("/api/ranking")).Read<List<RankingRow>>()).Single();

        Assert.False(row.Complete);
        Assert.Equal((116, 117, 2, 3), (row.ItemsScored, row.ItemsTotal, row.LeadersRated, row.LeadersExpected));
        Assert.Equal(decimal.Round(118m / 120m, 4), row.Completion);
    }

    [Fact]
    public async Task TrimmedMeanPolicyMovesTheRankingAsComputedByHand()
    {
        using var api = new AdminApiFactory();
        var (xinzhuang, majia) = TwoVillages(api);
        var client = api.Client();

        var byMean = await (await client.GetAsync("/api/ranking")).Read<List<RankingRow>>();
        Assert.Equal([(1, majia.Id, 985.00m), (2, xinzhuang.Id, 979.90m)], byMean.Select(r => (r.Rank, r.VillageId, r.Final)));
        Assert.Equal([85m, 85m], byMean.Select(r => r.Leader));

        var policy = await (await client.Put("/api/periods/1/policy", PeriodsApiTests.Policy("trimmed"))).Read<PolicyDto>();
        Assert.Equal("trimmed", policy.LeaderAggregation);

        var byTrimmed = await (await client.GetAsync("/api/ranking")).Read<List<RankingRow>>();
        Assert.Equal([(1, xinzhuang.Id, 982.40m), (2, majia.Id, 980.00m)], byTrimmed.Select(r => (r.Rank, r.VillageId, r.Final)));
        Assert.Equal([87.5m, 80m], byTrimmed.Select(r => r.Leader));
        var entry = api.Store.Audit.Entries.FindAll().FirstOrDefault(a => a.Action == AuditActions.PolicyChanged)!;
        var (before, after) = (entry.Detail!.Split(" → ")[0], entry.Detail.Split(" → ")[1]);
        Assert.Contains("leadership rating = mean of the leadership members' totals", before);
        Assert.Contains("leadership rating = trimmed mean", after);
    }

    [Fact]
    public async Task UncappedCategoriesPolicyCountsTheDocumentsOverfullItems()
    {
        using var api = new AdminApiFactory();
        var (xinzhuang, _) = TwoVillages(api);

        await (await api.Client().Put("/api/periods/1/policy", PeriodsApiTests.Policy("mean", cap: false))).Read<PolicyDto>();

        var row = (await (await api.Client().GetAsync("/api/ranking")).Read<List<RankingRow>>()).Single(r => r.VillageId == xinzhuang.Id);
        Assert.Equal((1495.5m, 997m, 982.30m), (row.Onsite, row.Onsite1000, row.Final));
    }

    [Fact]
    public async Task WeightsThatDoNotAddUpAreRefusedAndTheRankingStays()
    {
        using var api = new AdminApiFactory();
        TwoVillages(api);

        var response = await api.Client().Put("/api/periods/1/policy", PeriodsApiTests.Policy("mean", onsite: 0.8m, leader: 0.3m));

        Assert.Equal("onsiteWeight + leaderWeight must be 1, is 1.1.", await response.Problem(HttpStatusCode.BadRequest, "onsiteWeight"));
        Assert.Equal(0.9m, api.Period.Policy.OnsiteWeight);
        Assert.Equal(985.00m, (await (await api.Client().GetAsync("/api/ranking")).Read<List<RankingRow>>())[0].Final);
    }

    [Fact]
    public async Task UnknownAggregationIsRefusedSayingWhatIsAllowed()
    {
        using var api = new AdminApiFactory();
        var message = await (await api.Client().Put("/api/periods/1/policy", PeriodsApiTests.Policy("median"))).Problem(HttpStatusCode.BadRequest, "leaderAggregation");
        Assert.Equal("leaderAggregation must be \"mean\" or \"trimmed\", not \"median\".", message);
    }

    [Fact]
    public async Task PolicyWithMissingFieldsNamesEachOfThem()
    {
        using var api = new AdminApiFactory();
        var response = await api.Client().Send("PUT", "/api/periods/1/policy", """{"leaderAggregation":"mean"}""");

        Assert.Equal("application/problem+json", response.Content.Headers.ContentType?.MediaType);
        var problem = await response.ReadJson(HttpStatusCode.BadRequest);
        Assert.Equal(["onsiteWeight", "leaderWeight", "capCategoryAtMax"], problem.GetProperty("errors").EnumerateObject().Select(p => p.Name));
        Assert.Equal(ChatAppraisal.Scoring.ScoringPolicy.Default, api.Period.Policy);
    }

    [Fact]
    public async Task WeightAsTextIsABadRequestNamingIt()
    {
        using var api = new AdminApiFactory();
        var response = await api.Client().Send("PUT", "/api/periods/1/policy", """{"onsiteWeight":"0.9","leaderWeight":0.1,"leaderAggregation":"mean","capCategoryAtMax":true}""");
        Assert.Equal("onsiteWeight must be a number such as 0.9.", await response.Problem(HttpStatusCode.BadRequest, "onsiteWeight"));
    }

    static (VillageDoc Xinzhuang, VillageDoc Majia) TwoVillages(AdminApiFactory api)
    {
        var xinzhuang = api.AddVillage("新庄村");
        var majia = api.AddVillage("马家村");
        var leaders = Enter(api, xinzhuang, Scenario.WorkedExampleItems(), [90, 85, 95, 70]);
        Enter(api, majia, Scenario.FullMarks(), [80, 80, 80, 100], leaders);
        return (xinzhuang, majia);
    }

    /// <summary>Enters items through the score book as an examiner and one rating per total, each by its own leader.</summary>
    internal static List<Actor> Enter(AdminApiFactory api, VillageDoc village, Dictionary<(int, int), decimal> items, decimal[] leaderTotals, List<Actor>? leaders = null)
    {
        var book = api.Get<ScoreBook>();
        var examiner = api.Store.Roster.Members.FindOne(m => m.Name == "郑亚娜") is { } m ? new Actor(m.Id, m.Name, "telegram") : api.AddMember("郑亚娜", Role.Examiner);
        foreach (var category in items.GroupBy(i => i.Key.Item1))
            Assert.True(book.SetItems(examiner, api.Period, village.Id, category.Key, category.Select(i => (i.Key.Item2, (decimal?)i.Value)).ToList()).Ok);
        leaders ??= leaderTotals.Select((_, i) => api.AddMember($"领导{i + 1}", Role.Leader)).ToList();
        for (var i = 0; i < leaderTotals.Length; i++)
            Assert.True(book.SetRating(leaders[i], api.Period, village.Id, Ratings(leaderTotals[i])).Ok);
        return leaders;
    }

    /// <summary>15 ratings within their caps summing to <paramref name="total"/>: caps, the shortfall taken from the first categories.</summary>
    static decimal[] Ratings(decimal total)
    {
        var values = Scenario.Rubric.Categories.Select(c => c.LeaderCap).ToArray();
        var shortfall = values.Sum() - total;
        for (var i = 0; shortfall > 0; i++)
        {
            var take = Math.Min(values[i], shortfall);
            values[i] -= take;
            shortfall -= take;
        }
        return values;
    }
}
