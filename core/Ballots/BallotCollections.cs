using ChatAppraisal.Storage;
using LiteDB;

namespace ChatAppraisal.Ballots;

/// <summary>The ballots' own collections in the one database file.</summary>
internal readonly struct BallotCollections(AppraisalStore store)
{
    public const string BallotsName = "ballots", SlipsName = "ballot_slips", PoliciesName = "ballot_policies";

    public ILiteCollection<BallotDoc> Ballots => store.Database.GetCollection<BallotDoc>(BallotsName);
    public ILiteCollection<SlipDoc> Slips => store.Database.GetCollection<SlipDoc>(SlipsName);
    public ILiteCollection<BallotPolicyDoc> Policies => store.Database.GetCollection<BallotPolicyDoc>(PoliciesName);
}
