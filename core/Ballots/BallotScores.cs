using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Ballots;

public enum BallotScoreRefusal
{
    None,
    UnknownVillage,
    NoBallot,
    NotClosed,
    NoVotes,
    /// <summary>Fewer votes than the policy's <see cref="BallotPolicyDoc.MinimumVotes"/>: no score is proposed.</summary>
    TooFewVotes,
    /// <summary>The rubric has none of the items the policy feeds (<see cref="BallotProposal.Missing"/> names them).</summary>
    NoItems,
    /// <summary>The village's sheet is sealed (<see cref="BallotScoreCheck.Seal"/> says by whom).</summary>
    Sealed,
    /// <summary>The period's results are published (公示): its scores are frozen, a sheet published unsealed with them.</summary>
    Published,
    /// <summary>The proposal is not the one shown (the policy changed in between): show it again.</summary>
    Changed,
}

/// <summary>A village's closed ballot with its policy and proposal, or why its scores cannot be stored now.</summary>
public sealed record BallotScoreCheck(
    BallotScoreRefusal Refusal, BallotDoc? Ballot = null, BallotPolicyDoc? Policy = null, BallotProposal? Proposal = null, SealDoc? Seal = null)
{
    public bool Ok => Refusal == BallotScoreRefusal.None;
}

/// <summary>
/// Storing a closed ballot's proposed scores into the village's sheet, as /ballotscore and the console's
/// "采用建议得分" both do: through the <see cref="ScoreBook"/> like any score (audited, the ballot named in each entry's
/// detail), every item or none, refused while the sheet is sealed or the results are published.
/// </summary>
public sealed class BallotScores(AppraisalStore store, BallotBook book, BallotPolicies policies, ScoreBook scoreBook)
{
    /// <summary>What the village's ballot proposes now, or why nothing can be stored.</summary>
    public BallotScoreCheck Check(PeriodView period, int villageId)
    {
        if (store.Setup.Villages.FindById(villageId) is null) return new(BallotScoreRefusal.UnknownVillage);
        if (book.ForVillage(period.Id, villageId) is not { } ballot) return new(BallotScoreRefusal.NoBallot);
        if (!ballot.Closed) return new(BallotScoreRefusal.NotClosed, ballot);
        if (ballot.Cast == 0) return new(BallotScoreRefusal.NoVotes, ballot);
        var policy = policies.For(period.Id);
        if (ballot.Cast < policy.MinimumVotes) return new(BallotScoreRefusal.TooFewVotes, ballot, policy);
        var proposal = BallotProposal.For(ballot, policy, period.Rubric);
        if (proposal.Scores.Count == 0) return new(BallotScoreRefusal.NoItems, ballot, policy, proposal);
        if (store.Scores.Seals.FindById(SealDoc.Key(period.Id, villageId)) is { } seal)
            return new(BallotScoreRefusal.Sealed, ballot, policy, proposal, seal);
        if (Publication.Publications.Frozen(store, period.Id)) return new(BallotScoreRefusal.Published, ballot, policy, proposal);
        return new(BallotScoreRefusal.None, ballot, policy, proposal);
    }

    /// <summary>
    /// Stores the proposal if it is still the one shown (<paramref name="shown"/> = its <see cref="BallotProposal.Fingerprint"/>),
    /// in one transaction with its audit entries.
    /// </summary>
    public BallotScoreCheck Store(Actor actor, PeriodView period, int villageId, string? shown) =>
        store.Write(() =>
        {
            var check = Check(period, villageId);
            if (!check.Ok) return check;
            var proposal = check.Proposal!;
            if (proposal.Fingerprint != shown) return check with { Refusal = BallotScoreRefusal.Changed };
            var detail = AuditDetail(check.Ballot!);
            foreach (var score in proposal.Scores)
            {
                var outcome = scoreBook.SetItem(actor, period, villageId, score.Category, score.Item, score.Value, detail);
                // Checked above (village, items, seal) and a proposed score never exceeds its maximum: a refusal here is a bug,
                // and throwing rolls back any item already stored.
                if (!outcome.Ok) throw new InvalidOperationException($"The ballot's proposed score was refused ({outcome.Refusal}).");
            }
            return check;
        });

    /// <summary>The audit entry's detail of a score stored from a ballot (names the ballot and its tally).</summary>
    public static string AuditDetail(BallotDoc ballot) =>
        Texts.Zh.BallotAuditScore(ballot.Id, ballot.Cast, ballot.Issued, BallotGrades.All.Select(g => (BallotGrades.Label(g), ballot.Count(g))).ToList());
}
