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
            RubricFault.ItemNull => T($"{ZhPlace(p.Place with { Item = null })}第{p.Place.Item}项是空的（null）。",
                $"{EnPlace(p.Place with { Item = null })}, item {p.Place.Item} is null."),
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
            RubricFault.LeaderCapsSum => T($"各类别的班子评分上限合计必须是 100，现为 {v}。", $"Leadership caps must sum to 100, they sum to {v}."),
            _ => $"{where}: {p.Fault}.",
        };
    }

    static string EnPlace(RubricPlace place)
    {
        var text = $"Category {place.Category} ({Named(place.CategoryName, "unnamed")})";
        return place.IsItem ? $"{text}, item {place.Item} ({Named(place.ItemName, "unnamed")})" : text;
    }

    static string ZhPlace(RubricPlace place)
    {
        var text = $"第{place.Category}类（{Named(place.CategoryName, "未命名")}）";
        return place.IsItem ? $"{text}第{place.Item}项（{Named(place.ItemName, "未命名")}）" : text;
    }

    static string EnLine(RubricPlace place) => place.Line is { } line ? $" at line {line}, position {place.Position}" : "";

    static string ZhLine(RubricPlace place) => place.Line is { } line ? $"（第 {line} 行第 {place.Position} 个字符附近）" : "";

    static string Named(string? name, string unnamed) => string.IsNullOrEmpty(name) ? unnamed : name;
}
