namespace ChatAppraisal.Conversations;

/// <summary>The office's commands (/progress, /ranking, /sheet, /export). The reports themselves are in Reports/IReportTexts.</summary>
public abstract partial class Texts
{
    public abstract string DescribeProgress { get; }
    public abstract string DescribeRanking { get; }
    public abstract string RankingUsage { get; }
    public abstract string DescribeSheet { get; }
    public abstract string SheetUsage(IReadOnlyList<string> villages);
}
