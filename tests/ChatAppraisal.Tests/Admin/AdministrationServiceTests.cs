using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Admin;

/// <summary>The core services behind the admin API, as the chat would call them.</summary>
public class AdministrationServiceTests
{
    static readonly Actor Admin = new(0, "admin-api", "admin-api");

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("新庄\u200B村")]
    [InlineData("新庄\n村")]
    [InlineData("一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一二三四五六七八九十一")]
    public void NamesThatBreakTheRuleAreRefused(string name)
    {
        Assert.Null(Names.Clean(name));
    }

    [Fact]
    public void VillageNamesDifferingOnlyInCaseAreDuplicates()
    {
        using var db = new TempDatabase();
        var roster = new VillageRoster(db.Store, db.Periods, db.ScoreBook, db.Clock);
        Assert.True(roster.Add(Admin, "Xinzhuang").Ok);
        var outcome = roster.Add(Admin, "XINZHUANG");
        Assert.Equal(VillageRefusal.DuplicateName, outcome.Refusal);
        Assert.Equal("Xinzhuang", outcome.Village!.Name);
    }

    [Fact]
    public void ForcedRemovalIsOneTransactionThatLeavesNothingWhenItFails()
    {
        using var db = new TempDatabase();
        var roster = new VillageRoster(db.Store, db.Periods, db.ScoreBook, db.Clock);
        var village = roster.Add(Admin, "新庄村").Village!;
        var examiner = new Actor(db.Members.Add("郑亚娜", [Role.Examiner]).Id, "郑亚娜", "test");
        db.ScoreBook.SetItems(examiner, db.Periods.Active(), village.Id, 0, [(0, 18m), (1, 5m)]);
        // A score that points outside the rubric: the score book refuses to clear it, so the removal must undo itself.
        db.Store.Scores.Items.Insert(new ItemScoreDoc
        {
            Id = ItemScoreDoc.Key(db.Periods.Active().Id, village.Id, 0, 99), PeriodId = db.Periods.Active().Id,
            VillageId = village.Id, Category = 0, Item = 99, Value = 1m, MemberId = examiner.MemberId,
        });
        var audit = db.Store.Audit.Entries.Count();

        Assert.Throws<InvalidOperationException>(() => roster.Remove(Admin, village.Id, force: true));

        Assert.NotNull(db.Store.Setup.Villages.FindById(village.Id));
        Assert.Equal(3, db.Store.Scores.Items.Count(s => s.VillageId == village.Id));
        Assert.Equal(audit, db.Store.Audit.Entries.Count());
    }

    [Fact]
    public void ActivatingLeavesExactlyOneActivePeriod()
    {
        using var db = new TempDatabase();
        var setup = new PeriodSetup(db.Store, db.Clock);
        var y2018 = setup.Create(Admin, "2018年度", copyFrom: null).Period!;
        var y2019 = setup.Create(Admin, "2019年度", copyFrom: y2018.Id).Period!;

        setup.Activate(Admin, y2019.Id);
        setup.Activate(Admin, y2018.Id);

        Assert.Equal([y2018.Id], db.Store.Setup.Periods.Find(p => p.Active).Select(p => p.Id));
        Assert.Equal(y2018.Id, db.Periods.Active().Id);
    }

    [Fact]
    public void RemovedMembersNameMayBeGivenToTheSuccessor()
    {
        using var db = new TempDatabase();
        var roster = new MemberRoster(db.Store, db.Members, db.Clock);
        var first = roster.Add(Admin, "张伟", [Role.Examiner]).Member!;
        Assert.Equal(MemberRefusal.DuplicateName, roster.Add(Admin, "张伟", [Role.Leader]).Refusal);

        roster.Remove(Admin, first.Id);

        Assert.True(roster.Add(Admin, "张伟", [Role.Leader]).Ok);
    }
}
