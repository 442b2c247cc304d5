using ChatAppraisal.Rubrics.Import;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string ImportProblemText(ImportProblem p)
    {
        var (v, x, d) = (Figure(p.Value), Figure(p.Expected), p.Detail ?? "");
        return p.Fault switch
        {
            ImportFault.PointsWithoutFen => $"“{d}”的分值 {v} 没有写“分”，按 {v} 分读入，请核对。",
            ImportFault.MissingBracket => $"“{d}”的分值缺少一个括号，按 {v} 分读入。",
            ImportFault.MissingSeparator => $"“{d}”前面缺少逗号或顿号，已按两个项目分开。",
            ImportFault.ChildrenDoNotAddUp => $"“{d}”写的是 {x} 分，下面各项合计 {v} 分；按原文保留，得分不超过 {x} 分。",
            ImportFault.BlockWithoutPoints => $"“{d}”没有写分值，按下面各项合计 {v} 分计。",
            ImportFault.TextWithoutPoints => $"“{d}”没有分值，没有作为评分项目读入。",
            ImportFault.PointsWithoutName => $"分值 {v} 前面没有项目名称，没有读入。",
            ImportFault.NoCategories => "没有找到带分值的考核类别：请检查标题编号（一、（一）1.（1））和分值（“（10分）”）的写法。",
            ImportFault.LeaderCapUnmatched => $"党政班子成员评分上限“{d}”（{v} 分）找不到对应的考核类别。",
            ImportFault.LeaderCapMissing => $"考核类别“{d}”在党政班子成员评分中没有上限，按 0 分计。",
            ImportFault.VetoConsequenceGuessed => $"一票否决“{d}”没有说明后果，按“不得评为优秀”读入。",
            ImportFault.SideLineWithoutPoints => $"“{d}”没有分值，没有读入。",
            ImportFault.GradeUnread => $"“{d}”读不出等次和名额或分数线。",
            ImportFault.RubricRule when p.Rubric is { } rubric => RubricProblemText(rubric),
            ImportFault.FileUnreadable => $"文件无法读取：{d}。请上传 .docx、.txt 或 .xlsx 文件，或直接粘贴方案的文字。",
            ImportFault.CellUnread => $"“{d}”一栏读不出或没有填写，请按“说明”表的写法填写。",
            ImportFault.LevelSkipped => $"“{d}”的层级 {v} 比上一行深了不止一级，按 {x} 级读入。",
            _ => p.Fault.ToString(),
        };
    }
}
