using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Storage;

/// <summary>
/// The appraisal's set-up: periods (each with its rubric and policy) and villages, each town's own. Names are unique within a
/// town: the rosters check them inside the write transaction (writes are serialized), as two towns may both have 新庄村.
/// Every write of a period goes through <see cref="Periods"/>, which tells the kept active period (<see cref="ActivePeriodCache"/>).
/// </summary>
public sealed class SetupStore(IStorageEngine engine, ActivePeriodCache activePeriods, Func<bool> inTransaction) : IFeatureStore
{
    public static readonly Collection<PeriodDoc> PeriodsCollection = new Collection<PeriodDoc>("periods", p => p.Active, p => p.Name).OwnedByTown();
    public static readonly Collection<VillageDoc> VillagesCollection = new Collection<VillageDoc>("villages", v => v.Name).OwnedByTown();

    public IDocs<PeriodDoc> Periods => new PeriodWrites(engine.Docs(PeriodsCollection), activePeriods, inTransaction);
    public IDocs<VillageDoc> Villages => engine.Docs(VillagesCollection);

    public void Prepare()
    {
        engine.Prepare(PeriodsCollection);
        engine.Prepare(VillagesCollection);
    }
}
