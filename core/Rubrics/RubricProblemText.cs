namespace ChatAppraisal.Rubrics;

/// <summary>A rubric's problem in words: English (the admin API's, unchanged since it began) and Chinese (the console's).</summary>
public static class RubricProblemText
{
    public static string En(RubricProblem problem) => For(problem, "en");

    public static string Zh(RubricProblem problem) => For(problem, "zh");

    public static string For(RubricProblem p, string language)
    {
        var en = language == "en";
        string T(string zh, string english) => en ? english : zh;
        var where = en ? EnPlace(p.Place) : ZhPlace(p.Place);
        var (v, largest) = (p.Value, RubricValidator.LargestFigure);
        return p.Fault switch
        {
            RubricFault.Malformed => T($"文件不是有效的 JSON{ZhLine(p.Place)}：请检查括号、引号、逗号和数字的写法。", $"Rubric JSON is malformed{EnLine(p.Place)}: {p.Detail}"),
            RubricFault.Empty => T("文件内容为空（null），没有评分细则。", "Rubric JSON is empty (null)."),
            RubricFault.NoCategories => T("评分细则里没有任何类别。", "The rubric has no categories."),
            RubricFault.CategoryNull => T($"第{p.Place.Category}类是空的（null）。", $"Category {p.Place.Category} is null."),
            RubricFault.ItemNull => T($"{ZhPlace(p.Place with { Item = null, Path = null })}第{p.Place.ItemNumber}项是空的（null）。",
                $"{EnPlace(p.Place with { Item = null, Path = null })}, item {p.Place.ItemNumber} is null."),
            RubricFault.NameEmpty => T($"{where}：名称为空。", $"{where}: name is empty."),
            RubricFault.NameUsedTwice when p.Place.IsItem => T($"{where}：本类别中已有同名项目“{p.Detail}”，项目名称不能重复。",
                $"{where}: duplicate item name '{p.Detail}' in this category."),
            RubricFault.NameUsedTwice => T($"{where}：类别名称重复。", $"{where}: the category name is used twice."),
            RubricFault.AliasEmpty => T($"{where}：简称为空。", $"{where}: alias is empty."),
            RubricFault.AliasUsedTwice => T($"{where}：简称“{p.Detail}”已被别的类别使用。", $"{where}: alias '{p.Detail}' is used twice."),
            RubricFault.GroupEmpty => T($"{where}：分组为空。", $"{where}: group is empty."),
            RubricFault.MaxNotPositive => T($"{where}：分值必须大于 0，现为 {v}。", $"{where}: maximum must be greater than 0, is {v}."),
            RubricFault.MaxTooLarge => T($"{where}：分值不能超过 {largest}，现为 {v}。", $"{where}: maximum must be at most {largest}, is {v}."),
            RubricFault.LeaderCapTooLarge => T($"{where}：班子评分上限不能超过 {largest}，现为 {v}。", $"{where}: leadership cap must be at most {largest}, is {v}."),
            RubricFault.LeaderCapNegative => T($"{where}：班子评分上限不能是负数，现为 {v}。", $"{where}: leadership cap must not be negative, is {v}."),
            RubricFault.TooManyDecimals when p.Place.IsItem => T($"{where}：分值最多两位小数，现为 {v}。", $"{where}: maximum may have at most 2 decimals, is {v}."),
            RubricFault.TooManyDecimals => T($"{where}：分值和班子评分上限最多两位小数。", $"{where}: maximum and leadership cap may have at most 2 decimals."),
            RubricFault.NoItems => T($"{where}：没有任何项目。", $"{where}: has no items."),
            // Unchanged since the API began; a plan without a leadership part (all caps 0) is the one exception, and passes.
            RubricFault.LeaderCapsSum => T($"各类别的班子评分上限合计必须是 100，现为 {v}。", $"Leadership caps must sum to 100, they sum to {v}."),
            RubricFault.ScaleToNotPositive => T($"{where}：折合分值必须大于 0，现为 {v}。", $"{where}: scaleTo must be greater than 0, is {v}."),
            RubricFault.ScaleToTooLarge => T($"{where}：折合分值不能超过 {largest}，现为 {v}。", $"{where}: scaleTo must be at most {largest}, is {v}."),
            RubricFault.CapNegative => T($"{where}：上限不能是负数，现为 {v}。", $"{where}: the cap must not be negative, is {v}."),
            RubricFault.PointsNotPositive => T($"{where}：分值必须大于 0，现为 {v}。", $"{where}: points must be greater than 0, are {v}."),
            RubricFault.ConsequenceUnknown => T($"{where}：后果“{p.Detail}”无法识别，只能是 notExcellent（不得评为优秀）或 last（排名最后）。",
                $"{where}: consequence '{p.Detail}' is unknown; it is notExcellent or last."),
            RubricFault.GradeBasisUnknown => T($"{where}：评定方式“{p.Detail}”无法识别，只能是 rank（按名次）或 score（按分数线）。",
                $"{where}: by '{p.Detail}' is unknown; it is rank or score."),
            RubricFault.GradeCountNotPositive => T($"{where}：名额必须大于 0，现为 {v}。", $"{where}: count must be greater than 0, is {v}."),
            RubricFault.GradeRestTwice => T($"{where}：只能有一个等次不写名额（其余村），这是第二个。", $"{where}: only one grade may take the rest (no count); this is the second."),
            RubricFault.GradeLinesNotDescending => T($"{where}：分数线必须从高到低排列。", $"{where}: score lines must go from the highest down."),
            RubricFault.GradeLineMissing => T($"{where}：按分数线评定的等次要写分数线（最后一个等次除外）。", $"{where}: a grade by score needs its line (minScore), except the last."),
            RubricFault.NoLines => T($"{where}：没有任何条目。", $"{where}: has no lines."),
            _ => $"{where}: {p.Fault}.",
        };
    }

    static string EnPlace(RubricPlace place)
    {
        if (place.Section is { } section)
        {
            var name = section switch { RubricSection.Bonus => "Bonus", RubricSection.Deductions => "Deductions", RubricSection.Veto => "Veto", _ => "Grades" };
            return place.Entry is { } entry ? $"{name}, line {entry} ({Named(place.ItemName, "unnamed")})" : name;
        }
        var text = $"Category {place.Category} ({Named(place.CategoryName, "unnamed")})";
        return place.IsItem ? $"{text}, item {place.ItemNumber} ({Named(place.ItemName, "unnamed")})" : text;
    }

    static string ZhPlace(RubricPlace place)
    {
        if (place.Section is { } section)
        {
            var name = section switch { RubricSection.Bonus => "加分项目", RubricSection.Deductions => "扣分项目", RubricSection.Veto => "一票否决", _ => "等次" };
            return place.Entry is { } entry ? $"{name}第{entry}条（{Named(place.ItemName, "未命名")}）" : name;
        }
        var text = $"第{place.Category}类（{Named(place.CategoryName, "未命名")}）";
        return place.IsItem ? $"{text}第{place.ItemNumber}项（{Named(place.ItemName, "未命名")}）" : text;
    }

    static string EnLine(RubricPlace place) => place.Line is { } line ? $" at line {line}, position {place.Position}" : "";

    static string ZhLine(RubricPlace place) => place.Line is { } line ? $"（第 {line} 行第 {place.Position} 个字符附近）" : "";

    static string Named(string? name, string unnamed) => string.IsNullOrEmpty(name) ? unnamed : name;
}
