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

    /// <summary>The plan's bonus, deductions, veto and grade for the village ("加2 扣5 良好"); empty when it has none.</summary>
    public string Note { get; init; } = "";
}

/// <summary>
/// Everything the ranking chart writes, decided before drawing (so tests can check every label's glyphs).
/// <see cref="LeaderLegend"/> is null when the plan gives leadership ratings no weight: the chart then shows no
/// leadership part at all, as the 计分办法 box and the workbook leave it out.
/// </summary>
public sealed record RankingChartModel(
    string Title,
    string Subtitle,
    string OnsiteLegend,
    string? LeaderLegend,
    string IncompleteLegend,
    string AxisLabel,
    string EmptyMessage,
    IReadOnlyList<RankingBar> Bars,
    IReadOnlyList<string> ValueLabels)
{
    /// <summary>Whether the bars are split into an on-site and a leadership part (the plan weighs leadership ratings).</summary>
    public bool HasLeaderPart => LeaderLegend is not null;

    public IEnumerable<string> Texts() =>
        new[] { Title, Subtitle, OnsiteLegend, LeaderLegend, IncompleteLegend, AxisLabel, EmptyMessage }.OfType<string>()
            .Concat(Bars.Select(b => b.RowLabel)).Concat(ValueLabels);

    /// <summary>Builds the model from a period's standings: parts weighted by the period's policy, not by constants.</summary>
    public static RankingChartModel From(Standings standings, string? language = null)
    {
        var t = ChatAppraisal.Texts.For(language);
        var policy = standings.Period.Policy;
        var bars = standings.Ranking.Select(r => new RankingBar(
            r.Rank, r.Result.Village,
            policy.OnsiteWeight * r.Result.Onsite1000,
            policy.LeaderWeight * r.Result.Leader1000,
            r.Result.Final, r.Result.Complete, r.Result.Completion) { Note = t.RankingAdjustments(r) }).ToList();
        var time = DisplayTime.Format(standings.ComputedAt);
        return new RankingChartModel(
            Title: t.RankingChartTitle(standings.Period.Name),
            Subtitle: t.RankingChartSubtitle(time, bars.Count, bars.Count(b => !b.Complete)),
            OnsiteLegend: t.RankingChartOnsiteLegend(Percent(policy.OnsiteWeight)),
            LeaderLegend: policy.HasLeaderPart() ? t.RankingChartLeaderLegend(Percent(policy.LeaderWeight)) : null,
            IncompleteLegend: t.RankingChartIncompleteLegend,
            AxisLabel: t.RankingChartAxis,
            EmptyMessage: t.RankingChartEmpty,
            Bars: bars,
            ValueLabels: bars.Select(b => ValueLabel(b, t)).ToList());
    }

    /// <summary>The final score, and for an incomplete village its completion (rounded down, so never 100%).</summary>
    public static string ValueLabel(RankingBar bar, ChatAppraisal.Texts texts)
    {
        var score = Score(bar.Final);
        var label = bar.Complete ? score : texts.IncompleteValue(score, RankingCaption.Percent(bar.Completion));
        return bar.Note.Length == 0 ? label : $"{label} {bar.Note}";
    }

    /// <summary>Final scores are shown with two decimals, rounded half away from zero.</summary>
    public static string Score(decimal value) => Points.Round2(value).ToString("0.00", CultureInfo.InvariantCulture);

    static string Percent(decimal weight) => $"{weight * 100:0.##}%";
}
