using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Charts;

/// <summary>The worked example stored through the score book in a real database, and its sheet read back.</summary>
static class SheetData
{
    public static (Sheet Sheet, IReadOnlyList<LeaderRatingDoc> Ratings) WorkedExample(TempDatabase db, bool sealAndScoreAll)
    {
        var village = db.AddVillage("新庄村");
        var examiner = db.Members.Add("柴守齐", [Role.Examiner]);
        var groupLeader = db.Members.Add("张晓岩", [Role.GroupLeader]);
        var period = db.Periods.Active();
        var items = Scenario.WorkedExampleItems();
        var byCategory = items.GroupBy(kv => kv.Key.Item1);
        foreach (var category in byCategory)
        {
            // Half-scored: the government-work categories after 精准扶贫 are left out, and one item of 党建工作.
            var entries = category.Where(kv => sealAndScoreAll || (kv.Key.Item1 <= Scenario.FuPin && kv.Key != (0, 0)))
                .Select(kv => (kv.Key.Item2, (decimal?)kv.Value)).ToList();
            if (entries.Count > 0)
                db.ScoreBook.SetItems(new Actor(examiner.Id, examiner.Name, "test"), period, village.Id, category.Key, entries);
        }
        var totals = sealAndScoreAll ? new[] { 90m, 85m, 95m } : [88m];
        for (var i = 0; i < totals.Length; i++)
        {
            var leader = db.Members.Add($"班子成员{i + 1}", [Role.Leader]);
            db.ScoreBook.SetRating(new Actor(leader.Id, leader.Name, "test"), period, village.Id, Scenario.RatingsWithTotal(totals[i]));
        }
        var sheets = new Sheets(db.Store, db.Clock);
        if (sealAndScoreAll) sheets.Seal(new Actor(groupLeader.Id, groupLeader.Name, "test"), period, village.Id);
        var ratings = db.Store.Scores.Ratings.Find(r => r.VillageId == village.Id).ToList();
        return (sheets.Load(period, village.Id)!, ratings);
    }
}
