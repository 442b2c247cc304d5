namespace ChatAppraisal.Rubrics;

/// <summary>
/// Where in a rubric a problem sits, counted as people count (category 1, item 3); the names as the file gives them.
/// A malformed file has no category yet, only a line and a position in the text.
/// </summary>
/// <param name="Path">A nested item's numbers below its category ("2.3": the third item of the second), when deeper than one level.</param>
/// <param name="Section">Beside the categories: bonus, deductions, veto or grades.</param>
/// <param name="Entry">The line of that section, counted from 1.</param>
public sealed record RubricPlace(int? Category = null, string? CategoryName = null, int? Item = null, string? ItemName = null,
    long? Line = null, long? Position = null, string? Path = null, RubricSection? Section = null, int? Entry = null)
{
    public static readonly RubricPlace Whole = new();

    public static RubricPlace OfCategory(int index, string? name) => new(index + 1, name);

    public static RubricPlace OfSection(RubricSection section, int? index = null) => new(Section: section, Entry: index + 1);

    public RubricPlace OfItem(int index, string? name) => IsItem
        ? this with { Path = $"{Path ?? Item.ToString()}.{index + 1}", ItemName = name }
        : this with { Item = index + 1, ItemName = name };

    public bool IsItem => Item is not null;

    /// <summary>"3" for a first-level item, "3.2.1" for a nested one.</summary>
    public string ItemNumber => Path ?? Item?.ToString() ?? "";
}

public enum RubricSection
{
    Bonus,
    Deductions,
    Veto,
    Grades,
}

public enum RubricFault
{
    Malformed,
    Empty,
    NoCategories,
    CategoryNull,
    ItemNull,
    NameEmpty,
    NameUsedTwice,
    AliasEmpty,
    AliasUsedTwice,
    GroupEmpty,
    MaxNotPositive,
    MaxTooLarge,
    LeaderCapTooLarge,
    LeaderCapNegative,
    TooManyDecimals,
    NoItems,
    LeaderCapsSum,
    ScaleToNotPositive,
    ScaleToTooLarge,
    CapNegative,
    PointsNotPositive,
    ConsequenceUnknown,
    GradeBasisUnknown,
    GradeCountNotPositive,
    GradeRestTwice,
    GradeLinesNotDescending,
    GradeLineMissing,
    NoLines,
}

/// <summary>
/// One reason a rubric cannot be used, as data: the admin API says it in English (<see cref="ToString"/>), the console
/// in the reader's language (<see cref="Texts.RubricProblemText"/>).
/// </summary>
/// <param name="Value">The figure found (a maximum, a cap, the caps' sum), where the fault has one.</param>
/// <param name="Detail">The name or alias used twice; the parser's own words for a malformed file.</param>
public sealed record RubricProblem(RubricFault Fault, RubricPlace Place, decimal? Value = null, string? Detail = null)
{
    public override string ToString() => Texts.En.RubricProblemText(this);
}
