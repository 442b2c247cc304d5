namespace ChatAppraisal.Rubrics;

/// <summary>
/// Where in a rubric a problem sits, counted as people count (category 1, item 3); the names as the file gives them.
/// A malformed file has no category yet, only a line and a position in the text.
/// </summary>
public sealed record RubricPlace(int? Category = null, string? CategoryName = null, int? Item = null, string? ItemName = null,
    long? Line = null, long? Position = null)
{
    public static readonly RubricPlace Whole = new();

    public static RubricPlace OfCategory(int index, string? name) => new(index + 1, name);

    public RubricPlace OfItem(int index, string? name) => this with { Item = index + 1, ItemName = name };

    public bool IsItem => Item is not null;
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
