using System.Text.Json.Nodes;
using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Tests.Rubrics;

public class RubricValidatorTests
{
    static JsonObject SeedJson() => JsonNode.Parse(RubricJson.SeedText())!.AsObject();

    static string Refusal(string json) => Assert.Throws<RubricException>(() => RubricJson.Parse(json)).Message;

    static JsonObject Category(JsonObject rubric, int index) => rubric["categories"]![index]!.AsObject();

    [Fact]
    public void RubricWithoutCategoriesIsRefused()
    {
        var rubric = SeedJson();
        rubric["categories"] = new JsonArray();
        Assert.Contains("no categories", Refusal(rubric.ToJsonString()));
    }

    [Fact]
    public void ItemMaximumOfZeroIsRefusedNamingTheItem()
    {
        var rubric = SeedJson();
        Category(rubric, 1)["items"]![2]!["max"] = 0;
        var message = Refusal(rubric.ToJsonString());
        Assert.Contains("Category 2 (党风廉政建设), item 3 (党风廉政建设监督责任): maximum must be greater than 0", message);
    }

    [Fact]
    public void NegativeCategoryMaximumIsRefusedNamingTheCategory()
    {
        var rubric = SeedJson();
        Category(rubric, 6)["max"] = -5;
        Assert.Contains("Category 7 (农业经济): maximum must be greater than 0, is -5", Refusal(rubric.ToJsonString()));
    }

    [Fact]
    public void DuplicateItemNamesWithinACategoryAreRefused()
    {
        var rubric = SeedJson();
        Category(rubric, 2)["items"]![1]!["name"] = "创城暨全域无垃圾";
        Assert.Contains("duplicate item name '创城暨全域无垃圾'", Refusal(rubric.ToJsonString()));
    }

    [Fact]
    public void SameItemNameInTwoCategoriesIsAllowed()
    {
        // 信访 and 信息报送 occur in several categories of the plan.
        var rubric = RubricJson.Seed();
        Assert.Equal(2, rubric.Categories.Count(c => c.Items.Any(i => i.Name == "信访")));
    }

    [Fact]
    public void LeadershipCapsNotSummingTo100AreRefused()
    {
        var rubric = SeedJson();
        Category(rubric, 0)["leaderCap"] = 25;
        Assert.Contains("Leadership caps must sum to 100, they sum to 105", Refusal(rubric.ToJsonString()));
    }

    [Fact]
    public void MalformedJsonIsRefusedWithItsPosition()
    {
        var message = Refusal("{\"title\": \"x\", \"categories\": [ {\"name\": }");
        Assert.Contains("malformed", message);
        Assert.Contains("line 1", message);
    }

    [Fact]
    public void ItemMaximumWithThreeDecimalsIsRefused()
    {
        var rubric = SeedJson();
        Category(rubric, 0)["items"]![1]!["max"] = 5.555;
        Assert.Contains("at most 2 decimals", Refusal(rubric.ToJsonString()));
    }
}
