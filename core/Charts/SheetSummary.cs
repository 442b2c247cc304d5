using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Charts;

/// <summary>The text sent with (or instead of) the /sheet picture: every category's score, the totals, the seal.</summary>
public static class SheetSummary
{
    /// <param name="ranked">The village's place in the standings, for its final score and rank; null leaves them out.</param>
    /// <param name="villages">How many villages are ranked, for "第 1 名（共 8 个村）".</param>
    public static string Text(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings, RankedVillage? ranked = null, int? villages = null, string? language = null)
    {
        var en = ChartLanguage.IsEnglish(language);
        var model = SheetChartModel.From(sheet, ratings, language);
        var own = SheetFacts.RatingsOf(sheet, ratings);
        var policy = sheet.Period.Policy;
        var text = new StringBuilder().AppendLine(model.Title);
        if (ranked is { Result: var r })
        {
            var of = villages is { } n ? (en ? $" of {n}" : $"（共 {n} 个村）") : "";
            var state = r.Complete ? "" : en ? $", incomplete {RankingCaption.Percent(r.Completion)}" : $"，未完成 {RankingCaption.Percent(r.Completion)}";
            text.AppendLine(en
                ? $"Final {RankingChartModel.Score(r.Final)} · rank {ranked.Rank}{of}{state}"
                : $"综合得分 {RankingChartModel.Score(r.Final)} · 第 {ranked.Rank} 名{of}{state}");
            text.AppendLine(en
                ? $"On-site {P(r.Onsite)} / {P(sheet.Period.Rubric.MaxTotal)} → {RankingChartModel.Score(r.Onsite1000)} on the 1000 scale ({sheet.ItemsScored}/{sheet.ItemCount} items)"
                : $"现场考核 {P(r.Onsite)} / {P(sheet.Period.Rubric.MaxTotal)}，折合千分制 {RankingChartModel.Score(r.Onsite1000)}（已评 {sheet.ItemsScored}/{sheet.ItemCount} 项）");
            text.AppendLine(en
                ? $"Leadership {P(r.Leader)} / {P(sheet.Period.Rubric.LeaderCapTotal)} → {RankingChartModel.Score(r.Leader1000)} ({r.LeadersRated} of {r.LeadersExpected} leaders, {Aggregation(policy, true)})"
                : $"班子评分 {P(r.Leader)} / {P(sheet.Period.Rubric.LeaderCapTotal)}，折合千分制 {RankingChartModel.Score(r.Leader1000)}（{r.LeadersRated}/{r.LeadersExpected} 人已评，{Aggregation(policy, false)}）");
        }
        else
        {
            text.AppendLine(model.ScoreLine);
        }
        foreach (var group in model.Groups)
        {
            text.AppendLine(en ? $"[{group}]" : $"【{group}】");
            foreach (var row in model.Rows.Where(x => x.Group == group))
                text.AppendLine($"{row.Category} {row.ScoreLabel} · {row.LeaderLabel}");
        }
        if (own.Count > 0 && ranked is null)
            text.AppendLine(en ? $"Leadership: {Aggregation(policy, true)} of {own.Count} leaders' totals" : $"班子评分：{own.Count} 人总分的{Aggregation(policy, false)}");
        text.Append(model.SealLine);
        return text.ToString();
    }

    static string Aggregation(ScoringPolicy policy, bool en) => policy.LeaderAggregation == LeaderAggregation.Trimmed
        ? (en ? "trimmed mean" : "去掉最高最低后的平均分")
        : (en ? "mean" : "平均分");

    static string P(decimal value) => Points.Format(value);
}
