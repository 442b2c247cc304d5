using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Ballots;

/// <summary>A score the ballot proposes for one rubric item.</summary>
public sealed record ProposedScore(int Category, int Item, string CategoryName, string ItemName, decimal Max, decimal Value);

/// <summary>The scores a closed ballot proposes under its period's policy, and the policy's items the rubric lacks.</summary>
public sealed record BallotProposal(IReadOnlyList<ProposedScore> Scores, IReadOnlyList<FedItem> Missing)
{
    /// <summary>The proposal as shown (items and values): storing checks it, so what is stored is what was confirmed.</summary>
    public string Fingerprint => string.Join(";", Scores.Select(s => $"{s.Category}:{s.Item}:{s.Value}"));

    /// <summary>
    /// score = item maximum × Σ(weight of grade × votes for it) ÷ votes cast, rounded half away from zero to 2 places.
    /// Null when no vote was cast.
    /// </summary>
    public static decimal? Score(decimal max, IReadOnlyList<int> counts, IReadOnlyList<decimal> weights)
    {
        var cast = counts.Sum();
        if (cast == 0) return null;
        var weighted = 0m;
        for (var g = 0; g < counts.Count; g++) weighted += weights[g] * counts[g];
        return Points.Round2(max * weighted / cast);
    }

    public static BallotProposal For(BallotDoc ballot, BallotPolicyDoc policy, Rubric rubric)
    {
        var scores = new List<ProposedScore>();
        var missing = new List<FedItem>();
        foreach (var fed in policy.Items)
        {
            if (BallotPolicies.Locate(rubric, fed) is not var (c, i))
            {
                missing.Add(fed);
                continue;
            }
            var max = rubric.Categories[c].Leaves[i].Max;
            if (Score(max, ballot.Counts, policy.Weights) is { } value)
                scores.Add(new ProposedScore(c, i, fed.Category, fed.Item, max, value));
        }
        return new BallotProposal(scores, missing);
    }
}
