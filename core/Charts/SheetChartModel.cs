using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Charts;

/// <summary>One category of a village's sheet: its on-site score against the maximum, and the leaders' mean rating against the cap.</summary>
public sealed record SheetChartRow(
    string Group,
    string Category,
    decimal Score,
    decimal Max,
    decimal Raw,
    int ItemsScored,
    int ItemCount,
    decimal? LeaderMean,
    decimal LeaderCap,
    string ScoreLabel,
    string LeaderLabel)
{
    public bool Complete => ItemsScored == ItemCount;
    public double ScorePercent => Max == 0 ? 0 : (double)(Score / Max * 100);
    public double? LeaderPercent => LeaderMean is { } m && LeaderCap > 0 ? (double)(m / LeaderCap * 100) : null;
}

/// <summary>Everything the /sheet chart writes, decided before drawing.</summary>
public sealed record SheetChartModel(
    string Title,
    string ScoreLine,
    string SealLine,
    string OnsiteLegend,
    string LeaderLegend,
    string IncompleteLegend,
    string AxisLabel,
    IReadOnlyList<string> Groups,
    IReadOnlyList<SheetChartRow> Rows)
{
    public IEnumerable<string> Texts() =>
        new[] { Title, ScoreLine, SealLine, OnsiteLegend, LeaderLegend, IncompleteLegend, AxisLabel }
            .Concat(Groups)
            .Concat(Rows.SelectMany(r => new[] { r.Category, r.ScoreLabel, r.LeaderLabel }));

    public static SheetChartModel From(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings, string? language = null)
    {
        var en = ChartLanguage.IsEnglish(language);
        var rubric = sheet.Period.Rubric;
        var own = SheetFacts.RatingsOf(sheet, ratings);
        var rows = sheet.Categories.Select(c =>
        {
            var cap = rubric.Categories[c.Index].LeaderCap;
            var mean = own.Count == 0 ? (decimal?)null : own.Average(r => r.Values[c.Index]);
            return new SheetChartRow(c.Group, c.Name, c.Score, c.Max, c.Raw, c.ItemsScored, c.Items.Count, mean, cap,
                ScoreLabel(c, en), LeaderLabel(mean, cap, en));
        }).ToList();
        var leader = SheetFacts.LeaderScore(sheet, own);
        return new SheetChartModel(
            Title: en ? $"{sheet.Village.Name} · {sheet.Period.Name} score sheet" : $"{sheet.Village.Name} · {sheet.Period.Name}考核评分",
            ScoreLine: en
                ? $"On-site {P(sheet.Onsite)} / {P(rubric.MaxTotal)} ({sheet.ItemsScored}/{sheet.ItemCount} items) · leadership {(own.Count == 0 ? "not rated" : $"{P(leader)} / {P(rubric.LeaderCapTotal)} ({own.Count} {(own.Count == 1 ? "rater" : "raters")})")}"
                : $"现场考核 {P(sheet.Onsite)} / {P(rubric.MaxTotal)}（已评 {sheet.ItemsScored}/{sheet.ItemCount} 项）· 班子评分 {(own.Count == 0 ? "未评" : $"{P(leader)} / {P(rubric.LeaderCapTotal)}（{own.Count} 人）")}",
            SealLine: SealText(sheet.Seal, en),
            OnsiteLegend: en ? "On-site score, % of the category maximum" : "现场考核得分（占满分）",
            LeaderLegend: en ? "Leaders' mean rating, % of the cap" : "班子成员平均评分（占上限）",
            IncompleteLegend: en ? "Hatched: items missing" : "斜纹：有缺项",
            AxisLabel: en ? "% of maximum" : "占满分或上限的百分比",
            Groups: rows.Select(r => r.Group).Distinct().ToList(),
            Rows: rows);
    }

    static string ScoreLabel(SheetCategory c, bool en)
    {
        if (c.ItemsScored == 0) return en ? "not scored" : "未评分";
        var text = $"{P(c.Score)}/{P(c.Max)}";
        if (c.Capped) text += en ? $" (capped from {P(c.Raw)})" : $"（封顶，原 {P(c.Raw)}）";
        var missing = c.Items.Count - c.ItemsScored;
        if (missing > 0) text += en ? $" ({missing} missing)" : $"（缺 {missing} 项）";
        return text;
    }

    static string LeaderLabel(decimal? mean, decimal cap, bool en) =>
        mean is { } m
            ? (en ? $"leaders {P(m)}/{P(cap)}" : $"班子 {P(m)}/{P(cap)}")
            : (en ? "leaders: none yet" : "班子未评");

    static string P(decimal value) => Points.Format(value);

    /// <summary>"已签章：张晓岩 2018-01-15 17:00 · 指纹 1a2b3c4d… · 有效", or that the sheet is not signed.</summary>
    static string SealText(SheetSeal? seal, bool english)
    {
        if (seal is null) return english ? "Not signed by the group leader yet" : "考核组长尚未签章";
        var fingerprint = seal.Fingerprint.Length > 12 ? seal.Fingerprint[..12] + "…" : seal.Fingerprint;
        return english
            ? $"Signed by {seal.SignedBy} at {DisplayTime.Format(seal.SignedAt)} · fingerprint {fingerprint} · {(seal.Valid ? "valid" : "INVALID: changed after signing")}"
            : $"已签章：{seal.SignedBy} {DisplayTime.Format(seal.SignedAt)} · 指纹 {fingerprint} · {(seal.Valid ? "有效" : "无效：签章后内容被改动")}";
    }
}
