using System.Net;
using ChatAppraisal.Tests.Admin;

namespace ChatAppraisal.Tests.Ballots;

/// <summary>The ballots' admin routes, on the same host as the voting page.</summary>
public class BallotsApiTests
{
    [Fact]
    public async Task AnAdminOpensABallotReadsItsTallyAddsSlipsAndClosesIt()
    {
        await using var app = await BallotsApp.Start();
        var village = app.AddVillage("新庄村");
        using var api = app.Client(key: BallotsApp.Key);

        var opened = await (await api.Post($"/api/villages/{village.Id}/ballots", new { slips = 3 })).ReadJson(HttpStatusCode.Created);
        var id = opened.GetProperty("id").GetInt32();
        Assert.Equal(village.Id, opened.GetProperty("villageId").GetInt32());
        var codes = opened.GetProperty("codes").EnumerateArray().Select(c => c.GetString()!).ToList();
        Assert.Equal(codes.Select(c => $"{app.BaseUrl}/v/{c}"), opened.GetProperty("links").EnumerateArray().Select(l => l.GetString()));

        using (var phone = app.Client())
        {
            var form = await phone.GetStringAsync($"/v/{codes[0]}");
            await phone.PostAsync($"/v/{codes[0]}", new FormUrlEncodedContent([new("grade", "一般"), new("__RequestVerificationToken", BallotsApp.Token(form))]));
        }
        var tally = await (await api.GetAsync($"/api/ballots/{id}")).ReadJson();
        // Secret while open: how many voted, never the count per grade.
        Assert.Equal("""{"id":1,"villageId":1,"issued":3,"cast":1,"counts":null,"closed":false}""", tally.GetRawText());

        var added = await (await api.Post($"/api/ballots/{id}/slips", new { slips = 2 })).ReadJson();
        Assert.Equal(2, added.GetProperty("codes").GetArrayLength());
        Assert.Contains("slips must be a whole number from 1 to 495", await (await api.Post($"/api/ballots/{id}/slips", new { slips = 496 })).Problem(HttpStatusCode.BadRequest, "slips"));

        // One vote is fewer than the default minimum of 5: closed, still no grades. With a minimum of 1 they show.
        var closed = await (await api.Send("POST", $"/api/ballots/{id}/close")).ReadJson();
        Assert.True(closed.GetProperty("closed").GetBoolean());
        Assert.Equal(5, closed.GetProperty("issued").GetInt32());
        Assert.Equal(System.Text.Json.JsonValueKind.Null, closed.GetProperty("counts").ValueKind);
        var policy = new Dictionary<string, object>
        {
            ["weights"] = new Dictionary<string, decimal> { ["好"] = 1, ["较好"] = 0.8m, ["一般"] = 0.6m, ["较差"] = 0 },
            ["items"] = new[] { new { category = "党建工作", item = "民主测评" } },
            ["minimumVotes"] = 1,
        };
        Assert.Equal(1, (await (await api.Put($"/api/periods/{app.Period.Id}/ballot-policy", policy)).ReadJson()).GetProperty("minimumVotes").GetInt32());
        Assert.Equal("""{"id":1,"villageId":1,"issued":5,"cast":1,"counts":{"好":0,"较好":0,"一般":1,"较差":0},"closed":true}""",
            (await (await api.GetAsync($"/api/ballots/{id}")).ReadJson()).GetRawText());
        await (await api.Send("POST", $"/api/ballots/{id}/close")).Problem(HttpStatusCode.Conflict, "id");
        await (await api.Post($"/api/ballots/{id}/slips", new { slips = 1 })).Problem(HttpStatusCode.Conflict, "id");
    }

    [Fact]
    public async Task BadRequestsAreProblemsNamingTheFieldAndTheRoutesNeedTheKey()
    {
        await using var app = await BallotsApp.Start();
        var village = app.AddVillage("新庄村");
        using var api = app.Client(key: BallotsApp.Key);
        using var stranger = app.Client();

        Assert.Equal(HttpStatusCode.Unauthorized, (await stranger.Post($"/api/villages/{village.Id}/ballots", new { slips = 3 })).StatusCode);
        Assert.Contains("1 to 500", await (await api.Post($"/api/villages/{village.Id}/ballots", new { slips = 501 })).Problem(HttpStatusCode.BadRequest, "slips"));
        await (await api.Post($"/api/villages/{village.Id}/ballots", new { })).Problem(HttpStatusCode.BadRequest, "slips");
        await (await api.Post("/api/villages/99/ballots", new { slips = 3 })).Problem(HttpStatusCode.NotFound, "id");
        await (await api.Post($"/api/villages/{village.Id}/ballots", new { slips = 3 })).ReadJson(HttpStatusCode.Created);
        await (await api.Post($"/api/villages/{village.Id}/ballots", new { slips = 3 })).Problem(HttpStatusCode.Conflict, "id");
        await (await api.GetAsync("/api/ballots/99")).Problem(HttpStatusCode.NotFound, "id");
    }

    [Fact]
    public async Task AnAdminChangesThePeriodsWeightsAndFedItemsAndBadOnesAreRefused()
    {
        await using var app = await BallotsApp.Start();
        using var api = app.Client(key: BallotsApp.Key);
        var period = app.Period.Id;

        var shown = await (await api.GetAsync($"/api/periods/{period}/ballot-policy")).ReadJson();
        Assert.Equal("""{"weights":{"好":1,"较好":0.8,"一般":0.6,"较差":0},"items":[{"category":"党建工作","item":"民主测评"},{"category":"党风廉政建设","item":"民主评议"}],"minimumVotes":5}""",
            shown.GetRawText());

        var body = new Dictionary<string, object>
        {
            ["weights"] = new Dictionary<string, decimal> { ["好"] = 1, ["较好"] = 0.75m, ["一般"] = 0.5m, ["较差"] = 0.25m },
            ["items"] = new[] { new { category = "党建工作", item = "民主测评" } },
        };
        var set = await (await api.Put($"/api/periods/{period}/ballot-policy", body)).ReadJson();
        Assert.Equal(0.75m, set.GetProperty("weights").GetProperty("较好").GetDecimal());
        Assert.Equal(1, set.GetProperty("items").GetArrayLength());

        body["items"] = new[] { new { category = "党建工作", item = "不存在" } };
        Assert.Contains("不存在", await (await api.Put($"/api/periods/{period}/ballot-policy", body)).Problem(HttpStatusCode.BadRequest, "items"));
        body["items"] = new[] { new { category = "党建工作", item = "民主测评" } };
        body["weights"] = new Dictionary<string, decimal> { ["好"] = 1.5m, ["较好"] = 0.75m, ["一般"] = 0.5m, ["较差"] = 0 };
        Assert.Contains("好", await (await api.Put($"/api/periods/{period}/ballot-policy", body)).Problem(HttpStatusCode.BadRequest, "weights"));
        body["weights"] = new Dictionary<string, decimal> { ["好"] = 1, ["较好"] = 0.75m, ["一般"] = 0.5m, ["较差"] = 0 };
        body["minimumVotes"] = 0;
        Assert.Contains("minimumVotes must be a whole number from 1 to 500", await (await api.Put($"/api/periods/{period}/ballot-policy", body)).Problem(HttpStatusCode.BadRequest, "minimumVotes"));
        await (await api.GetAsync("/api/periods/99/ballot-policy")).Problem(HttpStatusCode.NotFound, "id");
        Assert.Equal(0.75m, (await (await api.GetAsync($"/api/periods/{period}/ballot-policy")).ReadJson()).GetProperty("weights").GetProperty("较好").GetDecimal());
    }
}
