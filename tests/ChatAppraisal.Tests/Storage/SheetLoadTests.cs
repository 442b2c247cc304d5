using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Storage;

public class SheetLoadTests
{
    [Fact]
    public void SheetHoldsOnlyItsOwnVillagesScoresOfItsOwnPeriod()
    {
        using var db = new TempDatabase();
        var villages = Enumerable.Range(1, 11).Select(i => db.AddVillage($"村{i}")).ToList();
        var actor = new Actor(db.Members.Add("柴守齐", [Role.Examiner]).Id, "柴守齐", "test");
        var period = db.Periods.Active();
        var next = db.Periods.View(Insert(db, new PeriodDoc { Name = "2018年度", RubricJson = RubricJson.SeedText(), Policy = new() }));
        // Village 1's keys ("1:1:...") share their first characters with villages 10 and 11 ("1:10:...", "1:11:...").
        db.ScoreBook.SetItem(actor, period, villages[0].Id, 0, 0, 10m);
        db.ScoreBook.SetItem(actor, period, villages[9].Id, 0, 1, 7m);
        db.ScoreBook.SetItem(actor, period, villages[10].Id, 1, 0, 5m);
        db.ScoreBook.SetItem(actor, next, villages[0].Id, 0, 2, 3m);

        var sheet = new Sheets(db.Store, db.Clock).Load(period, villages[0].Id)!;

        var scored = sheet.Categories.SelectMany(c => c.Items).Where(i => i.Score is not null).ToList();
        Assert.Equal([(0, 0, 10m)], scored.Select(i => (i.Category, i.Item, i.Score!.Value)));
        Assert.Equal(10m, sheet.Onsite);
        Assert.Equal(1, sheet.ItemsScored);
    }

    static PeriodDoc Insert(TempDatabase db, PeriodDoc period)
    {
        db.Store.Periods.Insert(period);
        return period;
    }
}
