namespace ChatAppraisal.Scoring;

/// <summary>One village's entered data: on-site item scores and each leader's 15 ratings.</summary>
/// <param name="ItemScores">Entered item scores by (category index, item index); a missing key is an unscored item.</param>
/// <param name="LeaderRatings">One array of per-category ratings for each leader who rated the village.</param>
public sealed record VillageInput(
    int VillageId,
    string Village,
    IReadOnlyDictionary<(int Category, int Item), decimal> ItemScores,
    IReadOnlyList<IReadOnlyList<decimal>> LeaderRatings)
{
    /// <summary>What the plan's bonus and deduction sides and its vetoes hold for the village (none by default).</summary>
    public VillageAdjustments Adjustments { get; init; } = VillageAdjustments.None;

    /// <summary>Ratings taken but left out of the mean: their leaders work for the village (policy <c>exclude</c>).</summary>
    public int ExcludedRatings { get; init; }

    /// <summary>Leaders not expected to rate the village: they work for it and the policy refuses their rating.</summary>
    public int LeadersNotExpected { get; init; }
}

/// <param name="Raw">The sum of its entered item scores, on the category's own scale.</param>
/// <param name="Score">What it counts: each level capped at its maximum (policy), then scaled where the plan scales it.</param>
/// <param name="Max">What it counts for at most (the plan's <c>scaleTo</c> where it has one).</param>
public sealed record CategoryResult(int Index, string Name, decimal Raw, decimal Score, decimal Max, int ItemsScored, int ItemCount)
{
    /// <summary>The scale between the category's own points and what it counts (1 unless the plan scales it).</summary>
    public decimal Scale { get; init; } = 1;

    public bool Capped => Score < Raw * Scale;
}

public sealed record VillageResult(
    int VillageId,
    string Village,
    IReadOnlyList<CategoryResult> Categories,
    decimal Onsite,
    decimal Onsite1000,
    decimal Leader,
    decimal Leader1000,
    decimal Final,
    int ItemsScored,
    int ItemsTotal,
    int LeadersRated,
    int LeadersExpected,
    bool TrimmedFallbackToMean)
{
    /// <summary>The bonus side's total, within its cap, in the plan's points (the on-site total's scale).</summary>
    public decimal Bonus { get; init; }

    /// <summary>The deduction side's total, within its cap, in the plan's points.</summary>
    public decimal Deductions { get; init; }

    /// <summary>The vetoes recorded against the village, with their reasons.</summary>
    public IReadOnlyList<VetoEntry> Vetoes { get; init; } = [];

    /// <summary>The final in the plan's own points (what score grade lines compare): <see cref="Final"/> × on-site maximum / 1000.</summary>
    public decimal PlanScore { get; init; }

    /// <summary>The final before the bonus and the deductions, on the 1000 scale.</summary>
    public decimal Weighted => Final - Adjustment1000;

    /// <summary>(bonus − deductions) on the 1000 scale: what the sides add to the weighted final.</summary>
    public decimal Adjustment1000 { get; init; }

    /// <summary>Ratings of leaders who work for the village, taken but left out of <see cref="Leader"/>.</summary>
    public int LeadersExcluded { get; init; }

    /// <summary>False for a plan without a leadership part (no leaders' caps, or no weight): its villages are complete without ratings.</summary>
    public bool LeadersNeeded { get; init; } = true;

    public bool Complete => ItemsScored == ItemsTotal && (!LeadersNeeded || LeadersRated >= LeadersExpected && LeadersExpected > 0);

    /// <summary>Share of expected entries made: scored items plus leaders who rated, over all of them.</summary>
    public decimal Completion =>
        ItemsTotal + LeadersExpected == 0 ? 1 : (decimal)(ItemsScored + Math.Min(LeadersRated, LeadersExpected)) / (ItemsTotal + LeadersExpected);
}

public sealed record RankedVillage(int Rank, VillageResult Result)
{
    /// <summary>The plan's grade (等次) for the village; null when the plan has none.</summary>
    public string? Grade { get; init; }
}

