using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
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

    [Fact]
    public void SheetWithSavedValuesReadsAsTheFileDoesAfterTheSave()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var earlier = new Actor(db.Members.Add("郑亚娜", [Role.Examiner]).Id, "郑亚娜", "test");
        var actor = new Actor(db.Members.Add("柴守齐", [Role.Examiner]).Id, "柴守齐", "test");
        var period = db.Periods.Active();
        db.ScoreBook.SetItems(earlier, period, village.Id, 0, [(0, 18m), (1, 5m), (2, 7m)]);
        db.ScoreBook.SetItem(earlier, period, village.Id, 1, 0, 4m);
        var sheets = new Sheets(db.Store, db.Clock);
        var before = sheets.Load(period, village.Id)!;
        db.Clock.Advance(TimeSpan.FromMinutes(5));
        // Changed, cleared, unchanged (keeps its author and time), new.
        IReadOnlyList<(int, decimal?)> values = [(0, 19m), (1, null), (2, 7m), (3, 2.5m)];
        Assert.True(db.ScoreBook.SetItems(actor, period, village.Id, 0, values).Ok);

        var updated = Sheets.WithSaved(before, 0, values, actor, db.Clock.GetUtcNow().UtcDateTime);

        var reloaded = sheets.Load(period, village.Id)!;
        Assert.Equal(reloaded.Categories.SelectMany(c => c.Items), updated.Categories.SelectMany(c => c.Items));
        Assert.Equal(reloaded.Categories.Select(c => (c.Raw, c.Score, c.ItemsScored)), updated.Categories.Select(c => (c.Raw, c.Score, c.ItemsScored)));
        Assert.Equal(19m + 7m + 2.5m + 4m, updated.Onsite);
        Assert.Equal("郑亚娜", updated.Categories[0].Items[2].MemberName);
    }

    static PeriodDoc Insert(TempDatabase db, PeriodDoc period)
    {
        db.Store.Setup.Periods.Insert(period);
        return period;
    }
}
