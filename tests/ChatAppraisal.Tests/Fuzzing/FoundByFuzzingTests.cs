using System.Net;
using System.Text.Json.Nodes;
using ChatAppraisal.Members;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Tests.Admin;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>Bugs the fuzz properties found, each kept as a plain test of the fixed behaviour.</summary>
public class FoundByFuzzingTests
{
    [Fact]
    public void ARoleListHoldingNullNamesNullAsAnUnknownRole()
    {
        var (roles, unknown) = RoleNames.ParseList([null, "office"]);
        Assert.Equal([ChatAppraisal.Storage.Role.Office], roles);
        Assert.Equal(["null"], unknown);
    }

    [Theory]
    [InlineData("POST", "/api/members")]
    [InlineData("PUT", "/api/members/1")]
    public async Task AMemberBodyWithANullRoleIsRefusedNamingRoles(string method, string path)
    {
        using var api = new AdminApiFactory();
        api.AddMember("郑亚娜", ChatAppraisal.Storage.Role.Examiner);
        using var client = api.Client();
        var membersBefore = api.Store.Members.Count();

        var response = await client.Send(method, path, """{"name":"张伟","roles":[null,"office"]}""");

        var message = await response.Problem(HttpStatusCode.BadRequest, "roles");
        Assert.Contains("Unknown role 'null'; roles are examiner, group-leader, leader, office, admin.", message);
        Assert.Equal(membersBefore, api.Store.Members.Count());
        Assert.Equal("郑亚娜", api.Store.Members.FindById(1).Name);
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
    [InlineData("item", "50000000000000000000000000000", "Category 1 (党建工作), item 1: maximum must be at most 10000, is 50000000000000000000000000000.")]
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
}
