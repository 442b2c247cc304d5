using ChatAppraisal.Ratings;
using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Reports;

/// <summary>Shared by the languages: the example rating and which problems call for the alias table.</summary>
static class RatingExample
{
    /// <summary>90% of each cap, rounded up: 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2 for the seed rubric, a plausible valid rating.</summary>
    public static IEnumerable<decimal> Values(Rubric rubric) => rubric.Categories.Select(c => Math.Ceiling(c.LeaderCap * 0.9m));

    public static bool IsAboutFormat(RatingProblem problem) => problem is RatingProblem.WrongCount or RatingProblem.UnknownAlias
        or RatingProblem.MissingCategories or RatingProblem.UnnamedValues or RatingProblem.MissingValue or RatingProblem.MissingVillage;
}
