using System.Text;
using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Charts;

/// <summary>The caption under the /ranking picture: the top three, how many are incomplete, and the formula and policy in one line.</summary>
public static class RankingCaption
{
    /// <summary>Telegram's limit for a photo caption.</summary>
    public const int MaxLength = 1024;

    /// <summary>At most this many lines of leaders (rank ≤ 3 with ties can be more than three).</summary>
    const int MaxLeaders = 6;

    public static string Build(Standings standings, string? language = null)
    {
        var t = ChatAppraisal.Texts.For(language);
        var time = DisplayTime.Format(standings.ComputedAt);
        var text = new StringBuilder().AppendLine(t.CaptionTitle(standings.Period.Name, time));
        if (standings.Ranking.Count == 0)
        {
            text.AppendLine(t.CaptionNoVillages);
        }
        else
        {
            foreach (var ranked in standings.Ranking.Where(r => r.Rank <= 3).Take(MaxLeaders))
            {
                var r = ranked.Result;
                var incomplete = r.Complete ? "" : t.CaptionIncomplete(Percent(r.Completion));
                if (t.RankingAdjustments(ranked) is { Length: > 0 } note) incomplete += " " + note;
                text.AppendLine(t.CaptionPlace(ranked.Rank, r.Village, RankingChartModel.Score(r.Final), incomplete));
            }
            text.AppendLine(t.CaptionCount(standings.Ranking.Count, standings.Ranking.Count(r => !r.Result.Complete)));
            if (standings.Ranking.Any(r => r.Result.TrimmedFallbackToMean)) text.AppendLine(t.CaptionTrimmedFallback);
            if (standings.Ranking.Where(r => r.Result.LeadersExcluded > 0).Select(r => (r.Result.Village, r.Result.LeadersExcluded)).ToList() is { Count: > 0 } excluded)
                text.AppendLine(t.LeadersExcludedNote(excluded));
            if (standings.ChangesAfterSeal() is { Count: > 0 } changed)
                text.AppendLine(t.ChangedAfterSealNote(changed));
        }
        text.Append(t.PolicyLine(standings.Period.Policy));
        var caption = text.ToString();
        return caption.Length <= MaxLength ? caption : caption[..(MaxLength - 1)] + "…";
    }

    /// <summary>Completion rounded down: an incomplete village never shows 100%.</summary>
    internal static string Percent(decimal completion) => $"{Math.Floor(completion * 100):0}%";
}
