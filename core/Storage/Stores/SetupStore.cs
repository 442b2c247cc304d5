using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Storage;

/// <summary>The appraisal's set-up: periods (each with its rubric and policy) and villages.</summary>
public sealed class SetupStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<PeriodDoc> PeriodsCollection = new Collection<PeriodDoc>("periods", p => p.Active).Unique(p => p.Name);
    public static readonly Collection<VillageDoc> VillagesCollection = new Collection<VillageDoc>("villages").Unique(v => v.Name);

    public IDocs<PeriodDoc> Periods => engine.Docs(PeriodsCollection);
    public IDocs<VillageDoc> Villages => engine.Docs(VillagesCollection);

    public void Prepare()
    {
        engine.Prepare(PeriodsCollection);
        engine.Prepare(VillagesCollection);
    }
}
