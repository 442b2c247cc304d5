using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Charts;

/// <summary>Standings for charts: the worked example's village and as many others as a test needs, some incomplete.</summary>
static class ChartData
{
    public static readonly DateTime DataTime = new(2018, 1, 18, 8, 30, 0, DateTimeKind.Utc);

    static readonly string[] First = ["新", "马", "红", "杨", "上", "下", "东", "西", "南", "北", "王", "李", "黄", "柳", "石", "清"];
    static readonly string[] Second = ["庄", "家河", "星", "湾", "岔", "沟", "坪", "川", "寨", "堡", "泉", "峪", "塬", "滩", "营"];

    public static PeriodView Period(ScoringPolicy? policy = null) =>
        new(new PeriodDoc { Id = 1, Name = "2017年度", Policy = policy ?? new ScoringPolicy(), Active = true }, Scenario.Rubric);

    public static string VillageName(int i) => i == 0 ? "新庄村" : $"{First[i % First.Length]}{Second[i % Second.Length]}{(i >= 240 ? (i / 240).ToString() : "")}村";

    /// <summary>
    /// <paramref name="count"/> villages: the first is the worked example (984.90); the others lose a few points at random
    /// (seeded); every fifth misses items and every seventh a leader's rating, so they are incomplete.
    /// </summary>
    public static IReadOnlyList<VillageInput> Inputs(int count, int seed = 17)
    {
        var random = new Random(seed);
        var inputs = new List<VillageInput> { Scenario.WorkedExample() };
        for (var i = 1; i < count; i++)
        {
            var items = Scenario.FullMarks();
            foreach (var key in items.Keys.ToList())
            {
                if (random.NextDouble() < 0.25) items[key] = Math.Max(0, items[key] - random.Next(1, 4));
            }
            if (i % 5 == 0)
                foreach (var key in items.Keys.Where((_, k) => k % (2 + i % 9) == 0).ToList()) items.Remove(key);
            var leaders = i % 7 == 0 ? 2 : 3;
            var ratings = Enumerable.Range(0, leaders).Select(_ => Scenario.RatingsWithTotal(75 + random.Next(0, 25))).ToList();
            inputs.Add(new VillageInput(i + 1, VillageName(i), items, ratings));
        }
        return inputs;
    }

    public static Standings Standings(int count, ScoringPolicy? policy = null)
    {
        var period = Period(policy);
        return new Standings(period, ScoringEngine.Rank(period.Rubric, period.Policy, Inputs(count), leadersExpected: 3), DataTime);
    }
}
