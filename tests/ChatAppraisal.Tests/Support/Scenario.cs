using ChatAppraisal.Scoring;

namespace ChatAppraisal.Tests.Support;

/// <summary>
/// The worked example of the README, computed by hand:
/// every item at its maximum except 做合格党员 (党建工作 item 3, max 13) = 10 and 户内资料 (精准扶贫 item 4, max 30) = 24.
/// 党建工作 97.5; 社会治安综合治理 104 capped to 100; 精准扶贫 94; the other 12 categories 100 → on-site 1491.5,
/// on the 1000 scale 994.333…; leaders' totals 90, 85, 95 → mean 90 → 900; final 0.9 × 994.333… + 0.1 × 900 = 984.9.
/// </summary>
public static class Scenario
{
    public static readonly ChatAppraisal.Rubrics.Rubric Rubric = ChatAppraisal.Rubrics.RubricJson.Seed();

    public const int DangJian = 0, ZongZhi = 3, FuPin = 5;

    public static Dictionary<(int, int), decimal> FullMarks() =>
        Rubric.ItemKeys().ToDictionary(k => k, k => Rubric.Categories[k.Category].Items[k.Item].Max);

    public static Dictionary<(int, int), decimal> WorkedExampleItems()
    {
        var items = FullMarks();
        items[(DangJian, 2)] = 10m;
        items[(FuPin, 3)] = 24m;
        return items;
    }

    /// <summary>15 ratings summing to <paramref name="total"/>: caps, minus the shortfall taken from the first category.</summary>
    public static IReadOnlyList<decimal> RatingsWithTotal(decimal total)
    {
        var values = Rubric.Categories.Select(c => c.LeaderCap).ToArray();
        values[0] -= 100 - total;
        return values;
    }

    public static VillageInput WorkedExample(int id = 1, string name = "新庄村") =>
        new(id, name, WorkedExampleItems(), [RatingsWithTotal(90), RatingsWithTotal(85), RatingsWithTotal(95)]);
}
