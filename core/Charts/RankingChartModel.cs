using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Charts;

/// <summary>One bar of the ranking chart: the final score split into its weighted on-site and leadership parts.</summary>
public sealed record RankingBar(int Rank, string Village, decimal OnsitePart, decimal LeaderPart, decimal Final, bool Complete, decimal Completion)
{
    /// <summary>The row's name at the left: "1  新庄村" (an unusually long name is cut so the bars keep their room).</summary>
    public string RowLabel => $"{Rank}  {(Village.Length > MaxName ? Village[..(MaxName - 1)] + "…" : Village)}";

    const int MaxName = 12;
}

/// <summary>Everything the ranking chart writes, decided before drawing (so tests can check every label's glyphs).</summary>
public sealed record RankingChartModel(
    string Title,
    string Subtitle,
    string OnsiteLegend,
    string LeaderLegend,
    string IncompleteLegend,
    string AxisLabel,
    string EmptyMessage,
    IReadOnlyList<RankingBar> Bars,
    IReadOnlyList<string> ValueLabels)
{
    public IEnumerable<string> Texts() =>
        new[] { Title, Subtitle, OnsiteLegend, LeaderLegend, IncompleteLegend, AxisLabel, EmptyMessage }
            .Concat(Bars.Select(b => b.RowLabel)).Concat(ValueLabels);

    /// <summary>Builds the model from a period's standings: parts weighted by the period's policy, not by constants.</summary>
    public static RankingChartModel From(Standings standings, string? language = null)
    {
        var en = ChartLanguage.IsEnglish(language);
        var policy = standings.Period.Policy;
        var bars = standings.Ranking.Select(r => new RankingBar(
            r.Rank, r.Result.Village,
            policy.OnsiteWeight * r.Result.Onsite1000,
            policy.LeaderWeight * r.Result.Leader1000,
            r.Result.Final, r.Result.Complete, r.Result.Completion)).ToList();
        var incomplete = bars.Count(b => !b.Complete);
        var time = DisplayTime.Format(standings.ComputedAt);
        return new RankingChartModel(
            Title: en ? $"{standings.Period.Name} appraisal ranking" : $"{standings.Period.Name}目标管理综合考核排名",
            Subtitle: en
                ? $"Data as of {time} · {bars.Count} villages" + (incomplete > 0 ? $", {incomplete} incomplete" : "")
                : $"数据时间 {time} · {bars.Count} 个村" + (incomplete > 0 ? $"，{incomplete} 个未完成" : ""),
            OnsiteLegend: en ? $"On-site × {Percent(policy.OnsiteWeight)}" : $"现场考核 × {Percent(policy.OnsiteWeight)}",
            LeaderLegend: en ? $"Leadership × {Percent(policy.LeaderWeight)}" : $"班子评分 × {Percent(policy.LeaderWeight)}",
            IncompleteLegend: en ? "Hatched: incomplete" : "浅色斜纹：未完成",
            AxisLabel: en ? "Final score (1000 scale)" : "综合得分（千分制）",
            EmptyMessage: en ? "No villages yet" : "还没有村",
            Bars: bars,
            ValueLabels: bars.Select(b => ValueLabel(b, en)).ToList());
    }

    /// <summary>"984.90", or "612.30  未完成 85%" for an incomplete village (completion rounded down, so never 100%).</summary>
    public static string ValueLabel(RankingBar bar, bool english)
    {
        var score = Score(bar.Final);
        if (bar.Complete) return score;
        var percent = RankingCaption.Percent(bar.Completion);
        return english ? $"{score}  incomplete {percent}" : $"{score}  未完成 {percent}";
    }

    /// <summary>Final scores are shown with two decimals, rounded half away from zero.</summary>
    public static string Score(decimal value) => Points.Round2(value).ToString("0.00", CultureInfo.InvariantCulture);

    static string Percent(decimal weight) => $"{weight * 100:0.##}%";
}
