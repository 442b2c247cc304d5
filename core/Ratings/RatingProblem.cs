using ChatAppraisal.Scoring;

namespace ChatAppraisal.Ratings;

/// <summary>
/// One thing wrong with a leader's rating message. All of them are collected before anything is saved,
/// so the leader fixes everything in one go. Category numbers are rubric indices (0-based).
/// </summary>
public abstract record RatingProblem
{
    /// <summary>The message starts with numbers or a category alias instead of a village.</summary>
    public sealed record MissingVillage : RatingProblem;

    /// <param name="Known">The villages there are, to choose from.</param>
    public sealed record UnknownVillage(string Typed, IReadOnlyList<string> Known) : RatingProblem;

    public sealed record AmbiguousVillage(string Typed, IReadOnlyList<string> Candidates) : RatingProblem;

    /// <summary>Plain form with the wrong number of values.</summary>
    public sealed record WrongCount(int Given, int Needed) : RatingProblem;

    /// <summary>Not a number, negative, more than 2 decimals or absurdly long. Category is null when the count is wrong.</summary>
    public sealed record BadValue(int? Category, string Typed, PointsError Error) : RatingProblem;

    public sealed record AboveCap(int Category, decimal Value, decimal Cap) : RatingProblem;

    /// <summary>With the wrong count: a value above the highest category cap, wrong in whatever place it was meant for.</summary>
    public sealed record AboveEveryCap(decimal Value, decimal HighestCap) : RatingProblem;

    public sealed record UnknownAlias(string Typed) : RatingProblem;

    /// <summary>A category alias with no number after it.</summary>
    public sealed record MissingValue(int Category) : RatingProblem;

    public sealed record NamedTwice(int Category) : RatingProblem;

    /// <summary>Named form without some categories.</summary>
    public sealed record MissingCategories(IReadOnlyList<int> Categories) : RatingProblem;

    /// <summary>Named form with some numbers that have no alias in front of them.</summary>
    public sealed record UnnamedValues(IReadOnlyList<string> Values) : RatingProblem;
}
