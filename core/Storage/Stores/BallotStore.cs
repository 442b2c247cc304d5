using ChatAppraisal.Ballots;

namespace ChatAppraisal.Storage;

/// <summary>The democratic evaluation: ballots, their slips, and each period's policy.</summary>
public sealed class BallotStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<BallotDoc> BallotsCollection = new Collection<BallotDoc>("ballots", b => b.PeriodId, b => b.VillageId).OwnedByTown();
    public static readonly Collection<SlipDoc> SlipsCollection = new("ballot_slips", s => s.BallotId);
    public static readonly Collection<BallotPolicyDoc> PoliciesCollection = new Collection<BallotPolicyDoc>("ballot_policies").OwnedByTown();

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
