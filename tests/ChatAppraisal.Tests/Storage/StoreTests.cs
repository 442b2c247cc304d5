using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Storage;

public class StoreTests
{
    static Actor Examiner(MemberDoc m) => new(m.Id, m.Name, "test");

    [Fact]
    public void NewDatabaseGetsTheDefaultPeriodWithTheSeedRubric()
    {
        using var db = new TempDatabase();
        var period = db.Periods.Active();
        Assert.Equal("2017年度", period.Name);
        Assert.Equal(117, period.Rubric.ItemCount);
        Assert.Equal(0.9m, period.Policy.OnsiteWeight);
    }

    [Fact]
    public void EveryDocumentKindSurvivesAReopen()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var member = db.Members.Add("柴守齐", [Role.Examiner, Role.Office]);
        var invite = db.Members.CreateInvite(member.Id);
        var period = db.Periods.Active();
        db.ScoreBook.SetItem(Examiner(member), period, village.Id, 0, 1, 5.5m);
        db.ScoreBook.SetRating(Examiner(member), period, village.Id, Scenario.RatingsWithTotal(88.5m));
        db.Store.Scores.Seals.Insert(new SealDoc { Id = SealDoc.Key(period.Id, village.Id), PeriodId = period.Id, VillageId = village.Id, SignedBy = member.Id, SignedByName = "张晓岩", SignedAt = db.Clock.GetUtcNow().UtcDateTime, Fingerprint = "ab" });
        db.Members.Redeem(invite.Code, "telegram", "42");

        db.Reopen();

        Assert.Equal("新庄村", db.Store.Setup.Villages.FindById(village.Id)!.Name);
        Assert.Equal([Role.Examiner, Role.Office], db.Store.Roster.Members.FindById(member.Id)!.Roles);
        Assert.Equal(5.5m, db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, 0, 1))!.Value);
        Assert.Equal(88.5m, db.Store.Scores.Ratings.FindById(LeaderRatingDoc.Key(period.Id, village.Id, member.Id))!.Values.Sum());
        Assert.Equal("张晓岩", db.Store.Scores.Seals.FindById(SealDoc.Key(period.Id, village.Id))!.SignedByName);
        Assert.Equal(member.Id, db.Members.FindByAccount("telegram", "42")!.Id);
        Assert.NotNull(db.Store.Roster.Invites.FindById(invite.Id)!.UsedAt);
        Assert.Equal(DateTimeKind.Utc, db.Store.Audit.Entries.FindAll().First().At.Kind);
        Assert.Equal(db.Clock.GetUtcNow().UtcDateTime, db.Store.Audit.Entries.FindAll().First().At);
    }

    [Fact]
    public void EveryScoreChangeWritesAnAuditEntry()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var member = db.Members.Add("杜泽宏", [Role.Examiner]);
        var period = db.Periods.Active();

        db.ScoreBook.SetItem(Examiner(member), period, village.Id, 0, 0, 18m);
        db.ScoreBook.SetItem(Examiner(member), period, village.Id, 0, 0, 18m);   // unchanged: no entry
        db.ScoreBook.SetItem(Examiner(member), period, village.Id, 0, 0, 17.5m);
        db.ScoreBook.SetItem(Examiner(member), period, village.Id, 0, 0, null);

        var audit = db.Store.Audit.Entries.FindAll().OrderBy(a => a.Id).ToList();
        Assert.Equal(
            [(AuditActions.ScoreSet, (decimal?)null, (decimal?)18m), (AuditActions.ScoreSet, 18m, 17.5m), (AuditActions.ScoreCleared, 17.5m, null)],
            audit.Select(a => (a.Action, a.Old, a.New)));
        Assert.All(audit, a => Assert.Equal(("杜泽宏", "test", village.Id, 0, 0), (a.MemberName, a.Channel, a.VillageId!.Value, a.Category!.Value, a.Item!.Value)));
        Assert.Null(db.Store.Scores.Items.FindById(ItemScoreDoc.Key(period.Id, village.Id, 0, 0)));
    }

    [Fact]
    public void OutOfRangeScoreIsRefusedAndNothingIsStored()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var member = db.Members.Add("赵映俊", [Role.Examiner]);
        var period = db.Periods.Active();

        var outcome = db.ScoreBook.SetItems(Examiner(member), period, village.Id, 0, [(0, 19m), (1, 5.51m)]);

        Assert.Equal(ScoreRefusal.OutOfRange, outcome.Refusal);
        Assert.Equal(0, db.Store.Scores.Items.Count());
        Assert.Equal(0, db.Store.Audit.Entries.Count());
    }

    [Fact]
    public void FailureInsideATransactionRollsBackTheScoreAndItsAudit()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var member = db.Members.Add("赵映俊", [Role.Examiner]);
        var period = db.Periods.Active();

        Assert.Throws<InvalidOperationException>(() => db.Store.Write(() =>
        {
            db.ScoreBook.SetItem(Examiner(member), period, village.Id, 0, 0, 10m);
            throw new InvalidOperationException("crash after the score, before the commit");
        }));

        Assert.Equal(0, db.Store.Scores.Items.Count());
        Assert.Equal(0, db.Store.Audit.Entries.Count());
    }

    [Fact]
    public void ScoresOfASealedSheetAreRefused()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var member = db.Members.Add("赵映俊", [Role.Examiner]);
        var period = db.Periods.Active();
        db.Store.Scores.Seals.Insert(new SealDoc { Id = SealDoc.Key(period.Id, village.Id), PeriodId = period.Id, VillageId = village.Id, SignedByName = "张晓岩" });

        var outcome = db.ScoreBook.SetItem(Examiner(member), period, village.Id, 0, 0, 10m);

        Assert.Equal(ScoreRefusal.Sealed, outcome.Refusal);
        Assert.Equal("张晓岩", outcome.Seal!.SignedByName);
        Assert.Equal(0, db.Store.Scores.Items.Count());
    }

    [Fact]
    public void SecondOpenerOfTheSameFileIsRefusedWithAClearMessage()
    {
        using var db = new TempDatabase();
        var e = Assert.Throws<DatabaseInUseException>(() => new AppraisalStore(db.FilePath));
        Assert.Contains("already open in another ChatAppraisal process", e.Message);
        Assert.Contains(db.FilePath, e.Message);
    }

    [Fact]
    public void StoredRatingsAndScoresRankAsTheEngineComputesThem()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var examiner = db.Members.Add("柴守齐", [Role.Examiner]);
        var leaders = new[] { 90m, 85m, 95m }.Select((t, i) => (Total: t, Member: db.Members.Add($"班子成员{i}", [Role.Leader]))).ToList();
        var period = db.Periods.Active();
        foreach (var ((category, item), value) in Scenario.WorkedExampleItems())
            db.ScoreBook.SetItem(Examiner(examiner), period, village.Id, category, item, value);
        foreach (var (total, member) in leaders)
            db.ScoreBook.SetRating(Examiner(member), period, village.Id, Scenario.RatingsWithTotal(total));

        var standings = db.Standings.Compute(period);

        var top = Assert.Single(standings.Ranking);
        Assert.Equal(984.90m, ChatAppraisal.Scoring.Points.Round2(top.Result.Final));
        Assert.True(top.Result.Complete);
        Assert.Equal(117 + 3, db.Store.Audit.Entries.Count());
    }
}
