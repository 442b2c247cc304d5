using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;
using Microsoft.Extensions.Time.Testing;

namespace ChatAppraisal.Tests.Storage.Postgres;

/// <summary>
/// Bot processes sharing one PostgreSQL database each keep the active period in memory (<see cref="ActivePeriodCache"/>): a
/// second store on the same database stands for another process, and sees every write of the first at its next read.
/// </summary>
public sealed class ActivePeriodOnPostgresTests : IDisposable
{
    readonly TestPostgres _database = new();
    readonly FakeTimeProvider _clock = new(new DateTimeOffset(2018, 1, 15, 9, 0, 0, TimeSpan.Zero));
    readonly AppraisalStore _one;
    readonly AppraisalStore _two;

    public ActivePeriodOnPostgresTests()
    {
        _one = StorageProviders.OpenPostgres(_database.ConnectionString);
        new DatabaseSetup(_one, new Periods(_one), _clock).EnsureInitialized("2017年度");
        _two = StorageProviders.OpenPostgres(_database.ConnectionString);
    }

    [Fact]
    public void AnotherProcessSeesThePolicyTheRubricAndTheActivationTheFirstWrote()
    {
        var periodsTwo = new Periods(_two);
        var setupOne = new PeriodSetup(_one, _clock);
        var period = periodsTwo.Active();
        Assert.False(periodsTwo.Active().Policy.ReasonsRequired); // read twice: kept by the second process

        Assert.True(setupOne.SetPolicy(ActivePeriodCacheTests.Admin, period.Id, period.Policy with { ReasonsRequired = true }).Ok);
        Assert.True(periodsTwo.Active().Policy.ReasonsRequired);
        Assert.True(_two.Write(() => _two.ActivePeriod()).Policy.ReasonsRequired);

        var renamed = ActivePeriodCacheTests.RubricWithSecondItemNamed(period.Doc.RubricJson, "党建责任清单（新）");
        Assert.True(setupOne.ReplaceRubric(ActivePeriodCacheTests.Admin, period.Id, renamed).Ok);
        Assert.Equal("党建责任清单（新）", periodsTwo.Active().Rubric.Categories[0].Items[1].Name);

        var next = setupOne.Create(ActivePeriodCacheTests.Admin, "2018年度", null).Period!;
        Assert.Equal("2017年度", _two.ActivePeriod().Name);
        Assert.True(setupOne.Activate(ActivePeriodCacheTests.Admin, next.Id).Ok);
        Assert.Equal("2018年度", _two.ActivePeriod().Name);
        Assert.Equal("2018年度", periodsTwo.Active().Name);
    }

    [Fact]
    public void EachTownKeepsItsOwnActivePeriod() => ActivePeriodCacheTests.TownsKeepTheirOwn(_one, _clock);

    public void Dispose()
    {
        _two.Dispose();
        _one.Dispose();
        _database.Dispose();
    }
}
