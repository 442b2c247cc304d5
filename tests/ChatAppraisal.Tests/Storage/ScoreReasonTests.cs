using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Storage;

/// <summary>A deduction's reason (扣分原因) is kept with its score, audited with it and covered by the seal.</summary>
public class ScoreReasonTests
{
    [Fact]
    public void AReasonIsStoredWithItsScoreAndAuditedInTheSameEntry()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var actor = new Actor(db.Members.Add("李考核", [Role.Examiner]).Id, "李考核", "test");
        var period = db.Periods.Active();

        Assert.True(db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 10m, reason: "  会议记录\n缺两次 ").Ok);

        var doc = db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, 0, 0))!;
        Assert.Equal(10m, doc.Value);
        Assert.Equal("会议记录 缺两次", doc.Reason);
        var entry = db.Store.Audit.Entries.FindAll().Single(a => a.Action == AuditActions.ScoreSet);
        Assert.Equal(10m, entry.New);
        Assert.Equal("reason: 会议记录 缺两次", entry.Detail);
        Assert.Equal("会议记录 缺两次", new Sheets(db.Store, db.Clock).Load(period, village.Id)!.Categories[0].Items[0].Reason);

        // The reason alone changing is a change, audited; the score set again without one drops it (audited too).
        Assert.True(db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 10m, reason: "会议记录缺三次").Ok);
        Assert.True(db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 10m).Ok);
        Assert.Null(db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, 0, 0))!.Reason);
        Assert.Equal(["reason: 会议记录 缺两次", "reason: 会议记录缺三次", "reason removed: 会议记录缺三次"],
            db.Store.Audit.Entries.FindAll().Where(a => a.Action == AuditActions.ScoreSet).Select(a => a.Detail));
    }

    [Fact]
    public void ATooLongReasonIsRefusedAndNothingChanges()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var actor = new Actor(db.Members.Add("李考核", [Role.Examiner]).Id, "李考核", "test");
        var period = db.Periods.Active();

        var outcome = db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 10m, reason: new string('缺', Reasons.MaxLength + 1));

        Assert.Equal(ScoreRefusal.ReasonTooLong, outcome.Refusal);
        Assert.Null(db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, 0, 0)));
        Assert.Empty(db.Store.Audit.Entries.FindAll());
    }

    [Fact]
    public void TheFingerprintOfASheetWithoutReasonsIsTheOneItAlwaysHadAndAReasonChangesIt()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var actor = new Actor(db.Members.Add("张晓岩", [Role.GroupLeader]).Id, "张晓岩", "test");
        var period = db.Periods.Active();
        db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 10m);
        db.ScoreBook.SetItem(actor, period, village.Id, 0, 1, 5.5m);
        var sheets = new Sheets(db.Store, db.Clock);
        var sheet = sheets.Load(period, village.Id)!;

        // The canonical text as the release before reasons wrote it, computed here independently.
        var text = new StringBuilder($"period={period.Id}:{period.Name}\nvillage={village.Id}:{village.Name}\n");
        foreach (var item in sheet.Categories.SelectMany(c => c.Items))
            text.Append($"{item.Category + 1}.{item.Item + 1}={item.Score?.ToString("0.##", CultureInfo.InvariantCulture)}\n");
        var before = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
        Assert.Equal(before, Sheets.Fingerprint(sheet));

        db.ScoreBook.SetItem(actor, period, village.Id, 0, 0, 10m, reason: "会议记录缺两次");
        var withReason = sheets.Load(period, village.Id)!;
        Assert.NotEqual(before, Sheets.Fingerprint(withReason));

        // Sealed with its reason, a reason edited behind the seal's back shows.
        Assert.Equal(SealRefusal.None, sheets.Seal(actor, period, village.Id));
        Assert.True(sheets.Load(period, village.Id)!.Seal!.Valid);
        var doc = db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, 0, 0))!;
        doc.Reason = "会议记录齐全";
        db.Store.Scores.Items.Update(doc);
        Assert.False(sheets.Load(period, village.Id)!.Seal!.Valid);
    }
}
