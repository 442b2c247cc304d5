using ChatAppraisal.Ratings;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Appraisal;

/// <summary>The unscored items of one category of a sheet.</summary>
public sealed record MissingItems(SheetCategory Category, IReadOnlyList<SheetItem> Items)
{
    public bool All => Items.Count == Category.Items.Count;
}

/// <summary>
/// What the texts, the charts and the export say about one village's sheet beyond its item scores: the items still
/// missing, the rubric's figures that do not add up, the leaders' ratings of the village and their aggregate.
/// </summary>
public static class SheetFacts
{
    public static IReadOnlyList<MissingItems> Missing(Sheet sheet) =>
        sheet.Categories
            .Select(c => new MissingItems(c, c.Items.Where(i => i.Score is null).ToList()))
            .Where(m => m.Items.Count > 0)
            .ToList();

    /// <summary>The rubric's figures that do not add up (党建工作 items sum to 100.5 for a category of 100).</summary>
    public static IReadOnlyList<RubricWarning> Warnings(Sheet sheet) => RubricValidator.Warnings(sheet.Period.Rubric);

    /// <summary>The ratings that belong to this sheet's village and period (others are ignored).</summary>
    public static IReadOnlyList<LeaderRatingDoc> RatingsOf(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings) =>
        ratings.Where(r => r.PeriodId == sheet.Period.Id && r.VillageId == sheet.Village.Id
                           && r.Values.Count == sheet.Period.Rubric.Categories.Count).ToList();

    /// <summary>The leadership score (0–100) as the scoring engine aggregates it under the period's policy.</summary>
    public static decimal LeaderScore(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ownRatings) =>
        ScoringEngine.Aggregate(ownRatings.Select(r => r.Values.Sum()).ToList(), sheet.Period.Policy.LeaderAggregation).Value;
}
