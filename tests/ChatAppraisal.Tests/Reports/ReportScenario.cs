using ChatAppraisal.Appraisal;
using ChatAppraisal.Reports;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Reports;

/// <summary>
/// Three villages entered through the score book, computed by hand:
/// 庙台村 (entered first): full marks except 精准扶贫 left empty → on-site 1400 → 933.33…; leaders 80 and 70
///   of 3 → 75 → 750; final 0.9 × 933.33… + 75 = 915.00; complete (111 + 2) / 120 = 94.17% → "未完成 94%".
/// 新庄村: the README's worked example → 994.33…, 900, final 984.90.
/// 李家塬村: full marks except 富民产业 (农业经济 item 1, max 50) = 48 → on-site 1498 → 998.666… (shown 998.67);
///   leaders 90, 85, 96 → 90.333… → 903.33…; final 898.8 + 90.333… = 989.1333… (shown 989.13).
/// Ranks: 李家塬村 1, 新庄村 2, 庙台村 3.
/// </summary>
public sealed class ReportScenario
{
    public const int NongYe = 6;

    public ReportScenario(TempDatabase db)
    {
        Db = db;
        Period = db.Periods.Active();
        Examiner = Actor(db.Members.Add("李四", [Role.Examiner]));
        Leaders = [Actor(db.Members.Add("王明", [Role.Leader])), Actor(db.Members.Add("李芳", [Role.Leader])), Actor(db.Members.Add("赵强", [Role.Leader]))];
        MiaoTai = db.AddVillage("庙台村");
        XinZhuang = db.AddVillage("新庄村");
        LiJiaYuan = db.AddVillage("李家塬村");
    }

    public TempDatabase Db { get; }
    public PeriodView Period { get; }
    public Actor Examiner { get; }
    public Actor[] Leaders { get; }
    public VillageDoc MiaoTai { get; }
    public VillageDoc XinZhuang { get; }
    public VillageDoc LiJiaYuan { get; }

    public static Actor Actor(MemberDoc member) => new(member.Id, member.Name, "test");

    public ReportScenario EnterAll()
    {
        var miaoTai = Scenario.FullMarks();
        foreach (var key in miaoTai.Keys.Where(k => k.Item1 == Scenario.FuPin).ToList()) miaoTai.Remove(key);
        Enter(MiaoTai, miaoTai);
        Rate(MiaoTai, 80, 70);

        Enter(XinZhuang, Scenario.WorkedExampleItems());
        Rate(XinZhuang, 90, 85, 95);

        var liJiaYuan = Scenario.FullMarks();
        liJiaYuan[(NongYe, 0)] = 48m;
        Enter(LiJiaYuan, liJiaYuan);
        Rate(LiJiaYuan, 90, 85, 96);
        return this;
    }

    public void Enter(VillageDoc village, IReadOnlyDictionary<(int, int), decimal> items, Actor? by = null)
    {
        foreach (var category in items.GroupBy(i => i.Key.Item1))
        {
            var outcome = Db.ScoreBook.SetItems(by ?? Examiner, Period, village.Id, category.Key,
                category.Select(i => (i.Key.Item2, (decimal?)i.Value)).ToList());
            Assert.True(outcome.Ok);
        }
    }

    /// <summary>The first leaders rate the village with these totals.</summary>
    public void Rate(VillageDoc village, params decimal[] totals)
    {
        for (var i = 0; i < totals.Length; i++)
            Assert.True(Db.ScoreBook.SetRating(Leaders[i], Period, village.Id, RatingsWithTotal(totals[i])).Ok);
    }

    /// <summary>15 ratings summing to <paramref name="total"/>: the caps, less the shortfall taken from the first categories.</summary>
    public static IReadOnlyList<decimal> RatingsWithTotal(decimal total)
    {
        var values = Scenario.Rubric.Categories.Select(c => c.LeaderCap).ToArray();
        var shortfall = 100 - total;
        for (var i = 0; i < values.Length && shortfall > 0; i++)
        {
            var take = Math.Min(values[i], shortfall);
            values[i] -= take;
            shortfall -= take;
        }
        return values;
    }

    /// <summary>Padding characters shown as plain spaces, so expected texts stay readable.</summary>
    public static string Plain(string text) => text.Replace(TextLayout.FigureSpace, ' ').Replace(TextLayout.IdeographicSpace, ' ');
}
