using System.Net;
using System.Text.Json.Nodes;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Admin;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>Bugs the fuzz properties found, each kept as a plain test of the fixed behaviour.</summary>
public class FoundByFuzzingTests
{
    [Fact]
    public void ARoleListHoldingNullNamesNullAsAnUnknownRole()
    {
        var (roles, unknown) = RoleNames.ParseList([null, "office"]);
        Assert.Equal([Role.Office], roles);
        Assert.Equal(["null"], unknown);
    }

    [Theory]
    [InlineData("POST", "/api/members")]
    [InlineData("PUT", "/api/members/1")]
    public async Task AMemberBodyWithANullRoleIsRefusedNamingRoles(string method, string path)
    {
        using var api = new AdminApiFactory();
        api.AddMember("郑亚娜", Role.Examiner);
        using var client = api.Client();
        var membersBefore = api.Store.Roster.Members.Count();

        var response = await client.Send(method, path, """{"name":"张伟","roles":[null,"office"]}""");

        var message = await response.Problem(HttpStatusCode.BadRequest, "roles");
        Assert.Contains("Unknown role 'null'; roles are examiner, group-leader, leader, office, admin, village, county.", message);
        Assert.Equal(membersBefore, api.Store.Roster.Members.Count());
        Assert.Equal("郑亚娜", api.Store.Roster.Members.FindById(1)!.Name);
    }

    /// <summary>The seed rubric with one figure replaced: a category's maximum, its cap, or an item's maximum.</summary>
    static string SeedWith(Action<JsonNode> change)
    {
        var rubric = JsonNode.Parse(RubricJson.SeedText())!;
        change(rubric);
        return rubric.ToJsonString();
    }

    [Theory]
    [InlineData("max", "79228162514264337593543950335", "Category 1 (党建工作): maximum must be at most 10000, is 79228162514264337593543950335.")]
    [InlineData("leaderCap", "-79228162514264337593543950335", "Category 1 (党建工作): leadership cap must be at most 10000, is -79228162514264337593543950335.")]
    [InlineData("item", "50000000000000000000000000000", "Category 1 (党建工作), item 1 (三会一课等党内组织生活制度落实): maximum must be at most 10000, is 50000000000000000000000000000.")]
    public void ARubricFigureTooLargeToAddUpIsRefusedWithItsPlace(string field, string value, string expected)
    {
        var json = SeedWith(r =>
        {
            var category = r["categories"]![0]!;
            if (field == "item") category["items"]![0]!["max"] = JsonNode.Parse(value);
            else category[field] = JsonNode.Parse(value);
        });
        var refused = Assert.Throws<RubricException>(() => RubricJson.Parse(json));
        Assert.Contains(expected, refused.Message);
    }

    [Fact]
    public void ARubricFigureAboveTenThousandIsAnErrorOfTheValidator()
    {
        var seed = RubricJson.Seed();
        var huge = seed with { Categories = [seed.Categories[0] with { Max = 10_000.01m }, .. seed.Categories.Skip(1)] };
        Assert.Contains("Category 1 (党建工作): maximum must be at most 10000, is 10000.01.", RubricValidator.Errors(huge));
        Assert.Empty(RubricValidator.Errors(seed));
    }

    [Theory]
    [InlineData("category", "Category 2 is null.")]
    [InlineData("item", "Category 1 (党建工作), item 3 is null.")]
    public void ARubricWithANullCategoryOrItemIsRefused(string what, string expected)
    {
        var json = SeedWith(r =>
        {
            if (what == "category") r["categories"]![1] = null;
            else r["categories"]![0]!["items"]![2] = null;
        });
        Assert.Contains(expected, Assert.Throws<RubricException>(() => RubricJson.Parse(json)).Message);
    }

    [Fact]
    public async Task PuttingARubricWithAHugeMaximumAnswers400AndKeepsTheRubric()
    {
        using var api = new AdminApiFactory();
        using var client = api.Client();
        var before = api.Period.Rubric;

        var response = await client.Send("PUT", "/api/rubric", SeedWith(r => r["categories"]![0]!["max"] = JsonNode.Parse("79228162514264337593543950335")));

        var message = await response.Problem(HttpStatusCode.BadRequest, "categories");
        Assert.Contains("maximum must be at most 10000", message);
        Assert.Equal(before.Categories.Select(c => c.Max), api.Period.Rubric.Categories.Select(c => c.Max));
    }

