using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Admin;

public class RubricApiTests
{
    [Fact]
    public async Task RubricListsTheSeedsCategoriesItemsAndTheFiguresThatDoNotAddUp()
    {
        using var api = new AdminApiFactory();
        var rubric = await (await api.Client().GetAsync("/api/rubric")).Read<RubricDto>();

        Assert.Equal(15, rubric.Categories.Count);
        Assert.Equal(117, rubric.Categories.Sum(c => c.Items.Count));
        Assert.Equal(new RubricItemDto("党建责任清单落实", 5.5m), rubric.Categories[0].Items[1]);
        Assert.Equal([20m, 10m, 5m, 10m, 5m, 15m, 10m, 5m, 5m, 5m, 4m, 1m, 1m, 2m, 2m], rubric.Categories.Select(c => c.LeaderCap));
        Assert.Equal([("党建工作", 100.5m), ("社会治安综合治理(平安建设)", 104m)], rubric.Warnings.Select(w => (w.Category, w.ItemSum)));
    }

    [Fact]
    public async Task RubricCarriesExactlyTheIssuesFieldNames()
    {
        using var api = new AdminApiFactory();
        var json = await (await api.Client().GetAsync("/api/rubric")).ReadJson();
        var category = json.GetProperty("categories")[0];
        foreach (var field in new[] { "name", "group", "max", "leaderCap", "items" })
            Assert.True(category.TryGetProperty(field, out _), $"missing {field}");
        Assert.True(category.GetProperty("items")[0].TryGetProperty("max", out _));
        Assert.Equal(JsonValueKind.Array, json.GetProperty("warnings").ValueKind);
    }

    [Fact]
    public async Task ReplacedRubricIsWhatTheActivePeriodScoresAgainst()
    {
        using var api = new AdminApiFactory();
        var changed = WithFirstItemMax(await (await api.Client().GetAsync("/api/rubric")).Content.ReadAsStringAsync(), 20m);

        var replaced = await (await api.Client().Send("PUT", "/api/rubric", changed)).Read<RubricDto>();

        Assert.Equal(20m, replaced.Categories[0].Items[0].Max);
        Assert.Equal(20m, api.Period.Rubric.Categories[0].Items[0].Max);
        Assert.Equal(101.5m, replaced.Warnings.Single(w => w.Category == "党建工作").ItemSum);
        Assert.Contains(api.Store.Audit.Entries.FindAll(), a => a.Action == AuditActions.RubricReplaced && a.Channel == "admin-api");
        var village = api.AddVillage("新庄村");
        Assert.True(api.Get<ScoreBook>().SetItem(api.AddMember("郑亚娜", Role.Examiner), api.Period, village.Id, 0, 0, 20m).Ok);
    }

    [Fact]
    public async Task RubricReplacementIsRefusedOnceAScoreExists()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        api.Get<ScoreBook>().SetItem(api.AddMember("郑亚娜", Role.Examiner), api.Period, village.Id, 0, 0, 18m);
        var before = api.Period.Doc.RubricJson;

        var response = await api.Client().Send("PUT", "/api/rubric", WithFirstItemMax(RubricJson.SeedText(), 20m));

        var message = await response.Problem(HttpStatusCode.Conflict, "categories");
        Assert.Contains("Scoring has begun in 2017年度 (1 item scores, 0 leader ratings, 0 seals)", message);
        Assert.Contains("POST /api/periods", message);
        Assert.Equal(before, api.Period.Doc.RubricJson);
    }

    [Fact]
    public async Task RubricReplacementIsRefusedOnceALeaderHasRated()
    {
        using var api = new AdminApiFactory();
        var village = api.AddVillage("新庄村");
        api.Get<ScoreBook>().SetRating(api.AddMember("王镇长", Role.Leader), api.Period, village.Id, Scenario.RatingsWithTotal(90));

        await (await api.Client().Send("PUT", "/api/rubric", RubricJson.SeedText())).Problem(HttpStatusCode.Conflict, "categories");
    }

    [Fact]
    public async Task InvalidRubricIsABadRequestSayingWhereAndNothingChanges()
    {
        using var api = new AdminApiFactory();
        var before = api.Period.Doc.RubricJson;
        var broken = JsonNode.Parse(RubricJson.SeedText())!;
        broken["categories"]![2]!["alias"] = "";

        var message = await (await api.Client().Send("PUT", "/api/rubric", broken.ToJsonString())).Problem(HttpStatusCode.BadRequest, "categories");

        Assert.Contains("Category 3 (精神文明建设): alias is empty.", message);
        Assert.Equal(before, api.Period.Doc.RubricJson);
    }

    [Fact]
    public async Task ItemMaximumAsTextIsABadRequestNamingItsPath()
    {
        using var api = new AdminApiFactory();
        var broken = JsonNode.Parse(RubricJson.SeedText())!;
        broken["categories"]![0]!["items"]![1]!["max"] = "5.5";

        var message = await (await api.Client().Send("PUT", "/api/rubric", broken.ToJsonString())).Problem(HttpStatusCode.BadRequest, "categories[0].items[1].max");
        Assert.Equal("categories[0].items[1].max must be a number such as 0.9.", message);
    }

    static string WithFirstItemMax(string rubricJson, decimal max)
    {
        var node = JsonNode.Parse(rubricJson)!;
        node["categories"]![0]!["items"]![0]!["max"] = max;
        return node.ToJsonString();
    }
}
