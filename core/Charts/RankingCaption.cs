using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;

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
        var en = ChartLanguage.IsEnglish(language);
        var time = DisplayTime.Format(standings.ComputedAt);
        var text = new StringBuilder()
            .AppendLine(en ? $"{standings.Period.Name} ranking (data as of {time})" : $"{standings.Period.Name}综合考核排名（数据时间 {time}）");
        if (standings.Ranking.Count == 0)
        {
            text.AppendLine(en ? "No villages yet." : "还没有村。");
        }
        else
        {
            foreach (var ranked in standings.Ranking.Where(r => r.Rank <= 3).Take(MaxLeaders))
            {
                var r = ranked.Result;
                var score = RankingChartModel.Score(r.Final);
                var incomplete = r.Complete ? "" : en ? $" (incomplete {Percent(r.Completion)})" : $"（未完成 {Percent(r.Completion)}）";
                text.AppendLine(en ? $"No. {ranked.Rank} {r.Village} {score}{incomplete}" : $"第 {ranked.Rank} 名 {r.Village} {score}{incomplete}");
            }
            var open = standings.Ranking.Count(r => !r.Result.Complete);
            text.AppendLine(en
                ? $"{standings.Ranking.Count} villages" + (open > 0 ? $", {open} incomplete (missing entries count 0)." : ", all complete.")
                : $"共 {standings.Ranking.Count} 个村" + (open > 0 ? $"，{open} 个未完成（缺项按 0 分计）。" : "，全部完成。"));
            if (standings.Ranking.Any(r => r.Result.TrimmedFallbackToMean))
                text.AppendLine(en ? "Fewer than 3 leaders rated some villages: their plain mean is used." : "部分村评分的班子成员少于 3 人，按平均分计。");
        }
        text.Append(en ? PolicyText.En(standings.Period.Policy) : PolicyText.Zh(standings.Period.Policy));
        var caption = text.ToString();
        return caption.Length <= MaxLength ? caption : caption[..(MaxLength - 1)] + "…";
    }

    /// <summary>Completion rounded down: an incomplete village never shows 100%.</summary>
    internal static string Percent(decimal completion) => $"{Math.Floor(completion * 100):0}%";
}
