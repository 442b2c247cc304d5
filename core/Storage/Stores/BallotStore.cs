using ChatAppraisal.Ballots;

namespace ChatAppraisal.Storage;

/// <summary>The democratic evaluation: ballots, their slips, and each period's policy.</summary>
public sealed class BallotStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<BallotDoc> BallotsCollection = new("ballots", b => b.PeriodId, b => b.VillageId);
    public static readonly Collection<SlipDoc> SlipsCollection = new("ballot_slips", s => s.BallotId);
    public static readonly Collection<BallotPolicyDoc> PoliciesCollection = new("ballot_policies");

    public IDocs<BallotDoc> Ballots => engine.Docs(BallotsCollection);
    public IDocs<SlipDoc> Slips => engine.Docs(SlipsCollection);
    public IDocs<BallotPolicyDoc> Policies => engine.Docs(PoliciesCollection);

    public void Prepare()
    {
        engine.Prepare(BallotsCollection);
        engine.Prepare(SlipsCollection);
        engine.Prepare(PoliciesCollection);
    }
}
