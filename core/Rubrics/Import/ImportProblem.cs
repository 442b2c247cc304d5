namespace ChatAppraisal.Rubrics.Import;

public enum ImportFault
{
    /// <summary>"(10)": a figure in brackets without 分, read as points.</summary>
    PointsWithoutFen,
    /// <summary>"党建工作100分)" or "环保(4分": one bracket of the points is missing.</summary>
    MissingBracket,
    /// <summary>"(30分)安监室…": no comma between two items.</summary>
    MissingSeparator,
    /// <summary>A block's items add up to another figure than the block's own.</summary>
    ChildrenDoNotAddUp,
    /// <summary>A block with items but no points of its own: counted as its items' sum.</summary>
    BlockWithoutPoints,
    /// <summary>Text among the items that has no points: left out.</summary>
    TextWithoutPoints,
    /// <summary>Points with no name before them.</summary>
    PointsWithoutName,
    /// <summary>No scored block found at all.</summary>
    NoCategories,
    /// <summary>A leadership cap whose name matches no category.</summary>
    LeaderCapUnmatched,
    /// <summary>The plan has a leadership part, and this category has no cap in it.</summary>
    LeaderCapMissing,
    /// <summary>A veto line that says neither 优秀 nor last: read as "not 优秀".</summary>
    VetoConsequenceGuessed,
    /// <summary>A line of a bonus or deduction section without points.</summary>
    SideLineWithoutPoints,
    /// <summary>A line of the grades section that names no grade or no figure.</summary>
    GradeUnread,
    /// <summary>The proposal as read breaks a rubric rule (its <see cref="ImportProblem.Rubric"/> says which).</summary>
    RubricRule,
    /// <summary>The file is not a readable .docx (or .xlsx).</summary>
    FileUnreadable,
    /// <summary>A cell of the rubric's workbook that is not what its column holds (<see cref="ImportProblem.Detail"/>: the column).</summary>
    CellUnread,
    /// <summary>A workbook row more than one level below the row above it: read one level below.</summary>
    LevelSkipped,
}

/// <summary>
/// One line the importer could not read or doubts: its number (from 1; for a .docx, paragraphs and table rows counted
/// in order), its text, and the fault as data; <see cref="Texts.ImportProblemText"/> says it in Chinese or English.
/// </summary>
/// <param name="Value">The figure found (the points, the children's sum).</param>
/// <param name="Expected">The figure it was compared with (the block's own points).</param>
/// <param name="Detail">The name concerned (an item, a cap's name).</param>
public sealed record ImportProblem(int? Line, string Text, ImportFault Fault, decimal? Value = null, decimal? Expected = null,
    string? Detail = null, RubricProblem? Rubric = null)
{
    public override string ToString() => Texts.En.ImportProblemText(this);
}
