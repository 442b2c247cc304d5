using ChatAppraisal.Appraisal;
using ScottPlot;

namespace ChatAppraisal.Charts;

/// <summary>
/// The /ranking picture: one horizontal stacked bar per village in rank order (on-site part, then leadership part),
/// its score at the bar's end, incomplete villages lighter and hatched with their completion. Sized for a phone:
/// 1080 px wide, rows tall enough for large text, the height growing with the number of villages.
/// </summary>
public static class RankingChart
{
    public const int Width = 1080;

    /// <summary>Telegram refuses photos whose width + height exceed 10000 px; rows shrink to stay under it.</summary>
    const int MaxHeight = 8800;

    const int Top = 150, Bottom = 150, Right = 28;

    public static byte[] Render(Standings standings, string? language = null) => Render(RankingChartModel.From(standings, language));

    /// <summary>Row height for <paramref name="count"/> villages: generous for a township's 8, compact for 60, never below 18 px.</summary>
    public static int RowHeight(int count) => count switch
    {
        <= 12 => 76,
        <= 30 => 56,
        <= 60 => 44,
        _ => Math.Max(18, Math.Min(44, (MaxHeight - Top - Bottom) / count)),
    };

    public static (int Width, int Height) Size(int count) => (Width, Top + Bottom + Math.Max(count, 1) * RowHeight(count));

    public static byte[] Render(RankingChartModel model)
    {
        var (width, height) = Size(model.Bars.Count);
        return ChartFrame.Png(Draw(model), width, height);
    }

    /// <summary>The chart before it becomes a picture (tests read its bars and legend).</summary>
    internal static Plot Draw(RankingChartModel model)
    {
        ChartFont.EnsureRegistered();
        var n = model.Bars.Count;
        var (width, _) = Size(n);
        var row = RowHeight(n);
        var labelSize = Math.Clamp(row * 0.5f, 12f, 30f);
        var valueSize = Math.Clamp(row * 0.46f, 11f, 26f);

        var plot = new Plot();
        plot.Font.Set(ChartFont.Name);
        var left = (int)Math.Ceiling(model.Bars.Select(b => ChartFont.Measure(b.RowLabel, labelSize)).DefaultIfEmpty(80).Max()) + 30;
        plot.Layout.Fixed(new PixelPadding(left, Right, Bottom, Top));

        // Room after the longest bar for its label: the x range grows so every label fits inside the picture.
        var dataWidth = width - left - Right;
        var gap = 10f;
        double xMax = 1000;
        for (var i = 0; i < n; i++)
        {
            var need = (gap + ChartFont.Measure(model.ValueLabels[i], valueSize) + 6) / dataWidth;
            xMax = Math.Max(xMax, (double)model.Bars[i].Final / (1 - need));
        }

        var bars = new List<Bar>();
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < n; i++)
        {
            var b = model.Bars[i];
            double y = n - 1 - i;
            // The bar ends at the final score: its last segment carries the bonus and the deductions.
            var onsiteEnd = model.HasLeaderPart ? (double)b.OnsitePart : (double)b.Final;
            bars.Add(Segment(y, 0, onsiteEnd, b.Complete ? ChartPalette.Onsite : ChartPalette.OnsiteLight, b.Complete));
            if (model.HasLeaderPart)
                bars.Add(Segment(y, onsiteEnd, (double)b.Final, b.Complete ? ChartPalette.Leader : ChartPalette.LeaderLight, b.Complete));
            ticks.AddMajor(y, b.RowLabel);

            var text = plot.Add.Text(model.ValueLabels[i], (double)b.Final, y);
            text.LabelFontName = ChartFont.Name;
            text.LabelFontSize = valueSize;
            text.LabelFontColor = b.Complete ? ChartPalette.Text : ChartPalette.Warning;
            text.LabelAlignment = Alignment.MiddleLeft;
            text.OffsetX = gap;
            // A white box keeps the 1000 grid line from running through the number.
            text.LabelBackgroundColor = Colors.White;
            text.LabelPadding = 2;
        }
        var barPlot = plot.Add.Bars(bars);
        barPlot.Horizontal = true;
        // Bars first, labels on top.
        plot.MoveToBack(barPlot);

        plot.Axes.Left.TickGenerator = ticks;
        plot.Axes.Left.TickLabelStyle.FontSize = labelSize;
        plot.Axes.Left.TickLabelStyle.ForeColor = ChartPalette.Text;
        plot.Axes.Left.MajorTickStyle.Length = 0;
        plot.Axes.Left.FrameLineStyle.Width = 0;

        var xTicks = new ScottPlot.TickGenerators.NumericManual();
        for (var x = 0; x <= 1000; x += 200) xTicks.AddMajor(x, x.ToString(System.Globalization.CultureInfo.InvariantCulture));
        plot.Axes.Bottom.TickGenerator = xTicks;
        plot.Axes.Bottom.TickLabelStyle.FontSize = 22;
        plot.Axes.Bottom.TickLabelStyle.ForeColor = ChartPalette.Muted;
        plot.Axes.Bottom.Label.Text = model.AxisLabel;
        plot.Axes.Bottom.Label.FontSize = 22;
        plot.Axes.Bottom.Label.ForeColor = ChartPalette.Muted;
        plot.Axes.Right.FrameLineStyle.Width = 0;
        plot.Axes.Top.FrameLineStyle.Width = 0;
        plot.Grid.XAxisStyle.MajorLineStyle.Color = ChartPalette.Grid;
        plot.Grid.YAxisStyle.MajorLineStyle.Width = 0;

        plot.Axes.SetLimits(0, xMax, -0.6, Math.Max(n, 1) - 0.4);

        if (n == 0)
        {
            var empty = plot.Add.Text(model.EmptyMessage, 500, 0);
            empty.LabelFontSize = 30;
            empty.LabelFontColor = ChartPalette.Muted;
            empty.LabelAlignment = Alignment.MiddleCenter;
        }

        ChartFrame.Title(plot, [model.Title, model.Subtitle], 34f, width);
        ChartFrame.Legend(plot, model.OnsiteLegend, model.LeaderLegend, model.IncompleteLegend);
        return plot;
    }

    static Bar Segment(double y, double from, double to, Color fill, bool complete)
    {
        var bar = new Bar
        {
            Position = y, ValueBase = from, Value = to, Size = 0.72, FillColor = fill,
            LineWidth = 0, Orientation = Orientation.Horizontal,
        };
        if (!complete)
        {
            bar.FillHatch = new ScottPlot.Hatches.Striped();
            bar.FillHatchColor = ChartPalette.Hatch;
        }
        return bar;
    }
}
