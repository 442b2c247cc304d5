using ScottPlot;

namespace ChatAppraisal.Charts;

/// <summary>What the ranking and sheet charts draw alike: the title block, the legend, the PNG.</summary>
static class ChartFrame
{
    /// <summary>
    /// The lines as one title block (ScottPlot's fixed layout has room for one), shrunk from <paramref name="size"/>
    /// when the longest line would not fit the width.
    /// </summary>
    public static void Title(Plot plot, IReadOnlyList<string> lines, float size, int width)
    {
        plot.Title(string.Join('\n', lines));
        plot.Axes.Title.Label.FontSize = Math.Min(size, size * (width - 40) / lines.Max(l => ChartFont.Measure(l, size)));
        plot.Axes.Title.Label.ForeColor = ChartPalette.Text;
    }

    /// <summary>
    /// On-site and leaders' colours under the chart (the leaders' when <paramref name="leader"/> is given), and the
    /// hatched "not complete" one when <paramref name="incomplete"/> is given.
    /// </summary>
    public static void Legend(Plot plot, string onsite, string? leader, string? incomplete)
    {
        plot.Legend.ManualItems.Add(new LegendItem { LabelText = onsite, FillColor = ChartPalette.Onsite });
        if (leader is not null)
            plot.Legend.ManualItems.Add(new LegendItem { LabelText = leader, FillColor = ChartPalette.Leader });
        if (incomplete is not null)
            plot.Legend.ManualItems.Add(new LegendItem
            {
                LabelText = incomplete, FillColor = ChartPalette.OnsiteLight,
                FillHatch = new ScottPlot.Hatches.Striped(), FillHatchColor = ChartPalette.Hatch,
            });
        plot.Legend.FontName = ChartFont.Name;
        plot.Legend.FontSize = 22;
        plot.Legend.Orientation = Orientation.Horizontal;
        plot.ShowLegend(Edge.Bottom);
    }

    /// <summary>The picture, every text in the shipped CJK font.</summary>
    public static byte[] Png(Plot plot, int width, int height)
    {
        plot.Font.Set(ChartFont.Name);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }
}