    [Theory]
    [InlineData(2147483647, 500)]
    [InlineData(2147483647, 2)]
    [InlineData(1073741825, 4)]
    [InlineData(5, 2)]
    public async Task AnAuditPageBeyondTheLastIsEmptyHoweverLargeItsNumber(int page, int pageSize)
    {
        using var api = new AdminApiFactory();
        foreach (var name in new[] { "新庄村", "东湾村", "西坪村" }) api.AddVillage(name); // three audit entries
        using var client = api.Client();

        var answer = await (await client.GetAsync($"/api/audit?page={page}&pageSize={pageSize}")).ReadJson();

        Assert.Equal(3, answer.GetProperty("total").GetInt32());
        Assert.Equal(0, answer.GetProperty("entries").GetArrayLength());
    }

    const string Ratings = "18 9 5 9 5 15 9 5 5 5 4 1 1 2 2";

    [Theory]
    [InlineData("红星2组", "红星2组 " + Ratings)]
    [InlineData("红星2组", "红星2组18 9 5 9 5 15 9 5 5 5 4 1 1 2 2")]
    [InlineData("红星２组", "红星2组，" + Ratings)]
    [InlineData("东湾 新村", "东湾 新村 " + Ratings)]
    [InlineData("9组", "9组；" + Ratings)]
    [InlineData("东湾-1", "东湾-1 党建18 廉政9 文明5 综治9 帮扶5 扶贫15 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2")]
    public void AVillageWhoseNameHoldsDigitsOrSpacesIsFoundByItsWholeName(string village, string message)
    {
        VillageDoc[] villages = [new() { Id = 1, Name = "新庄村" }, new() { Id = 2, Name = village }, new() { Id = 3, Name = "红星" }];
        var parse = LeaderRatingParser.Parse(message, RubricJson.Seed(), villages);
        Assert.Equal(RatingParseKind.Rating, parse.Kind);
        Assert.Equal(2, parse.Rating!.VillageId);
        Assert.Equal(95m, parse.Rating.Total);
    }

    [Fact]
    public void TheLongestWholeNameWinsAndAShorterNameStillWorks()
    {
        VillageDoc[] villages = [new() { Id = 1, Name = "红星" }, new() { Id = 2, Name = "红星2组" }];
        Assert.Equal(2, LeaderRatingParser.Parse("红星2组 " + Ratings, RubricJson.Seed(), villages).Rating!.VillageId);
        Assert.Equal(1, LeaderRatingParser.Parse("红星 " + Ratings, RubricJson.Seed(), villages).Rating!.VillageId);
    }

    [Fact]
    public async Task ALeaderRatesAVillageNamedWithADigitByOneMessage()
    {
        using var chat = new ChatHarness(samples: false);
        var village = chat.Db.AddVillage("红星2组");
        chat.Db.AddVillage("新庄村");
        var leader = chat.Member("刘书记", Role.Leader);

        var summary = await chat.Send(leader, "红星2组 " + Ratings);
        Assert.Contains("红星2组", summary.Text());
        await chat.Press(leader, "确认");

        var stored = Assert.Single(chat.Db.Store.Scores.Ratings.FindAll());
        Assert.Equal(village.Id, stored.VillageId);
        Assert.Equal(95m, stored.Values.Sum());
    }

    [Fact]
    public void APolicyWithAWeightNearTheDecimalMaximumIsRefusedNotOverflowed()
    {
        var policy = new ChatAppraisal.Scoring.ScoringPolicy { OnsiteWeight = 7.69m, LeaderWeight = decimal.MaxValue };
        Assert.Equal(["onsiteWeight must lie in [0, 1], is 7.69.", $"leaderWeight must lie in [0, 1], is {decimal.MaxValue}."], policy.Errors());
        Assert.Equal(["onsiteWeight + leaderWeight must be 1, is 1.1."], new ChatAppraisal.Scoring.ScoringPolicy { OnsiteWeight = 0.9m, LeaderWeight = 0.2m }.Errors());
    }

    [Fact]
    public async Task PuttingAPolicyWithAHugeWeightAnswers400AndKeepsThePolicy()
    {
        using var api = new AdminApiFactory();
        using var client = api.Client();

        var response = await client.Send("PUT", "/api/periods/1/policy",
            """{"onsiteWeight":7.69,"leaderWeight":79228162514264337593543950335,"leaderAggregation":"mean","capCategoryAtMax":true}""");

        Assert.Contains("leaderWeight must lie in [0, 1]", await response.Problem(HttpStatusCode.BadRequest, "leaderWeight"));
        Assert.Equal(0.1m, api.Period.Policy.LeaderWeight);
    }

    [Fact]
    public async Task AReportPastedWithALoneSurrogateIsStoredWithAReplacementCharacterInsteadOfFailing()
    {
        using var chat = new Conversations.ChatHarness();
        var user = chat.Member("郑亚娜", Enum.GetValues<Members.Role>());
        await chat.Send(user, "/report 新庄村");

        var reply = await chat.Send(user, "党建工作\uD8B2情况");

        Assert.DoesNotContain("抱歉", Conversations.ReplyText.Text(reply));
    }
}
