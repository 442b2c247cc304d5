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
            if (c.ScaleTo is { } scale) CheckScale(scale, where, problems);
            if (c.Items.Count == 0) Add(RubricFault.NoItems);
            CheckItems(c.Items, where, problems);
        }
        if (rubric.LeaderCapTotal is not (100 or 0))
            problems.Add(new RubricProblem(RubricFault.LeaderCapsSum, RubricPlace.Whole, rubric.LeaderCapTotal));
        if (rubric.Bonus is { } bonus) CheckSide(bonus, RubricSection.Bonus, problems);
        if (rubric.Deductions is { } deductions) CheckSide(deductions, RubricSection.Deductions, problems);
        for (var i = 0; i < rubric.Veto.Count; i++)
        {
            if (string.IsNullOrWhiteSpace(rubric.Veto[i].Event))
                problems.Add(new RubricProblem(RubricFault.NameEmpty, RubricPlace.OfSection(RubricSection.Veto, i)));
        }
        if (rubric.Grades is { } grades) CheckGrades(grades, problems);
        return problems;
    }

    /// <summary>Categories whose items do not add up to the category maximum.</summary>
    /// <remarks>A nested block that does not add up is named by its path ("党建工作 › 组织建设").</remarks>
    public static IReadOnlyList<RubricWarning> Warnings(Rubric rubric)
    {
        var warnings = new List<RubricWarning>();
        void Walk(IReadOnlyList<Item> items, string path)
        {
            foreach (var item in items.Where(i => !i.IsLeaf))
            {
                var at = $"{path} › {item.Name}";
                if (item.ItemSum != item.Max) warnings.Add(new RubricWarning(at, item.ItemSum, item.Max));
                Walk(item.Items, at);
            }
        }
        foreach (var c in rubric.Categories)
        {
            if (c.ItemSum != c.Max) warnings.Add(new RubricWarning(c.Name, c.ItemSum, c.Max));
            Walk(c.Items, c.Name);
        }
        return warnings;
    }

    /// <summary>Items at any depth: names unique among siblings, maxima positive with two decimals, scales positive.</summary>
    static void CheckItems(IReadOnlyList<Item> items, RubricPlace parent, List<RubricProblem> problems)
    {
        var itemNames = new HashSet<string>();
        for (var ii = 0; ii < items.Count; ii++)
        {
            var item = items[ii];
            var at = parent.OfItem(ii, item.Name);
            void AddItem(RubricFault fault, decimal? value = null, string? detail = null) => problems.Add(new RubricProblem(fault, at, value, detail));
            if (string.IsNullOrWhiteSpace(item.Name)) AddItem(RubricFault.NameEmpty);
            else if (!itemNames.Add(item.Name)) AddItem(RubricFault.NameUsedTwice, detail: item.Name);
            if (item.Max <= 0) AddItem(RubricFault.MaxNotPositive, item.Max);
            else if (item.Max > LargestFigure) AddItem(RubricFault.MaxTooLarge, item.Max);
            else if (!HasAtMostTwoDecimals(item.Max)) AddItem(RubricFault.TooManyDecimals, item.Max);
            if (item.ScaleTo is { } scale) CheckScale(scale, at, problems);
            CheckItems(item.Items, at, problems);
        }
    }

    static void CheckScale(decimal scale, RubricPlace at, List<RubricProblem> problems)
    {
        if (scale <= 0) problems.Add(new RubricProblem(RubricFault.ScaleToNotPositive, at, scale));
        else if (scale > LargestFigure) problems.Add(new RubricProblem(RubricFault.ScaleToTooLarge, at, scale));
        else if (!HasAtMostTwoDecimals(scale)) problems.Add(new RubricProblem(RubricFault.TooManyDecimals, at, scale));
    }

    static void CheckSide(Side side, RubricSection section, List<RubricProblem> problems)
    {
        var whole = RubricPlace.OfSection(section);
        if (side.Cap is < 0) problems.Add(new RubricProblem(RubricFault.CapNegative, whole, side.Cap));
        else if (side.Cap > LargestFigure) problems.Add(new RubricProblem(RubricFault.MaxTooLarge, whole, side.Cap));
        if (side.Lines.Count == 0) problems.Add(new RubricProblem(RubricFault.NoLines, whole));
        for (var i = 0; i < side.Lines.Count; i++)
        {
            var line = side.Lines[i];
            var at = RubricPlace.OfSection(section, i) with { ItemName = line.Name };
            if (string.IsNullOrWhiteSpace(line.Name)) problems.Add(new RubricProblem(RubricFault.NameEmpty, at));
            if (line.Points <= 0) problems.Add(new RubricProblem(RubricFault.PointsNotPositive, at, line.Points));
            else if (line.Points > LargestFigure) problems.Add(new RubricProblem(RubricFault.MaxTooLarge, at, line.Points));
            else if (!HasAtMostTwoDecimals(line.Points)) problems.Add(new RubricProblem(RubricFault.TooManyDecimals, at, line.Points));
        }
    }

    static void CheckGrades(Grades grades, List<RubricProblem> problems)
    {
        if (grades.Lines.Count == 0) problems.Add(new RubricProblem(RubricFault.NoLines, RubricPlace.OfSection(RubricSection.Grades)));
        var rest = false;
        decimal? previous = null;
        for (var i = 0; i < grades.Lines.Count; i++)
        {
            var grade = grades.Lines[i];
            var at = RubricPlace.OfSection(RubricSection.Grades, i) with { ItemName = grade.Name };
            if (string.IsNullOrWhiteSpace(grade.Name)) problems.Add(new RubricProblem(RubricFault.NameEmpty, at));
            if (grades.By == GradeBasis.Rank)
            {
                if (grade.Count is { } count && count <= 0) problems.Add(new RubricProblem(RubricFault.GradeCountNotPositive, at, count));
                else if (grade.Count is null && rest) problems.Add(new RubricProblem(RubricFault.GradeRestTwice, at));
                rest |= grade.Count is null;
            }
            else if (grade.MinScore is { } line)
            {
                if (previous is { } above && line >= above) problems.Add(new RubricProblem(RubricFault.GradeLinesNotDescending, at, line));
                else if (Math.Abs(line) > LargestFigure) problems.Add(new RubricProblem(RubricFault.MaxTooLarge, at, line));
                previous = line;
            }
            else if (i < grades.Lines.Count - 1) problems.Add(new RubricProblem(RubricFault.GradeLineMissing, at));
        }
    }

    public static void ThrowIfInvalid(Rubric rubric)
    {
        var problems = Problems(rubric);
        if (problems.Count > 0) throw new RubricException(problems);
    }

    static bool HasAtMostTwoDecimals(decimal value) => decimal.Round(value, 2) == value;
}
