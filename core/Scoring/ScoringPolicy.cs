namespace ChatAppraisal.Scoring;

/// <summary>What happens to a leader's rating of a village they work for (包村干部).</summary>
public enum ConflictedLeaders
{
    /// <summary>Not taken: the leader is told why.</summary>
    Refuse,

    /// <summary>Taken, but left out of the village's leadership mean (the ranking says so).</summary>
    Exclude,
}

public enum LeaderAggregation
{
    /// <summary>Mean of the leaders' totals.</summary>
    Mean,

    /// <summary>Mean after dropping one highest and one lowest total (needs at least 3 raters).</summary>
    Trimmed,
}

/// <summary>A period's scoring policy; shown with every result so a ranking can be reproduced.</summary>
public sealed record ScoringPolicy
{
    public decimal OnsiteWeight { get; init; } = 0.9m;
    public decimal LeaderWeight { get; init; } = 0.1m;
    public LeaderAggregation LeaderAggregation { get; init; } = LeaderAggregation.Mean;

    /// <summary>Caps a category's score at its maximum where the document's items add up to more.</summary>
    public bool CapCategoryAtMax { get; init; } = true;

    /// <summary>Whether a score below an item's maximum needs a reason (扣分原因); asked again without one.</summary>
    public bool ReasonsRequired { get; init; }

    /// <summary>A leader's rating of a village they work for: refused (default) or taken and left out of the mean.</summary>
    public ConflictedLeaders ConflictedLeaders { get; init; } = ConflictedLeaders.Refuse;

    public static ScoringPolicy Default { get; } = new();

    /// <summary>
    /// Whether the leadership ratings count in the final score at all: at weight 0 the plan has no leadership part, and
    /// what says how its ratings are combined is left out wherever the policy is shown. A method, so no store keeps it.
    /// </summary>
    public bool HasLeaderPart() => LeaderWeight > 0;

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (OnsiteWeight < 0 || OnsiteWeight > 1) errors.Add($"onsiteWeight must lie in [0, 1], is {OnsiteWeight}.");
        if (LeaderWeight < 0 || LeaderWeight > 1) errors.Add($"leaderWeight must lie in [0, 1], is {LeaderWeight}.");
        // Summed only when both lie in [0, 1]: two weights near the decimal maximum would overflow.
        if (errors.Count == 0 && OnsiteWeight + LeaderWeight != 1) errors.Add($"onsiteWeight + leaderWeight must be 1, is {OnsiteWeight + LeaderWeight}.");
        if (!Enum.IsDefined(LeaderAggregation)) errors.Add($"leaderAggregation must be mean or trimmed.");
        if (!Enum.IsDefined(ConflictedLeaders)) errors.Add("conflictedLeaders must be refuse or exclude.");
        return errors;
    }
}
