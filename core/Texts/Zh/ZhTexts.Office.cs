namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeProgress => "进度：各村评分、签字密封、党政班子成员评分，以及谁还没完成";
    public override string DescribeRanking => "排名图（/ranking text 为文字表）";
    public override string RankingUsage => "用法：/ranking（排名图）或 /ranking text（文字表）。";
    public override string RankingFileName(string period) => $"{period}综合考核排名.png";
    public override string DescribeSheet => "某村评分图：/sheet 村名（/sheet 村名 text 为文字明细）";
    public override string SheetUsage(IReadOnlyList<string> villages) =>
        "用法：/sheet 村名（输入一部分也可以），例如 /sheet 新庄；文字明细：/sheet 新庄 text" +
        (villages.Count == 0 ? "\n现在还没有登记任何村。" : $"\n现有的村：{string.Join("、", villages.Take(30))}{(villages.Count > 30 ? $" 等 {villages.Count} 个" : "")}");
    public override string SheetTextHint(string command) => $"要看未评分的项目和完整指纹，请发送：{command}";
    public override string SealBroken(string village, string signedBy) =>
        $"‼️ 警告：{village}的评分表由{signedBy}签字密封后被改动过，指纹不符！请立即核查，并告知管理员。";

    public override string DescribeExport => "导出评分表（Excel）和各项得分（CSV）";
    public override string ExportWorkbookCaption(string title, int villages, DateTime atUtc) =>
        $"《{title}》\n汇总排名、{villages} 个村的评分表、党政班子成员评分（数据时间 {atUtc.AddHours(8):yyyy-MM-dd HH:mm}）";
    public override string ExportCsvCaption => "各村各项得分（CSV，可用 Excel 打开）";

    public override string DescribeRubric => "发送考核实施方案，查看读取结果（细则）";
    public override string RubricAskPlan => "请发送考核实施方案的 .docx（也可以是 .txt，或从管理台下载并改过的评分细则 .xlsx），或直接粘贴方案的文字。读取结果只供核对，不会保存。";
    public override string RubricPlanKind(string fileName) => $"“{fileName}”不是 .docx、.txt（UTF-8）或 .xlsx 文件，读不了。";

    public override string RubricProposal(Rubrics.Import.ImportResult result, int shown, string link)
    {
        var r = result.Rubric;
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(r.Title.Length > 0 ? $"《{r.Title}》读取结果：" : "读取结果：");
        sb.AppendLine($"{r.Categories.Count} 个类别、{r.ItemCount} 个评分项，满分 {F(r.MaxTotal)}。");
        foreach (var c in r.Categories.Take(20)) sb.AppendLine($"· {c.Name} {F(c.Max)}{(c.ScaleTo is { } s ? $"（折合 {F(s)}）" : "")}：{c.Leaves.Count} 项");
        if (r.Categories.Count > 20) sb.AppendLine($"……共 {r.Categories.Count} 个类别");
        if (r.Bonus is { } b) sb.AppendLine($"加分 {b.Lines.Count} 项{(b.Cap is { } bc ? $"，最多 {F(bc)} 分" : "")}");
        if (r.Deductions is { } d) sb.AppendLine($"扣分 {d.Lines.Count} 项{(d.Cap is { } dc ? $"，最多 {F(dc)} 分" : "")}");
        if (r.Veto.Count > 0) sb.AppendLine($"一票否决 {r.Veto.Count} 项");
        if (r.Grades is { } g) sb.AppendLine($"等次：{string.Join("、", g.Lines.Select(l => l.Name))}");
        if (result.Policy is { } p) sb.AppendLine($"计分权重：现场考核 {F(p.OnsiteWeight * 100)}%，党政班子成员评分 {F(p.LeaderWeight * 100)}%");
        var problems = result.Problems;
        if (problems.Count == 0) sb.AppendLine("没有发现问题。");
        else
        {
            sb.AppendLine($"发现 {problems.Count} 个问题：");
            foreach (var problem in problems.Take(shown)) sb.AppendLine((problem.Line is { } line ? $"第 {line} 行：" : "") + ImportProblemText(problem));
            if (problems.Count > shown) sb.AppendLine($"……还有 {problems.Count - shown} 个，请在管理台查看。");
        }
        sb.Append($"在管理台“评分细则 → 导入方案”上传同一文件，核对后保存：{link}");
        return sb.ToString();
    }
}
