namespace ChatAppraisal.Scoring;

/// <summary>The formula and policy in one line, shown under every ranking.</summary>
public static class PolicyText
{
    public static string Zh(ScoringPolicy p) =>
        $"最终得分 = 现场考核千分制 × {P(p.OnsiteWeight)} + 班子成员评分千分制 × {P(p.LeaderWeight)}；" +
        $"班子评分取{(p.LeaderAggregation == LeaderAggregation.Trimmed ? "去掉一个最高分和一个最低分后的平均分" : "平均分")}；" +
        $"{(p.CapCategoryAtMax ? "单项超出满分按满分计" : "单项不封顶")}";

    public static string En(ScoringPolicy p) =>
        $"final = on-site (1000 scale) × {P(p.OnsiteWeight)} + leadership (1000 scale) × {P(p.LeaderWeight)}; " +
        $"leadership = {(p.LeaderAggregation == LeaderAggregation.Trimmed ? "trimmed mean (drop highest and lowest)" : "mean")} of leaders' totals; " +
        $"categories {(p.CapCategoryAtMax ? "capped at their maximum" : "not capped")}";

    static string P(decimal weight) => $"{weight * 100:0.##}%";
}
