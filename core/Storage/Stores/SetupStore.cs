using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Storage;

/// <summary>
/// The appraisal's set-up: periods (each with its rubric and policy) and villages, each town's own. Names are unique within a
/// town: the rosters check them inside the write transaction (writes are serialized), as two towns may both have 新庄村.
/// </summary>
public sealed class SetupStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<PeriodDoc> PeriodsCollection = new Collection<PeriodDoc>("periods", p => p.Active, p => p.Name).OwnedByTown();
    public static readonly Collection<VillageDoc> VillagesCollection = new Collection<VillageDoc>("villages", v => v.Name).OwnedByTown();

    public IDocs<PeriodDoc> Periods => engine.Docs(PeriodsCollection);
    public IDocs<VillageDoc> Villages => engine.Docs(VillagesCollection);

    public void Prepare()
    {
        engine.Prepare(PeriodsCollection);
        engine.Prepare(VillagesCollection);
    }
}
