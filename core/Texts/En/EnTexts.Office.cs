namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeProgress => "progress: scores, seals and leaders' ratings per village, and who still owes what";
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
        $"{title}\nranking, the score sheets of {villages} villages, leaders' ratings (data as of {atUtc.AddHours(8):yyyy-MM-dd HH:mm} Beijing time)";
    public override string ExportCsvCaption => "every item score of every village (CSV, opens in Excel)";
}
