using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Storage;

public class SheetSealTests
{
    [Fact]
    public void SealedSheetCarriesAValidFingerprintAndRefusesChanges()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var leader = db.Members.Add("张晓岩", [Role.GroupLeader, Role.Examiner]);
        var actor = new Actor(leader.Id, leader.Name, "test");
        var period = db.Periods.Active();
        db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 18m);
        var sheets = new Sheets(db.Store, db.Clock);

        Assert.Equal(SealRefusal.None, sheets.Seal(actor, period, village.Id));

        var sheet = sheets.Load(period, village.Id)!;
        Assert.True(sheet.Seal!.Valid);
        Assert.Equal("张晓岩", sheet.Seal.SignedBy);
        Assert.Matches("^[0-9a-f]{64}$", sheet.Seal.Fingerprint);
        Assert.Equal(ScoreRefusal.Sealed, db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 10m).Refusal);
        Assert.Equal(SealRefusal.AlreadySealed, sheets.Seal(actor, period, village.Id));
    }

    [Fact]
    public void ScoreChangedBehindTheSealsBackIsReportedAsInvalid()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var actor = new Actor(db.Members.Add("张晓岩", [Role.GroupLeader]).Id, "张晓岩", "test");
        var period = db.Periods.Active();
        db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 18m);
        var sheets = new Sheets(db.Store, db.Clock);
        sheets.Seal(actor, period, village.Id);

        var doc = db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, 0, 0))!;
        doc.Value = 19m;
        db.Store.Scores.Items.Update(doc);   // a direct edit of the file, bypassing the score book

        Assert.False(sheets.Load(period, village.Id)!.Seal!.Valid);
    }

    [Fact]
    public void UnsealNeedsAReasonAndIsAudited()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var actor = new Actor(db.Members.Add("张晓岩", [Role.GroupLeader, Role.Admin]).Id, "张晓岩", "test");
        var period = db.Periods.Active();
        var sheets = new Sheets(db.Store, db.Clock);
        sheets.Seal(actor, period, village.Id);

        Assert.Equal(SealRefusal.ReasonRequired, sheets.Unseal(actor, period, village.Id, " "));
        Assert.Equal(SealRefusal.None, sheets.Unseal(actor, period, village.Id, "农业经济第2项录入有误"));

        Assert.Null(sheets.Load(period, village.Id)!.Seal);
        var entry = db.Store.Audit.Entries.FindAll().Where(a => a.Action == AuditActions.SheetUnsealed).Single();
        Assert.Contains("农业经济第2项录入有误", entry.Detail);
        Assert.True(db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 10m).Ok);
    }
}
