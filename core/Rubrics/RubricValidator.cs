namespace ChatAppraisal.Rubrics;

/// <summary>A figure of the document that does not add up; kept as written, shown to users.</summary>
public sealed record RubricWarning(string Category, decimal ItemSum, decimal Max)
{
    public override string ToString() => $"{Category}: items sum to {ItemSum}, category maximum is {Max}";
}

public static class RubricValidator
{
    /// <summary>The largest maximum or cap a rubric may hold: far above any score sheet, far below what would overflow its sums.</summary>
    public const decimal LargestFigure = 10_000m;

    /// <summary>Every reason the rubric cannot be used, each naming its place, in English.</summary>
    public static IReadOnlyList<string> Errors(Rubric rubric) => Problems(rubric).Select(p => p.ToString()).ToList();

    /// <summary>Every reason the rubric cannot be used, each naming its place.</summary>
    public static IReadOnlyList<RubricProblem> Problems(Rubric rubric)
    {
        var problems = new List<RubricProblem>();
        if (rubric.Categories.Count == 0)
        {
            problems.Add(new RubricProblem(RubricFault.NoCategories, RubricPlace.Whole));
            return problems;
        }
        var names = new HashSet<string>();
        var aliases = new HashSet<string>();
        for (var ci = 0; ci < rubric.Categories.Count; ci++)
        {
            var c = rubric.Categories[ci];
            var where = RubricPlace.OfCategory(ci, c.Name);
            void Add(RubricFault fault, decimal? value = null, string? detail = null) => problems.Add(new RubricProblem(fault, where, value, detail));
            if (string.IsNullOrWhiteSpace(c.Name)) Add(RubricFault.NameEmpty);
            else if (!names.Add(c.Name)) Add(RubricFault.NameUsedTwice, detail: c.Name);
            if (string.IsNullOrWhiteSpace(c.Alias)) Add(RubricFault.AliasEmpty);
            else if (!aliases.Add(c.Alias)) Add(RubricFault.AliasUsedTwice, detail: c.Alias);
            if (string.IsNullOrWhiteSpace(c.Group)) Add(RubricFault.GroupEmpty);
            if (c.Max <= 0) Add(RubricFault.MaxNotPositive, c.Max);
            else if (c.Max > LargestFigure) Add(RubricFault.MaxTooLarge, c.Max);
            if (c.LeaderCap > LargestFigure) Add(RubricFault.LeaderCapTooLarge, c.LeaderCap);
            if (c.LeaderCap < 0) Add(RubricFault.LeaderCapNegative, c.LeaderCap);
            if (!HasAtMostTwoDecimals(c.Max) || !HasAtMostTwoDecimals(c.LeaderCap)) Add(RubricFault.TooManyDecimals);
            if (c.Items.Count == 0) Add(RubricFault.NoItems);
            var itemNames = new HashSet<string>();
            for (var ii = 0; ii < c.Items.Count; ii++)
            {
                var item = c.Items[ii];
                var at = where.OfItem(ii, item.Name);
                void AddItem(RubricFault fault, decimal? value = null, string? detail = null) => problems.Add(new RubricProblem(fault, at, value, detail));
                if (string.IsNullOrWhiteSpace(item.Name)) AddItem(RubricFault.NameEmpty);
                else if (!itemNames.Add(item.Name)) AddItem(RubricFault.NameUsedTwice, detail: item.Name);
                if (item.Max <= 0) AddItem(RubricFault.MaxNotPositive, item.Max);
                else if (item.Max > LargestFigure) AddItem(RubricFault.MaxTooLarge, item.Max);
                else if (!HasAtMostTwoDecimals(item.Max)) AddItem(RubricFault.TooManyDecimals, item.Max);
            }
        }
        if (rubric.LeaderCapTotal != 100)
            problems.Add(new RubricProblem(RubricFault.LeaderCapsSum, RubricPlace.Whole, rubric.LeaderCapTotal));
        return problems;
    }

    /// <summary>Categories whose items do not add up to the category maximum.</summary>
    public static IReadOnlyList<RubricWarning> Warnings(Rubric rubric) =>
        rubric.Categories.Where(c => c.ItemSum != c.Max).Select(c => new RubricWarning(c.Name, c.ItemSum, c.Max)).ToList();

    public static void ThrowIfInvalid(Rubric rubric)
    {
        var problems = Problems(rubric);
        if (problems.Count > 0) throw new RubricException(problems);
    }

    static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;
}
