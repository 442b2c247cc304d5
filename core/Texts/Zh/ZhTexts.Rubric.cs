using ChatAppraisal.Rubrics;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string RubricProblemText(RubricProblem p)
    {
        var where = Place(p.Place);
        var (v, largest) = (p.Value, RubricValidator.LargestFigure);
        return p.Fault switch
        {
            RubricFault.Malformed => $"文件不是有效的 JSON{Line(p.Place)}：请检查括号、引号、逗号和数字的写法。",
            RubricFault.Empty => "文件内容为空（null），没有评分细则。",
            RubricFault.NoCategories => "评分细则里没有任何类别。",
            RubricFault.CategoryNull => $"第{p.Place.Category}类是空的（null）。",
            RubricFault.ItemNull => $"{Place(p.Place with { Item = null })}第{p.Place.Item}项是空的（null）。",
            RubricFault.NameEmpty => $"{where}：名称为空。",
            RubricFault.NameUsedTwice when p.Place.IsItem => $"{where}：本类别中已有同名项目“{p.Detail}”，项目名称不能重复。",
            RubricFault.NameUsedTwice => $"{where}：类别名称重复。",
            RubricFault.AliasEmpty => $"{where}：简称为空。",
            RubricFault.AliasUsedTwice => $"{where}：简称“{p.Detail}”已被别的类别使用。",
            RubricFault.GroupEmpty => $"{where}：分组为空。",
            RubricFault.MaxNotPositive => $"{where}：分值必须大于 0，现为 {v}。",
            RubricFault.MaxTooLarge => $"{where}：分值不能超过 {largest}，现为 {v}。",
            RubricFault.LeaderCapTooLarge => $"{where}：班子评分上限不能超过 {largest}，现为 {v}。",
            RubricFault.LeaderCapNegative => $"{where}：班子评分上限不能是负数，现为 {v}。",
            RubricFault.TooManyDecimals when p.Place.IsItem => $"{where}：分值最多两位小数，现为 {v}。",
            RubricFault.TooManyDecimals => $"{where}：分值和班子评分上限最多两位小数。",
            RubricFault.NoItems => $"{where}：没有任何项目。",
            RubricFault.LeaderCapsSum => $"各类别的班子评分上限合计必须是 100，现为 {v}。",
            _ => $"{where}: {p.Fault}.",
        };
    }

    static string Place(RubricPlace place)
    {
        var text = $"第{place.Category}类（{Named(place.CategoryName, "未命名")}）";
        return place.IsItem ? $"{text}第{place.Item}项（{Named(place.ItemName, "未命名")}）" : text;
    }

    static string Line(RubricPlace place) => place.Line is { } line ? $"（第 {line} 行第 {place.Position} 个字符附近）" : "";
}
