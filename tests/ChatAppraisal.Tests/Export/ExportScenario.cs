using ChatAppraisal.Appraisal;
using ChatAppraisal.Export;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Export;

/// <summary>
/// Two villages stored through the score book: 新庄村 is the README's worked example (final 984.90), signed and sealed;
/// 马家河村 has only 党建工作 scored (full marks) and one leader's rating of 80, so it is incomplete.
/// </summary>
sealed class ExportScenario : IDisposable
{
    public ExportScenario()
    {
        Xinzhuang = Db.AddVillage("新庄村");
        Majiahe = Db.AddVillage("马家河村");
        var examiner = Db.Members.Add("柴守齐", [Role.Examiner]);
        var groupLeader = Db.Members.Add("张晓岩", [Role.GroupLeader]);
        Examiner = new Actor(examiner.Id, examiner.Name, "test");
        Period = Db.Periods.Active();

        foreach (var category in Scenario.WorkedExampleItems().GroupBy(kv => kv.Key.Item1))
            Db.ScoreBook.SetItems(Examiner, Period, Xinzhuang.Id, category.Key, category.Select(kv => (kv.Key.Item2, (decimal?)kv.Value)).ToList());
        Db.ScoreBook.SetItems(Examiner, Period, Majiahe.Id, Scenario.DangJian,
            Scenario.Rubric.Categories[Scenario.DangJian].Items.Select((item, i) => (i, (decimal?)item.Max)).ToList());

        var leaders = new[] { "苏虎林", "郑亚娜", "李建平" }.Select(n => Db.Members.Add(n, [Role.Leader])).ToList();
        decimal[] totals = [90, 85, 95];
        for (var i = 0; i < leaders.Count; i++)
            Db.ScoreBook.SetRating(new Actor(leaders[i].Id, leaders[i].Name, "test"), Period, Xinzhuang.Id, Scenario.RatingsWithTotal(totals[i]));
        Db.ScoreBook.SetRating(new Actor(leaders[0].Id, leaders[0].Name, "test"), Period, Majiahe.Id, Scenario.RatingsWithTotal(80));

        Sheets = new Sheets(Db.Store, Db.Clock);
        Sheets.Seal(new Actor(groupLeader.Id, groupLeader.Name, "test"), Period, Xinzhuang.Id);
        Reader = new ExportReader(Db.Store, Sheets, Db.Standings);
    }

    public TempDatabase Db { get; } = new();
    public VillageDoc Xinzhuang { get; }
    public VillageDoc Majiahe { get; }
    public Actor Examiner { get; }
    public PeriodView Period { get; }
    public Sheets Sheets { get; }
    public ExportReader Reader { get; }

    public void Dispose() => Db.Dispose();
}
