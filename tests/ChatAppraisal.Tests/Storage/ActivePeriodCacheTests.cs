using System.Text.Json.Nodes;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Storage;

/// <summary>
/// The active period is kept in memory between reads (<see cref="ActivePeriodCache"/>): every write of a period is seen by
/// the next read, a rolled-back one never, each town keeps its own, and what a caller gets is its own copy.
/// (Another process's write, on PostgreSQL: <c>ActivePeriodOnPostgresTests</c>.)
/// </summary>
public class ActivePeriodCacheTests
{
    internal static readonly Actor Admin = new(0, "admin", "admin-api");

    /// <summary>The seed rubric with the first category's second item (党建责任清单落实) renamed.</summary>
    internal static string RubricWithSecondItemNamed(string rubricJson, string name)
    {
        var rubric = JsonNode.Parse(rubricJson)!;
        rubric["categories"]![0]!["items"]![1]!["name"] = name;
        return rubric.ToJsonString();
    }

    [Fact]
    public async Task ARubricEditAndAPolicyChangeThroughTheDomainServiceAreSeenByTheNextAnswer()
    {
        using var chat = new ChatHarness();
        var user = await chat.AtCategory(1); // the first item's prompt: the period was read, and kept
        var setup = chat.Services.GetRequiredService<PeriodSetup>();

        Assert.True(setup.ReplaceRubric(Admin, chat.Period.Id, RubricWithSecondItemNamed(chat.Period.Doc.RubricJson, "党建责任清单（新）")).Ok);
        var next = await chat.Send(user, "19");

        Assert.Contains("党建责任清单（新）", next.Text());
        Assert.True(setup.SetPolicy(Admin, chat.Period.Id, chat.Period.Policy with { ReasonsRequired = true }).Ok);
        var refused = await chat.Send(user, "5");
        Assert.Contains("本期要求写扣分原因", refused.Text());
        Assert.Null(chat.Score(0, 1));
    }

    [Fact]
    public void AnotherPeriodActivatedIsTheActiveOneAtOnce()
    {
        using var db = new TempDatabase();
        var setup = new PeriodSetup(db.Store, db.Clock);
        Assert.Equal("2017年度", db.Periods.Active().Name);

        var created = setup.Create(Admin, "2018年度", null).Period!;
        Assert.Equal("2017年度", db.Periods.Active().Name); // created inactive
        Assert.True(setup.Activate(Admin, created.Id).Ok);

        Assert.Equal("2018年度", db.Periods.Active().Name);
        Assert.Equal("2018年度", db.Store.ActivePeriod().Name);
    }

    [Fact]
    public void AWriteRolledBackIsNeverKeptWhileItsOwnTransactionSeesIt()
    {
        using var db = new TempDatabase();
        var kept = db.Store.ActivePeriod();

        Assert.Throws<InvalidOperationException>(() => db.Store.Write(() =>
        {
            var doc = db.Store.Setup.Periods.FindById(kept.Id)!;
            doc.Name = "未提交";
            db.Store.Setup.Periods.Update(doc);
            Assert.Equal("未提交", db.Store.ActivePeriod().Name);
            Assert.Equal("未提交", db.Store.ActivePeriod().Name); // read twice: the second must not come from memory either
            throw new InvalidOperationException("rolled back");
        }));

        Assert.Equal("2017年度", db.Store.ActivePeriod().Name);
    }

    [Fact]
    public void AWriteOutsideATransactionIsSeenByTheNextRead()
    {
        using var db = new TempDatabase();
        var doc = db.Store.ActivePeriod();
        doc.Policy = doc.Policy with { ReasonsRequired = true };

        db.Store.Setup.Periods.Update(doc);

        Assert.True(db.Store.ActivePeriod().Policy.ReasonsRequired);
        Assert.True(db.Periods.Active().Policy.ReasonsRequired);
    }

    [Fact]
    public void WhatACallerGetsIsItsOwnCopy()
    {
        using var db = new TempDatabase();
        var first = db.Store.ActivePeriod();
        first.Name = "改过";
        first.Active = false;
        first.RubricJson = "{}";
        first.Policy = first.Policy with { OnsiteWeight = 0 };
        db.Periods.Active().Doc.Name = "也改过";

        var again = db.Store.ActivePeriod();

        Assert.NotSame(first, again);
        Assert.Equal(("2017年度", true, 0.9m), (again.Name, again.Active, again.Policy.OnsiteWeight));
        Assert.Equal(15, db.Periods.Active().Rubric.Categories.Count);
        Assert.Equal("2017年度", db.Periods.Active().Name);
    }

    [Fact]
    public void EachTownKeepsItsOwnActivePeriod()
    {
        using var db = new TempDatabase();
        TownsKeepTheirOwn(db.Store, db.Clock);
    }

    /// <summary>
    /// Town 1 (2017年度) and town 2 (its own 2018年度) read in turn, each kept; a policy change in town 2 is not town 1's; a
    /// town without a period gets none of theirs.
    /// </summary>
    internal static void TownsKeepTheirOwn(AppraisalStore store, TimeProvider clock)
    {
        const int Second = 2, Third = 3;
        TownScope.In(Second, () => DatabaseSetup.CreatePeriod(store, "2018年度", clock));
        var periods = new Periods(store);
        for (var round = 0; round < 3; round++)
        {
            Assert.Equal(("2017年度", TownScope.DefaultTownId), (periods.Active().Name, periods.Active().Doc.TownId));
            Assert.Equal(("2018年度", Second), TownScope.In(Second, () => (periods.Active().Name, periods.Active().Doc.TownId)));
        }

        var secondId = TownScope.In(Second, () => periods.Active().Id);
        Assert.True(TownScope.In(Second, () => new PeriodSetup(store, clock).SetPolicy(Admin, secondId, ScoringPolicyWithReasons()).Ok));

        Assert.True(TownScope.In(Second, () => periods.Active().Policy.ReasonsRequired));
        Assert.False(periods.Active().Policy.ReasonsRequired);
        Assert.Equal("2017年度", store.ActivePeriod().Name);
        Assert.Throws<InvalidOperationException>(() => TownScope.In(Third, store.ActivePeriod));
    }

    static ChatAppraisal.Scoring.ScoringPolicy ScoringPolicyWithReasons() => new() { ReasonsRequired = true };
}
