namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeProgress => "progress: on-site scores, seals and leadership ratings per village, and who still owes what";
    public override string DescribeRanking => "ranking chart (/ranking text for the table)";
    public override string RankingUsage => "Usage: /ranking for the chart, or /ranking text for the table.";
    public override string RankingFileName(string period) => $"{period} ranking.png";
    public override string DescribeSheet => "a village's score chart: /sheet VILLAGE (/sheet VILLAGE text for the text sheet)";
    public override string SheetUsage(IReadOnlyList<string> villages) =>
        "Usage: /sheet VILLAGE (a unique part of the name works), e.g. /sheet 新庄; the text sheet: /sheet 新庄 text" +
        (villages.Count == 0 ? "\nNo villages are registered yet." : $"\nVillages: {string.Join(", ", villages.Take(30))}{(villages.Count > 30 ? $" and {villages.Count - 30} more" : "")}");
    public override string SheetTextHint(string command) => $"Unscored items and the full fingerprint: {command}";
    public override string SealBroken(string village, string signedBy) =>
        $"‼️ WARNING: the sheet of {village} was changed after {signedBy} signed and sealed it; the fingerprint does not match! Check it now and tell an admin.";

    public override string DescribeExport => "export the score sheets (Excel) and every item score (CSV)";
    public override string ExportWorkbookCaption(string title, int villages, DateTime atUtc) =>
        $"{title}\nranking, the score sheets of {villages} villages, leadership ratings (data as of {atUtc.AddHours(8):yyyy-MM-dd HH:mm} Beijing time)";
    public override string ExportCsvCaption => "every item score of every village (CSV, opens in Excel)";

    public override string DescribeRubric => "send the plan and see what is read from it";
    public override string RubricAskPlan => "Send the plan's .docx (or a .txt, or the rubric's .xlsx downloaded from the console and edited), or paste its text. What is read is for checking; nothing is saved.";
    public override string RubricPlanKind(string fileName) => $"'{fileName}' is not a .docx, .txt (UTF-8) or .xlsx file; it cannot be read.";

    public override string RubricProposal(Rubrics.Import.ImportResult result, int shown, string link)
    {
        var r = result.Rubric;
        var sb = new System.Text.StringBuilder();
        sb.AppendLine(r.Title.Length > 0 ? $"{r.Title}: what was read" : "What was read:");
        sb.AppendLine($"{r.Categories.Count} categories, {r.ItemCount} scored items, {F(r.MaxTotal)} points in all.");
        foreach (var c in r.Categories.Take(20)) sb.AppendLine($"· {c.Name} {F(c.Max)}{(c.ScaleTo is { } s ? $" (counted as {F(s)})" : "")}: {c.Leaves.Count} items");
        if (r.Categories.Count > 20) sb.AppendLine($"… {r.Categories.Count} categories in all");
        if (r.Bonus is { } b) sb.AppendLine($"Bonus: {b.Lines.Count} lines{(b.Cap is { } bc ? $", at most {F(bc)}" : "")}");
        if (r.Deductions is { } d) sb.AppendLine($"Deductions: {d.Lines.Count} lines{(d.Cap is { } dc ? $", at most {F(dc)}" : "")}");
        if (r.Veto.Count > 0) sb.AppendLine($"Vetoes: {r.Veto.Count}");
        if (r.Grades is { } g) sb.AppendLine($"Grades: {string.Join(", ", g.Lines.Select(l => l.Name))}");
        if (result.Policy is { } p) sb.AppendLine($"Weights: on-site appraisal {F(p.OnsiteWeight * 100)}%, leadership rating {F(p.LeaderWeight * 100)}%");
        var problems = result.Problems;
        if (problems.Count == 0) sb.AppendLine("No problems found.");
        else
        {
            sb.AppendLine($"{problems.Count} problems:");
            foreach (var problem in problems.Take(shown)) sb.AppendLine((problem.Line is { } line ? $"line {line}: " : "") + ImportProblemText(problem));
            if (problems.Count > shown) sb.AppendLine($"… {problems.Count - shown} more: see the console.");
        }
        sb.Append($"Upload the same file in the console (评分细则 → 导入方案), check it and save: {link}");
        return sb.ToString();
    }
}
