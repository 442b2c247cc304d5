using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;

namespace ChatAppraisal.Charts;

/// <summary>Draws the chat's charts as PNG bytes. Channel-free: the chat sends them as photos, the admin API serves them.</summary>
public interface IChartRenderer
{
    /// <summary>The /ranking picture (see <see cref="RankingChart"/>).</summary>
    byte[] Ranking(Standings standings, string? language = null);

    /// <summary>The /sheet picture of one village (see <see cref="SheetChart"/>); ratings of other villages are ignored.</summary>
    byte[] Sheet(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings, string? language = null);
}

/// <summary>The charts drawn with ScottPlot and the shipped CJK font.</summary>
public sealed class ScottPlotChartRenderer : IChartRenderer
{
    public byte[] Ranking(Standings standings, string? language = null) => RankingChart.Render(standings, language);

    public byte[] Sheet(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings, string? language = null) => SheetChart.Render(sheet, ratings, language);
}
