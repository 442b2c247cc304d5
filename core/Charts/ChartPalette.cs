using ScottPlot;

namespace ChatAppraisal.Charts;

/// <summary>Colours shared by the charts: blue for the on-site part, amber for the leadership part.</summary>
static class ChartPalette
{
    public static readonly Color Onsite = Color.FromHex("#2B6CB0");
    public static readonly Color Leader = Color.FromHex("#DD8B1E");
    public static readonly Color OnsiteLight = Color.FromHex("#A9C5E6");
    public static readonly Color LeaderLight = Color.FromHex("#F3CF98");
    public static readonly Color Hatch = Color.FromHex("#FFFFFF").WithAlpha(0.85);
    public static readonly Color Track = Color.FromHex("#E6E9EE");
    public static readonly Color Text = Color.FromHex("#1F2933");
    public static readonly Color Muted = Color.FromHex("#5F6B7A");
    public static readonly Color Warning = Color.FromHex("#C0392B");
    public static readonly Color Grid = Color.FromHex("#D5DAE1");
    public static readonly Color LeaderText = Color.FromHex("#9A5B0B");
}
