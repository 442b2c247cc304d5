using ChatAppraisal.Storage;

namespace ChatAppraisal.Ballots;

/// <summary>A village's ballot with its period's policy, as the sheet and the export show it.</summary>
public sealed record BallotTally(BallotDoc Ballot, BallotPolicyDoc Policy)
{
    /// <summary>
    /// Read straight from the ballots' collections, so the sheet and the export need no ballot service (and show nothing
    /// where ballots are not in use).
    /// </summary>
    public static BallotTally? For(AppraisalStore store, int periodId, int villageId)
    {
        var docs = store.Ballots;
        return docs.Ballots.FindOne(b => b.PeriodId == periodId && b.VillageId == villageId) is { } ballot
            ? new BallotTally(ballot, docs.Policies.FindById(periodId) ?? new BallotPolicyDoc { Id = periodId })
            : null;
    }

    /// <summary>Every ballot of the period by village.</summary>
    public static IReadOnlyDictionary<int, BallotTally> InPeriod(AppraisalStore store, int periodId)
    {
        var docs = store.Ballots;
        var policy = docs.Policies.FindById(periodId) ?? new BallotPolicyDoc { Id = periodId };
        return docs.Ballots.Find(b => b.PeriodId == periodId).GroupBy(b => b.VillageId)
            .ToDictionary(g => g.Key, g => new BallotTally(g.First(), policy));
    }
}
