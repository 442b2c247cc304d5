namespace ChatAppraisal.Rubrics;

/// <summary>A rubric's problem in words: English (the admin API's, unchanged since it began) and Chinese (the console's).</summary>
public static class RubricProblemText
{
    public static string For(RubricProblem problem, string language) => language == "en" ? En(problem) : Zh(problem);

    public static string En(RubricProblem p)
    {
        var where = EnPlace(p.Place);
        var v = p.Value;
        return p.Fault switch
        {
            RubricFault.Malformed => $"Rubric JSON is malformed{EnLine(p.Place)}: {p.Detail}",
            RubricFault.Empty => "Rubric JSON is empty (null).",
            RubricFault.NoCategories => "The rubric has no categories.",
            RubricFault.CategoryNull => $"Category {p.Place.Category} is null.",
            RubricFault.ItemNull => $"{EnPlace(p.Place with { Item = null })}, item {p.Place.Item} is null.",
            RubricFault.NameEmpty => $"{where}: name is empty.",
            RubricFault.NameUsedTwice when p.Place.IsItem => $"{where}: duplicate item name '{p.Detail}' in this category.",
            RubricFault.NameUsedTwice => $"{where}: the category name is used twice.",
            RubricFault.AliasEmpty => $"{where}: alias is empty.",
            RubricFault.AliasUsedTwice => $"{where}: alias '{p.Detail}' is used twice.",
            RubricFault.GroupEmpty => $"{where}: group is empty.",
            RubricFault.MaxNotPositive => $"{where}: maximum must be greater than 0, is {v}.",
            RubricFault.MaxTooLarge => $"{where}: maximum must be at most {RubricValidator.LargestFigure}, is {v}.",
            RubricFault.LeaderCapTooLarge => $"{where}: leadership cap must be at most {RubricValidator.LargestFigure}, is {v}.",
            RubricFault.LeaderCapNegative => $"{where}: leadership cap must not be negative, is {v}.",
            RubricFault.TooManyDecimals when p.Place.IsItem => $"{where}: maximum may have at most 2 decimals, is {v}.",
            RubricFault.TooManyDecimals => $"{where}: maximum and leadership cap may have at most 2 decimals.",
            RubricFault.NoItems => $"{where}: has no items.",
            RubricFault.LeaderCapsSum => $"Leadership caps must sum to 100, they sum to {v}.",
            _ => $"{where}: {p.Fault}.",
        };
    }

    public static string Zh(RubricProblem p)
    {
        var where = ZhPlace(p.Place);
        var v = p.Value;
        return p.Fault switch
        {
            RubricFault.Malformed => $"文件不是有效的 JSON{ZhLine(p.Place)}：请检查括号、引号、逗号和数字的写法。",
            RubricFault.Empty => "文件内容为空（null），没有评分细则。",
            RubricFault.NoCategories => "评分细则里没有任何类别。",
            RubricFault.CategoryNull => $"第{p.Place.Category}类是空的（null）。",
            RubricFault.ItemNull => $"{ZhPlace(p.Place with { Item = null })}第{p.Place.Item}项是空的（null）。",
            RubricFault.NameEmpty => $"{where}：名称为空。",
            RubricFault.NameUsedTwice when p.Place.IsItem => $"{where}：本类别中已有同名项目“{p.Detail}”，项目名称不能重复。",
            RubricFault.NameUsedTwice => $"{where}：类别名称重复。",
            RubricFault.AliasEmpty => $"{where}：简称为空。",
            RubricFault.AliasUsedTwice => $"{where}：简称“{p.Detail}”已被别的类别使用。",
            RubricFault.GroupEmpty => $"{where}：分组为空。",
            RubricFault.MaxNotPositive => $"{where}：分值必须大于 0，现为 {v}。",
            RubricFault.MaxTooLarge => $"{where}：分值不能超过 {RubricValidator.LargestFigure}，现为 {v}。",
            RubricFault.LeaderCapTooLarge => $"{where}：班子评分上限不能超过 {RubricValidator.LargestFigure}，现为 {v}。",
            RubricFault.LeaderCapNegative => $"{where}：班子评分上限不能是负数，现为 {v}。",
            RubricFault.TooManyDecimals when p.Place.IsItem => $"{where}：分值最多两位小数，现为 {v}。",
            RubricFault.TooManyDecimals => $"{where}：分值和班子评分上限最多两位小数。",
            RubricFault.NoItems => $"{where}：没有任何项目。",
            RubricFault.LeaderCapsSum => $"各类别的班子评分上限合计必须是 100，现为 {v}。",
            _ => $"{where}：{p.Fault}。",
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
