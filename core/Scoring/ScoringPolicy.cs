namespace ChatAppraisal.Scoring;

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

    public static ScoringPolicy Default { get; } = new();

    public IReadOnlyList<string> Errors()
    {
        var errors = new List<string>();
        if (OnsiteWeight < 0 || OnsiteWeight > 1) errors.Add($"onsiteWeight must lie in [0, 1], is {OnsiteWeight}.");
        if (LeaderWeight < 0 || LeaderWeight > 1) errors.Add($"leaderWeight must lie in [0, 1], is {LeaderWeight}.");
        // Summed only when both lie in [0, 1]: two weights near the decimal maximum would overflow.
        if (errors.Count == 0 && OnsiteWeight + LeaderWeight != 1) errors.Add($"onsiteWeight + leaderWeight must be 1, is {OnsiteWeight + LeaderWeight}.");
        if (!Enum.IsDefined(LeaderAggregation)) errors.Add($"leaderAggregation must be mean or trimmed.");
        return errors;
    }
}
