namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeProgress => "进度：各村评分、密封、班子评分，以及谁还没完成";
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
        $"《{title}》\n汇总排名、{villages} 个村的评分表、班子评分（数据时间 {atUtc.AddHours(8):yyyy-MM-dd HH:mm}）";
    public override string ExportCsvCaption => "各村各项得分（CSV，可用 Excel 打开）";
}
