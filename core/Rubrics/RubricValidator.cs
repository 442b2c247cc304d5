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

    internal static string TooLarge(string what, decimal value) => $"{what} must be at most {LargestFigure}, is {value}.";

    /// <summary>Every reason the rubric cannot be used, each naming its place.</summary>
    public static IReadOnlyList<string> Errors(Rubric rubric)
    {
        var errors = new List<string>();
        if (rubric.Categories.Count == 0)
        {
            errors.Add("The rubric has no categories.");
            return errors;
        }
        var names = new HashSet<string>();
        var aliases = new HashSet<string>();
        for (var ci = 0; ci < rubric.Categories.Count; ci++)
        {
            var c = rubric.Categories[ci];
            var where = $"Category {ci + 1} ({(c.Name.Length > 0 ? c.Name : "unnamed")})";
            if (string.IsNullOrWhiteSpace(c.Name)) errors.Add($"{where}: name is empty.");
            else if (!names.Add(c.Name)) errors.Add($"{where}: the category name is used twice.");
            if (string.IsNullOrWhiteSpace(c.Alias)) errors.Add($"{where}: alias is empty.");
            else if (!aliases.Add(c.Alias)) errors.Add($"{where}: alias '{c.Alias}' is used twice.");
            if (string.IsNullOrWhiteSpace(c.Group)) errors.Add($"{where}: group is empty.");
            if (c.Max <= 0) errors.Add($"{where}: maximum must be greater than 0, is {c.Max}.");
            else if (c.Max > LargestFigure) errors.Add($"{where}: {TooLarge("maximum", c.Max)}");
            if (c.LeaderCap > LargestFigure) errors.Add($"{where}: {TooLarge("leadership cap", c.LeaderCap)}");
            if (c.LeaderCap < 0) errors.Add($"{where}: leadership cap must not be negative, is {c.LeaderCap}.");
            if (!HasAtMostTwoDecimals(c.Max) || !HasAtMostTwoDecimals(c.LeaderCap))
                errors.Add($"{where}: maximum and leadership cap may have at most 2 decimals.");
            if (c.Items.Count == 0) errors.Add($"{where}: has no items.");
            var itemNames = new HashSet<string>();
            for (var ii = 0; ii < c.Items.Count; ii++)
            {
                var item = c.Items[ii];
                var at = $"{where}, item {ii + 1} ({(item.Name.Length > 0 ? item.Name : "unnamed")})";
                if (string.IsNullOrWhiteSpace(item.Name)) errors.Add($"{at}: name is empty.");
                else if (!itemNames.Add(item.Name)) errors.Add($"{at}: duplicate item name '{item.Name}' in this category.");
                if (item.Max <= 0) errors.Add($"{at}: maximum must be greater than 0, is {item.Max}.");
                else if (item.Max > LargestFigure) errors.Add($"{at}: {TooLarge("maximum", item.Max)}");
                else if (!HasAtMostTwoDecimals(item.Max)) errors.Add($"{at}: maximum may have at most 2 decimals, is {item.Max}.");
            }
        }
        if (rubric.LeaderCapTotal != 100)
            errors.Add($"Leadership caps must sum to 100, they sum to {rubric.LeaderCapTotal}.");
        return errors;
    }

    /// <summary>Categories whose items do not add up to the category maximum.</summary>
    public static IReadOnlyList<RubricWarning> Warnings(Rubric rubric) =>
        rubric.Categories.Where(c => c.ItemSum != c.Max).Select(c => new RubricWarning(c.Name, c.ItemSum, c.Max)).ToList();

    public static void ThrowIfInvalid(Rubric rubric)
    {
        var errors = Errors(rubric);
        if (errors.Count > 0)
            throw new RubricException("The rubric is invalid: " + string.Join(" ", errors));
    }

    static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;
}
