using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ScottPlot;

namespace ChatAppraisal.Charts;

/// <summary>
/// The /sheet picture: for each of the village's categories, its name, a bar of the on-site score against the
/// category maximum (grey track = the maximum) and beneath it a thinner bar of the leaders' mean rating against
/// the category's cap; the numbers in a column at the right. Both bars read as a share of their maximum, so
/// the on-site and leadership views of a category can be compared at a glance. A plan of more than two levels adds, under
/// each category, a line per block (its name indented by level, a thin bar of its subtotal against its points in the
/// right part of the width, the figures in the column), and below the categories its bonus, deduction and veto lines;
/// a two-level rubric has neither, and its picture is as it always was.
/// </summary>
public static class SheetChart
{
    public const int Width = 1080;
    const int CategoryPx = 118, HeaderPx = 64, Top = 190, Bottom = 150, Side = 24;
    const double CategoryUnits = 1.0, HeaderUnits = HeaderPx / (double)CategoryPx;
    // A block's line and a side's line: one line of text each, big enough to read on a phone.
    const int BlockPx = 50, SidePx = 46;
    const double BlockUnits = BlockPx / (double)CategoryPx, SideUnits = SidePx / (double)CategoryPx;
    /// <summary>Where a block's bar starts (in percent of the category bar's width): its name sits left of it.</summary>
    const double BlockBarFrom = 40;

    public static byte[] Render(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings, string? language = null) =>
        Render(SheetChartModel.From(sheet, ratings, language));

    public static (int Width, int Height) Size(SheetChartModel model) =>
        (Width, Top + Bottom + model.Rows.Count * CategoryPx + model.Groups.Count * HeaderPx
            + model.Rows.Sum(r => r.Blocks.Count) * BlockPx + (model.Sides.Count == 0 ? 0 : HeaderPx + model.Sides.Count * SidePx));

