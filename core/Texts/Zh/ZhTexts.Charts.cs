using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string PolicyLine(ScoringPolicy p) =>
        (p.HasLeaderPart()
            ? $"综合得分 = 现场考核千分制 × {Weight(p.OnsiteWeight)} + 党政班子成员评分千分制 × {Weight(p.LeaderWeight)}；" +
              $"党政班子成员评分取{(p.LeaderAggregation == LeaderAggregation.Trimmed ? "去掉一个最高分和一个最低分后的平均分" : "平均分")}；"
            : $"综合得分 = 现场考核千分制 × {Weight(p.OnsiteWeight)}；") +
        $"{(p.CapCategoryAtMax ? "单项超出满分按满分计" : "单项不封顶")}";

    public override string RankingChartTitle(string period) => $"{period}目标管理综合考核排名";
    public override string RankingChartSubtitle(string time, int villages, int incomplete) =>
        $"数据时间 {time} · {villages} 个村" + (incomplete > 0 ? $"，{incomplete} 个未完成" : "");
    public override string RankingChartOnsiteLegend(string weight) => $"现场考核 × {weight}";
    public override string RankingChartLeaderLegend(string weight) => $"党政班子成员评分 × {weight}";
    public override string RankingChartIncompleteLegend => "浅色斜纹：未完成";
    public override string RankingChartAxis => "综合得分（千分制）";
    public override string RankingChartEmpty => "还没有村";
    public override string IncompleteValue(string score, string completion) => $"{score}  未完成 {completion}";
    public override string CaptionTitle(string period, string time) => $"{period}综合考核排名（数据时间 {time}）";
    public override string CaptionNoVillages => "还没有村。";
    public override string CaptionIncomplete(string completion) => $"（未完成 {completion}）";
    public override string CaptionPlace(int rank, string village, string score, string incomplete) => $"第 {rank} 名 {village} {score}{incomplete}";
    public override string CaptionCount(int villages, int incomplete) =>
        $"共 {villages} 个村" + (incomplete > 0 ? $"，{incomplete} 个未完成（缺项按 0 分计）。" : "，全部完成。");
    public override string CaptionTrimmedFallback => "部分村评分的党政班子成员少于 3 人，按平均分计。";

    public override string SheetChartTitle(string village, string period) => $"{village} · {period}考核评分";
    public override string SheetChartScoreLine(string onsite, string max, int scored, int items, int raters, string leader, string leaderCap) =>
        $"现场考核 {onsite} / {max}（已评 {scored}/{items} 项）· 党政班子成员评分 {(raters == 0 ? "未评" : $"{leader} / {leaderCap}（{raters} 人）")}";
    public override string SheetChartNotSigned => "考核组长尚未签字密封";
    public override string SheetChartSealLine(string signedBy, string at, string fingerprint, bool valid) =>
        $"已签字密封：{signedBy} {at} · 指纹 {fingerprint} · {(valid ? "有效" : "无效：签字密封后内容被改动")}";
    public override string SheetChartOnsiteLegend => "现场考核得分（占满分）";
    public override string SheetChartLeaderLegend => "党政班子成员平均评分（占上限）";
    public override string SheetChartIncompleteLegend => "斜纹：有缺项";
    public override string SheetChartAxis => "占满分或上限的百分比";
    public override string SheetChartSidesHeading => "加分、扣分和一票否决";
    public override string CategoryNotScored => "未评分";
    public override string CategoryCappedFrom(string raw) => $"（封顶，原 {raw}）";
    public override string CategoryMissing(int missing) => $"（缺 {missing} 项）";
    public override string LeadersMean(string mean, string cap) => $"班子 {mean}/{cap}";
    public override string LeadersNone => "班子未评";
    public override string SummaryOfVillages(int villages) => $"（共 {villages} 个村）";
    public override string SummaryIncomplete(string completion) => $"，未完成 {completion}";
    public override string SummaryFinal(string score, int rank, string of, string state) => $"综合得分 {score} · 第 {rank} 名{of}{state}";
    public override string SummaryOnsite(string onsite, string max, string onsite1000, int scored, int items) =>
        $"现场考核 {onsite} / {max}，折合千分制 {onsite1000}（已评 {scored}/{items} 项）";
    public override string SummaryLeadership(string leader, string cap, string leader1000, int rated, int expected, ScoringPolicy policy) =>
        $"党政班子成员评分 {leader} / {cap}，折合千分制 {leader1000}（{rated}/{expected} 人已评，{ShortAggregation(policy)}）";
    public override string SummaryGroup(string group) => $"【{group}】";
    public override string SummaryLeadershipOf(int raters, ScoringPolicy policy) => $"党政班子成员评分：{raters} 人总分的{ShortAggregation(policy)}";

    static string ShortAggregation(ScoringPolicy policy) =>
        policy.LeaderAggregation == LeaderAggregation.Trimmed ? "去掉最高最低后的平均分" : "平均分";
}
