using System.Text.Json.Nodes;
using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Tests.Rubrics;

/// <summary>A refused rubric's problems as the console says them in Chinese: each names its place as an official counts it.</summary>
public class RubricProblemTextTests
{
    static IReadOnlyList<RubricProblem> Problems(Action<JsonObject> change)
    {
        var rubric = JsonNode.Parse(RubricJson.SeedText())!.AsObject();
        change(rubric);
        return Assert.Throws<RubricException>(() => RubricJson.Parse(rubric.ToJsonString())).Problems;
    }

    static JsonObject Category(JsonObject rubric, int index) => rubric["categories"]![index]!.AsObject();

    static string Zh(IReadOnlyList<RubricProblem> problems) => string.Join("\n", problems.Select(Texts.Zh.RubricProblemText));

    [Fact]
    public void AnItemMaximumOfZeroIsNamedByCategoryAndItemInChinese()
    {
        var problems = Problems(r => Category(r, 1)["items"]![2]!["max"] = 0);
        Assert.Equal("第2类（党风廉政建设）第3项（党风廉政建设监督责任）：分值必须大于 0，现为 0。", Zh(problems));
    }

    [Fact]
    public void TheEnglishOfTheSameProblemIsTheAdminApisSentence()
    {
        var problem = Assert.Single(Problems(r => Category(r, 1)["items"]![2]!["max"] = 0));
        Assert.Equal("Category 2 (党风廉政建设), item 3 (党风廉政建设监督责任): maximum must be greater than 0, is 0.", problem.ToString());
        Assert.Equal(problem.ToString(), Texts.En.RubricProblemText(problem));
    }

    [Fact]
    public void ADuplicateItemAliasAndCapsSumAreEachSaidInChinese()
    {
        var problems = Problems(r =>
        {
            Category(r, 2)["items"]![1]!["name"] = "创城暨全域无垃圾";
            Category(r, 3)["alias"] = Category(r, 0)["alias"]!.GetValue<string>();
            Category(r, 0)["leaderCap"] = 25;
        });
        var zh = Zh(problems);
        Assert.Contains("第3类（精神文明建设）第2项（创城暨全域无垃圾）：本类别中已有同名项目“创城暨全域无垃圾”，项目名称不能重复。", zh);
        Assert.Contains("第4类（社会治安综合治理(平安建设)）：简称“党建”已被别的类别使用。", zh);
        Assert.Contains("各类别的党政班子成员评分上限合计必须是 100，现为 105。", zh);
        Assert.DoesNotContain("Category", zh);
    }

    [Fact]
    public void MalformedJsonIsSaidWithItsLineAndPositionInChinese()
    {
        var refused = Assert.Throws<RubricException>(() => RubricJson.Parse("{\"title\": \"x\",\n \"categories\": [ {\"name\": }"));
        var problem = Assert.Single(refused.Problems);
        Assert.Equal(RubricFault.Malformed, problem.Fault);
        Assert.StartsWith("文件不是有效的 JSON（第 2 行第", Texts.Zh.RubricProblemText(problem));
        Assert.StartsWith("Rubric JSON is malformed at line 2", refused.Message);
    }

    [Fact]
    public void ANullItemIsNamedByItsPlace()
    {
        var problems = Problems(r => Category(r, 0)["items"]![2] = null);
        Assert.Equal("第1类（党建工作）第3项是空的（null）。", Zh(problems));
        Assert.Equal("The rubric is invalid: Category 1 (党建工作), item 3 is null.",
            Assert.Throws<RubricException>(() => RubricJson.Parse(SeedWithNullItem())).Message);
    }

    static string SeedWithNullItem()
    {
        var rubric = JsonNode.Parse(RubricJson.SeedText())!.AsObject();
        Category(rubric, 0)["items"]![2] = null;
        return rubric.ToJsonString();
    }
}
