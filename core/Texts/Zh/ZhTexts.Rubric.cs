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
            RubricFault.ItemNull => $"{Place(p.Place with { Item = null, Path = null })}第{p.Place.ItemNumber}项是空的（null）。",
            RubricFault.NameEmpty => $"{where}：名称为空。",
            RubricFault.NameUsedTwice when p.Place.IsItem => $"{where}：本类别中已有同名项目“{p.Detail}”，项目名称不能重复。",
            RubricFault.NameUsedTwice => $"{where}：类别名称重复。",
            RubricFault.AliasEmpty => $"{where}：简称为空。",
            RubricFault.AliasUsedTwice => $"{where}：简称“{p.Detail}”已被别的类别使用。",
            RubricFault.GroupEmpty => $"{where}：分组为空。",
            RubricFault.MaxNotPositive => $"{where}：分值必须大于 0，现为 {v}。",
            RubricFault.MaxTooLarge => $"{where}：分值不能超过 {largest}，现为 {v}。",
            RubricFault.LeaderCapTooLarge => $"{where}：党政班子成员评分上限不能超过 {largest}，现为 {v}。",
            RubricFault.LeaderCapNegative => $"{where}：党政班子成员评分上限不能是负数，现为 {v}。",
            RubricFault.TooManyDecimals when p.Place.IsItem => $"{where}：分值最多两位小数，现为 {v}。",
            RubricFault.TooManyDecimals => $"{where}：分值和党政班子成员评分上限最多两位小数。",
            RubricFault.NoItems => $"{where}：没有任何项目。",
            // Unchanged since the API began; a plan without a leadership part (all caps 0) is the one exception, and passes.
            RubricFault.LeaderCapsSum => $"各类别的党政班子成员评分上限合计必须是 100，现为 {v}。",
            RubricFault.ScaleToNotPositive => $"{where}：折合分值必须大于 0，现为 {v}。",
            RubricFault.ScaleToTooLarge => $"{where}：折合分值不能超过 {largest}，现为 {v}。",
            RubricFault.CapNegative => $"{where}：上限不能是负数，现为 {v}。",
            RubricFault.PointsNotPositive => $"{where}：分值必须大于 0，现为 {v}。",
            RubricFault.ConsequenceUnknown => $"{where}：后果“{p.Detail}”无法识别，只能是 notExcellent（不得评为优秀）或 last（排名最后）。",
            RubricFault.GradeBasisUnknown => $"{where}：评定方式“{p.Detail}”无法识别，只能是 rank（按名次）或 score（按分数线）。",
            RubricFault.GradeCountNotPositive => $"{where}：名额必须大于 0，现为 {v}。",
            RubricFault.GradeRestTwice => $"{where}：只能有一个等次不写名额（其余村），这是第二个。",
            RubricFault.GradeLinesNotDescending => $"{where}：分数线必须从高到低排列。",
            RubricFault.GradeLineMissing => $"{where}：按分数线评定的等次要写分数线（最后一个等次除外）。",
            RubricFault.NoLines => $"{where}：没有任何条目。",
            _ => $"{where}: {p.Fault}.",
        };
    }

    static string Place(RubricPlace place)
    {
        if (place.Section is { } section)
        {
            var name = section switch { RubricSection.Bonus => "加分项目", RubricSection.Deductions => "扣分项目", RubricSection.Veto => "一票否决", _ => "等次" };
            return place.Entry is { } entry ? $"{name}第{entry}条（{Named(place.ItemName, "未命名")}）" : name;
        }
        var text = $"第{place.Category}类（{Named(place.CategoryName, "未命名")}）";
        return place.IsItem ? $"{text}第{place.ItemNumber}项（{Named(place.ItemName, "未命名")}）" : text;
    }

    static string Line(RubricPlace place) => place.Line is { } line ? $"（第 {line} 行第 {place.Position} 个字符附近）" : "";
}
