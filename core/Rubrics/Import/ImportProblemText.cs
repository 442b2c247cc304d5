namespace ChatAppraisal.Rubrics.Import;

/// <summary>An import problem in words, Chinese (the console's) and English (the admin API's), beside the rubric's own problem texts.</summary>
public static class ImportProblemText
{
    public static string En(ImportProblem problem) => For(problem, "en");

    public static string Zh(ImportProblem problem) => For(problem, "zh");

    public static string For(ImportProblem p, string language)
    {
        var en = language == "en";
        string T(string zh, string english) => en ? english : zh;
        var (v, x, d) = (F(p.Value), F(p.Expected), p.Detail ?? "");
        return p.Fault switch
        {
            ImportFault.PointsWithoutFen => T($"“{d}”的分值 {v} 没有写“分”，按 {v} 分读入，请核对。", $"'{d}': the figure {v} has no 分; read as {v} points, please check."),
            ImportFault.MissingBracket => T($"“{d}”的分值缺少一个括号，按 {v} 分读入。", $"'{d}': a bracket of the points is missing; read as {v} points."),
            ImportFault.MissingSeparator => T($"“{d}”前面缺少逗号或顿号，已按两个项目分开。", $"'{d}': no comma before it; read as a separate item."),
            ImportFault.ChildrenDoNotAddUp => T($"“{d}”写的是 {x} 分，下面各项合计 {v} 分；按原文保留，得分不超过 {x} 分。",
                $"'{d}' says {x} points and its items add up to {v}; kept as written, its score is capped at {x}."),
            ImportFault.BlockWithoutPoints => T($"“{d}”没有写分值，按下面各项合计 {v} 分计。", $"'{d}' gives no points; counted as its items' sum, {v}."),
            ImportFault.TextWithoutPoints => T($"“{d}”没有分值，没有作为评分项目读入。", $"'{d}' has no points and was not read as an item."),
            ImportFault.PointsWithoutName => T($"分值 {v} 前面没有项目名称，没有读入。", $"The points {v} have no name before them and were not read."),
            ImportFault.NoCategories => T("没有找到带分值的考核类别：请检查标题编号（一、（一）1.（1））和分值（“（10分）”）的写法。",
                "No scored category was found: check the headings' numbering (一、 (一) 1. (1)) and the points (\"(10分)\")."),
            ImportFault.LeaderCapUnmatched => T($"班子评分上限“{d}”（{v} 分）找不到对应的考核类别。", $"The leadership cap '{d}' ({v} points) matches no category."),
            ImportFault.LeaderCapMissing => T($"考核类别“{d}”在班子评分中没有上限，按 0 分计。", $"Category '{d}' has no leadership cap; it counts 0."),
            ImportFault.VetoConsequenceGuessed => T($"一票否决“{d}”没有说明后果，按“不得评为优秀”读入。", $"Veto '{d}' does not say its consequence; read as not 优秀."),
            ImportFault.SideLineWithoutPoints => T($"“{d}”没有分值，没有读入。", $"'{d}' has no points and was not read."),
            ImportFault.GradeUnread => T($"“{d}”读不出等次和名额或分数线。", $"'{d}': no grade with a count or a score line could be read."),
            ImportFault.RubricRule when p.Rubric is { } rubric => RubricProblemText.For(rubric, language),
            ImportFault.FileUnreadable => T($"文件无法读取：{d}。请上传 .docx 或 .txt 文件，或直接粘贴方案的文字。",
                $"The file cannot be read: {d}. Upload a .docx or .txt file, or paste the plan's text."),
            _ => p.Fault.ToString(),
        };
    }

    static string F(decimal? value) => value is { } v ? Scoring.Points.Format(v) : "";
}
