using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Ratings;

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

    /// <summary>The category's blocks in the plan's levels, in document order (none for a two-level rubric).</summary>
    public IReadOnlyList<SheetChartBlock> Blocks { get; init; } = [];
}

/// <summary>One block of a category (a heading of the plan with its subtotal): drawn as a labelled sub-bar under it.</summary>
/// <param name="Depth">1 for the category's own blocks, 2 below them, …</param>
/// <param name="Max">What it counts for at most in its parent (its scale, or its points).</param>
public sealed record SheetChartBlock(string Name, int Depth, decimal Score, decimal Max, int ItemsScored, int ItemCount, string ScoreLabel)
{
    public bool Complete => ItemsScored == ItemCount;
    public double ScorePercent => Max == 0 ? 0 : (double)(Score / Max * 100);

    /// <summary>The name as drawn: "· 组织建设" (the text sheet's ▸ is not in the chart's font).</summary>
    public string Label => "· " + Name;
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
    /// <summary>The heading over <see cref="Sides"/>.</summary>
    public string SidesHeading { get; init; } = "";

    /// <summary>The bonus, deduction and veto lines where the plan has them (none otherwise: the picture is as for two levels).</summary>
    public IReadOnlyList<SheetAdjustmentLine> Sides { get; init; } = [];

    public IEnumerable<string> Texts() =>
        new[] { Title, ScoreLine, SealLine, OnsiteLegend, LeaderLegend, IncompleteLegend, AxisLabel }
            .Concat(Groups)
            .Concat(Rows.SelectMany(r => new[] { r.Category, r.ScoreLabel, r.LeaderLabel }))
            .Concat(Rows.SelectMany(r => r.Blocks.SelectMany(b => new[] { b.Label, b.ScoreLabel })))
            .Concat(Sides.Count == 0 ? [] : Sides.Select(s => s.Text).Prepend(SidesHeading));

    public static SheetChartModel From(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings, string? language = null)
    {
        var t = ChatAppraisal.Texts.For(language);
        var rubric = sheet.Period.Rubric;
        var own = SheetFacts.RatingsOf(sheet, ratings);
        var rows = sheet.Categories.Select(c =>
        {
            var cap = rubric.Categories[c.Index].LeaderCap;
            var mean = own.Count == 0 ? (decimal?)null : own.Average(r => r.Values[c.Index]);
            return new SheetChartRow(c.Group, c.Name, c.Score, c.Max, c.Raw, c.ItemsScored, c.Items.Count, mean, cap,
                ScoreLabel(c, t), LeaderLabel(mean, cap, t))
            {
                Blocks = SheetTree.Nodes(sheet, c).Where(n => n.IsBlock).Select(n => new SheetChartBlock(n.Name, n.Depth, n.Score, n.Counted,
                    n.ItemsScored, n.ItemCount, BlockLabel(n, t))).ToList(),
            };
        }).ToList();
        var leader = SheetFacts.LeaderScore(sheet, own);
        return new SheetChartModel(
            Title: t.SheetChartTitle(sheet.Village.Name, sheet.Period.Name),
            ScoreLine: t.SheetChartScoreLine(P(sheet.Onsite), P(rubric.MaxTotal), sheet.ItemsScored, sheet.ItemCount, own.Count, P(leader), P(rubric.LeaderCapTotal)),
            SealLine: SealText(sheet.Seal, t),
            OnsiteLegend: t.SheetChartOnsiteLegend,
            LeaderLegend: t.SheetChartLeaderLegend,
            IncompleteLegend: t.SheetChartIncompleteLegend,
            AxisLabel: t.SheetChartAxis,
            Groups: rows.Select(r => r.Group).Distinct().ToList(),
            Rows: rows)
        {
            SidesHeading = t.SheetChartSidesHeading,
            // The text sheet's own lines (one per side, one for the vetoes); a veto's warning is the colour.
            Sides = t.SheetAdjustmentLines(rubric, sheet.Adjustments),
        };
    }

    static string BlockLabel(SheetNode n, ChatAppraisal.Texts t)
    {
        if (n.ItemsScored == 0) return t.CategoryNotScored;
        var text = $"{P(n.Score)}/{P(n.Counted)}";
        if (n.ItemsScored < n.ItemCount) text += t.CategoryMissing(n.ItemCount - n.ItemsScored);
        return text;
    }

    static string ScoreLabel(SheetCategory c, ChatAppraisal.Texts t)
    {
        if (c.ItemsScored == 0) return t.CategoryNotScored;
        var text = $"{P(c.Score)}/{P(c.Max)}";
        if (c.Capped) text += t.CategoryCappedFrom(P(c.Raw));
        var missing = c.Items.Count - c.ItemsScored;
        if (missing > 0) text += t.CategoryMissing(missing);
        return text;
    }

    static string LeaderLabel(decimal? mean, decimal cap, ChatAppraisal.Texts t) =>
        mean is { } m ? t.LeadersMean(P(m), P(cap)) : t.LeadersNone;

    static string P(decimal value) => Points.Format(value);

    /// <summary>Who sealed the sheet, when, the fingerprint's start and whether it still holds; or that it is not signed.</summary>
    static string SealText(SheetSeal? seal, ChatAppraisal.Texts t)
    {
        if (seal is null) return t.SheetChartNotSigned;
        var fingerprint = seal.Fingerprint.Length > 12 ? seal.Fingerprint[..12] + "…" : seal.Fingerprint;
        return t.SheetChartSealLine(seal.SignedBy, DisplayTime.Format(seal.SignedAt), fingerprint, seal.Valid);
    }
}