    public static byte[] Render(SheetChartModel model)
    {
        ChartFont.EnsureRegistered();
        var (width, height) = Size(model);
        const float nameSize = 26, valueSize = 24, leaderSize = 21, headerSize = 24, blockSize = 22, sideSize = 22;

        var plot = new Plot();
        plot.Font.Set(ChartFont.Name);
        plot.Layout.Fixed(new PixelPadding(Side, Side, Bottom, Top));

        // The numbers sit in a column right of the 100% mark: the x range grows until the longest fits.
        var dataWidth = width - 2 * Side;
        var labelPx = model.Rows.Select(r => Math.Max(ChartFont.Measure(r.ScoreLabel, valueSize), ChartFont.Measure(r.LeaderLabel, leaderSize)))
            .Concat(model.Rows.SelectMany(r => r.Blocks).Select(b => ChartFont.Measure(b.ScoreLabel, blockSize)))
            .DefaultIfEmpty(0).Max() + 24;
        var xMax = 100 / (1 - labelPx / dataWidth);

        var bars = new List<Bar>();
        var y = 0.0;   // top of the next slot, going down
        foreach (var group in model.Groups)
        {
            var header = Text(plot, group, 0, y - HeaderUnits / 2, headerSize, ChartPalette.Muted, Alignment.MiddleLeft);
            header.LabelBold = true;
            var line = plot.Add.HorizontalLine(y - HeaderUnits + 0.04);
            line.Color = ChartPalette.Grid;
            line.LineWidth = 2;
            y -= HeaderUnits;
            foreach (var row in model.Rows.Where(r => r.Group == group))
            {
                var name = y - 0.20;
                var onsite = y - 0.52;
                var leader = y - 0.80;
                Text(plot, row.Category, 0, name, nameSize, ChartPalette.Text, Alignment.MiddleLeft);

                bars.Add(Bar(onsite, 100, 0.28, ChartPalette.Track, hatched: false));
                if (row.ItemsScored > 0) bars.Add(Bar(onsite, row.ScorePercent, 0.28, row.Complete ? ChartPalette.Onsite : ChartPalette.OnsiteLight, !row.Complete));
                Text(plot, row.ScoreLabel, 100, onsite, valueSize, row.Complete ? ChartPalette.Text : ChartPalette.Warning, Alignment.MiddleLeft).OffsetX = 12;

                bars.Add(Bar(leader, 100, 0.16, ChartPalette.Track, hatched: false));
                if (row.LeaderPercent is { } percent) bars.Add(Bar(leader, percent, 0.16, ChartPalette.Leader, hatched: false));
                Text(plot, row.LeaderLabel, 100, leader, leaderSize, ChartPalette.LeaderText, Alignment.MiddleLeft).OffsetX = 12;
                y -= CategoryUnits;

                // The plan's inner levels: "· 组织建设" indented by level, its subtotal as a thin bar from BlockBarFrom to 100.
                foreach (var block in row.Blocks)
                {
                    var middle = y - BlockUnits / 2;
                    var indent = 16 * block.Depth;
                    var namePx = (float)((BlockBarFrom / xMax) * dataWidth) - indent - 12;
                    Text(plot, Fit(block.Label, blockSize, namePx), 0, middle, blockSize, ChartPalette.Text, Alignment.MiddleLeft).OffsetX = indent;
                    bars.Add(BlockBar(middle, 100, ChartPalette.Track, hatched: false));
                    if (block.ItemsScored > 0) bars.Add(BlockBar(middle, block.ScorePercent, block.Complete ? ChartPalette.Onsite : ChartPalette.OnsiteLight, !block.Complete));
                    Text(plot, block.ScoreLabel, 100, middle, blockSize, block.Complete ? ChartPalette.Text : ChartPalette.Warning, Alignment.MiddleLeft).OffsetX = 12;
                    y -= BlockUnits;
                }
            }
        }
        if (model.Sides.Count > 0)
        {
            var header = Text(plot, model.SidesHeading, 0, y - HeaderUnits / 2, headerSize, ChartPalette.Muted, Alignment.MiddleLeft);
            header.LabelBold = true;
            var line = plot.Add.HorizontalLine(y - HeaderUnits + 0.04);
            line.Color = ChartPalette.Grid;
            line.LineWidth = 2;
            y -= HeaderUnits;
            foreach (var side in model.Sides)
            {
                var text = Text(plot, Fit(side.Text, sideSize, dataWidth), 0, y - SideUnits / 2, sideSize, side.Veto ? ChartPalette.Warning : ChartPalette.Text, Alignment.MiddleLeft);
                text.LabelBold = side.Veto;
                y -= SideUnits;
            }
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        plot.MoveToBack(barPlot);

        plot.Axes.Left.TickGenerator = new ScottPlot.TickGenerators.NumericManual();
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        foreach (var x in new[] { 0, 25, 50, 75, 100 }) xTicks.AddMajor(x, $"{x}%");
        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 22;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = ChartPalette.Muted;
        plot.Axes.Bottom.Label.Text = model.AxisLabel;
        plot.Axes.Bottom.Label.FontSize = 22;
        plot.Axes.Bottom.Label.ForeColor = ChartPalette.Muted;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartPalette.Grid;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;
        plot.Axes.SetLimits(0, xMax, y - 0.05, 0.02);

        var lines = new[] { model.Title, model.ScoreLine, model.SealLine };
        ChartFrame.Title(plot, lines, 32f, width);
        ChartFrame.Legend(plot, model.OnsiteLegend, model.LeaderLegend,
            model.Rows.Any(r => !r.Complete && r.ItemsScored > 0) ? model.IncompleteLegend : null);
        return ChartFrame.Png(plot, width, height);
    }

    static ScottPlot.Plottables.Text Text(Plot plot, string text, double x, double y, float size, Color color, Alignment alignment)
    {
        var label = plot.Add.Text(text, x, y);
        label.LabelFontName = ChartFont.Name;
        label.LabelFontSize = size;
        label.LabelFontColor = color;
        label.LabelAlignment = alignment;
        return label;
    }

    /// <summary>A block's bar: its share of the block's points, drawn over the right part of the width (from <see cref="BlockBarFrom"/>).</summary>
    static Bar BlockBar(double y, double percent, Color fill, bool hatched)
    {
        var bar = Bar(y, BlockBarFrom + Math.Clamp(percent, 0, 100) * (100 - BlockBarFrom) / 100, 0.14, fill, hatched);
        bar.ValueBase = BlockBarFrom;
        return bar;
    }

    /// <summary>The text cut with "…" to fit <paramref name="px"/> pixels (a long block name or veto reason on a phone's width).</summary>
    static string Fit(string text, float size, double px)
    {
        if (ChartFont.Measure(text, size) <= px) return text;
        var cut = text.Length;
        while (cut > 1 && ChartFont.Measure(text[..cut] + "…", size) > px) cut--;
        return text[..cut] + "…";
    }

    static Bar Bar(double y, double value, double size, Color fill, bool hatched)
    {
        var bar = new Bar { Position = y, ValueBase = 0, Value = value, Size = size, FillColor = fill, LineWidth = 0, Orientation = Orientation.Horizontal };
        if (hatched)
        {
            bar.FillHatch = new ScottPlot.Hatches.Striped();
            bar.FillHatchColor = ChartPalette.Hatch;
        }
        return bar;
    }
}
