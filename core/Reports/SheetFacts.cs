using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Reports;

/// <summary>The unscored items of one category of a sheet.</summary>
public sealed record MissingItems(SheetCategory Category, IReadOnlyList<SheetItem> Items)
{
    public bool All => Items.Count == Category.Items.Count;
}

/// <summary>What the sign summary and the sheet text say about a sheet beyond its scores.</summary>
public static class SheetFacts
{
    public static IReadOnlyList<MissingItems> Missing(Sheet sheet) =>
        sheet.Categories
            .Select(c => new MissingItems(c, c.Items.Where(i => i.Score is null).ToList()))
            .Where(m => m.Items.Count > 0)
            .ToList();

    /// <summary>The rubric's figures that do not add up (党建工作 items sum to 100.5 for a category of 100).</summary>
    public static IReadOnlyList<Rubrics.RubricWarning> Warnings(Sheet sheet) => Rubrics.RubricValidator.Warnings(sheet.Period.Rubric);
}