/// <summary>
/// The plan's 评分标准: final = w_onsite × on-site total on the 1000 scale + w_leader × leadership score on the 1000 scale.
/// Pure: no I/O, no clock.
/// </summary>
public static class ScoringEngine
{
    public static VillageResult Score(Rubrics.Rubric rubric, ScoringPolicy policy, VillageInput input, int leadersExpected)
    {
        var categories = new CategoryResult[rubric.Categories.Count];
        var itemsScored = 0;
        for (var ci = 0; ci < rubric.Categories.Count; ci++)
        {
            var category = rubric.Categories[ci];
            decimal raw = 0;
            var scored = 0;
            var leaves = category.Leaves.Count;
            for (var ii = 0; ii < leaves; ii++)
            {
                if (!input.ItemScores.TryGetValue((ci, ii), out var value)) continue;
                raw += value;
                scored++;
            }
            var index = ci;
            var score = category.Score(ii => input.ItemScores.TryGetValue((index, ii), out var v) ? v : null, policy.CapCategoryAtMax);
            categories[ci] = new CategoryResult(ci, category.Name, raw, score, category.Counted, scored, leaves) { Scale = category.Counted / category.Max };
            itemsScored += scored;
        }
        var onsite = categories.Sum(c => c.Score);
        var onsite1000 = onsite * 1000m / rubric.MaxTotal;

        var totals = input.LeaderRatings.Select(r => r.Sum()).ToList();
        var (leader, fellBack) = Aggregate(totals, policy.LeaderAggregation);
        // A plan without a leadership part has no caps (and a leader weight of 0).
        var leadersNeeded = rubric.LeaderCapTotal != 0;
        var leader1000 = leadersNeeded ? leader * 1000m / rubric.LeaderCapTotal : 0;
        // With caps but no weight the ratings count for nothing in the final: a village does not wait for them.
        var leadersAwaited = leadersNeeded && policy.HasLeaderPart();

        // The sides count in the plan's own points, those of its on-site total ("加分最多不超过10分" in a plan of 100),
        // added to the weighted final on its 1000 scale.
        var (bonus, deductions) = Adjusting.Sides(rubric, input.Adjustments);
        var adjustment1000 = rubric.MaxTotal == 0 ? 0 : (bonus - deductions) * 1000m / rubric.MaxTotal;
        var final = policy.OnsiteWeight * onsite1000 + policy.LeaderWeight * leader1000 + adjustment1000;
        // An excluded rating was given (it counts as rated) but is not in the mean; a refused leader is not expected.
        return new VillageResult(input.VillageId, input.Village, categories, onsite, onsite1000, leader, leader1000, final,
            itemsScored, rubric.ItemCount, totals.Count + input.ExcludedRatings, leadersAwaited ? Math.Max(0, leadersExpected - input.LeadersNotExpected) : 0, fellBack)
        {
            LeadersNeeded = leadersAwaited,
            Bonus = bonus, Deductions = deductions, Adjustment1000 = adjustment1000,
            Vetoes = input.Adjustments.Vetoes.Where(v => v.Veto >= 0 && v.Veto < rubric.Veto.Count).ToList(),
            PlanScore = final * rubric.MaxTotal / 1000m,
            LeadersExcluded = input.ExcludedRatings,
        };
    }

    /// <summary>Aggregates leaders' totals; a trimmed mean with fewer than 3 raters falls back to the mean and says so.</summary>
    public static (decimal Value, bool TrimmedFellBackToMean) Aggregate(IReadOnlyList<decimal> totals, LeaderAggregation aggregation)
    {
        if (totals.Count == 0) return (0, false);
        if (aggregation == LeaderAggregation.Trimmed)
        {
            if (totals.Count < 3) return (totals.Average(), true);
            var sorted = totals.Order().ToList();
            return (sorted.Skip(1).Take(sorted.Count - 2).Average(), false);
        }
        return (totals.Average(), false);
    }

    /// <summary>Highest final first; exactly equal finals share a rank (1, 2, 2, 4). Ties keep input order.</summary>
    public static IReadOnlyList<RankedVillage> Rank(IEnumerable<VillageResult> results)
    {
        var ordered = results.OrderByDescending(r => r.Final).ToList();
        var ranked = new List<RankedVillage>(ordered.Count);
        for (var i = 0; i < ordered.Count; i++)
        {
            var rank = i > 0 && ordered[i].Final == ordered[i - 1].Final ? ranked[i - 1].Rank : i + 1;
            ranked.Add(new RankedVillage(rank, ordered[i]));
        }
        return ranked;
    }

    /// <summary>The plan's ranking: villages vetoed to the last place after all others, then its grades (see <see cref="Adjusting"/>).</summary>
    public static IReadOnlyList<RankedVillage> Rank(Rubrics.Rubric rubric, ScoringPolicy policy, IEnumerable<VillageInput> inputs, int leadersExpected) =>
        Adjusting.Rank(rubric, inputs.Select(i => Score(rubric, policy, i, leadersExpected)).ToList());
}
