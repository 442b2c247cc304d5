namespace ChatAppraisal;

/// <summary>The office's commands (/progress, /ranking, /sheet, /export). The reports themselves are in Texts.Reports.cs.</summary>
public abstract partial class Texts
{
    public abstract string DescribeProgress { get; }
    public abstract string DescribeRanking { get; }
    public abstract string RankingUsage { get; }
    public abstract string RankingFileName(string period);
    public abstract string DescribeSheet { get; }
    public abstract string SheetUsage(IReadOnlyList<string> villages);
    /// <param name="command">The text sheet's command, in the words the member used (评分表 新庄村 文字, /sheet 新庄村 text).</param>
    public abstract string SheetTextHint(string command);

    /// <summary>Said before the chart when a sealed sheet's fingerprint no longer matches.</summary>
    public abstract string SealBroken(string village, string signedBy);

    public abstract string DescribeExport { get; }
    public abstract string ExportWorkbookCaption(string title, int villages, DateTime atUtc);
    public abstract string ExportCsvCaption { get; }
}
