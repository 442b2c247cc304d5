namespace ChatAppraisal.Conversations;

public sealed partial class ZhTexts
{
    public override string DescribeProgress => "进度：各村评分、密封、班子评分，以及谁还没完成";
    public override string DescribeRanking => "排名（/ranking text 为文字表）";
    public override string RankingUsage => "用法：/ranking（排名）或 /ranking text（文字表）。";
    public override string DescribeSheet => "某村评分表：/sheet 村名";
    public override string SheetUsage(IReadOnlyList<string> villages) =>
        "用法：/sheet 村名（输入一部分也可以），例如 /sheet 新庄" + (villages.Count == 0 ? "\n现在还没有登记任何村。" : $"\n现有的村：{string.Join("、", villages.Take(30))}{(villages.Count > 30 ? $" 等 {villages.Count} 个" : "")}");
}
