namespace ChatAppraisal.Conversations;

public sealed partial class EnTexts
{
    public override string DescribeProgress => "progress: scores, seals and leaders' ratings per village, and who still owes what";
    public override string DescribeRanking => "ranking (/ranking text for the table)";
    public override string RankingUsage => "Usage: /ranking, or /ranking text for the text table.";
    public override string DescribeSheet => "a village's score sheet: /sheet VILLAGE";
    public override string SheetUsage(IReadOnlyList<string> villages) =>
        "Usage: /sheet VILLAGE (a unique part of the name works), e.g. /sheet 新庄" + (villages.Count == 0 ? "\nNo villages are registered yet." : $"\nVillages: {string.Join(", ", villages.Take(30))}{(villages.Count > 30 ? $" and {villages.Count - 30} more" : "")}");
}
