using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Ratings;

namespace ChatAppraisal.Charts;

/// <summary>The text sent with (or instead of) the /sheet picture: every category's score, the totals, the seal.</summary>
public static class SheetSummary
{
    /// <param name="ranked">The village's place in the standings, for its final score and rank; null leaves them out.</param>
    /// <param name="villages">How many villages are ranked, said after the rank; null leaves it out.</param>
    public static string Text(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings, RankedVillage? ranked = null, int? villages = null, string? language = null)
    {
        var t = ChatAppraisal.Texts.For(language);
        var model = SheetChartModel.From(sheet, ratings, language);
        var own = SheetFacts.RatingsOf(sheet, ratings);
        var policy = sheet.Period.Policy;
        var rubric = sheet.Period.Rubric;
        var text = new StringBuilder().AppendLine(model.Title);
        if (ranked is { Result: var r })
        {
            var of = villages is { } n ? t.SummaryOfVillages(n) : "";
            var state = r.Complete ? "" : t.SummaryIncomplete(RankingCaption.Percent(r.Completion));
            text.AppendLine(t.SummaryFinal(RankingChartModel.Score(r.Final), ranked.Rank, of, state));
            text.AppendLine(t.SummaryOnsite(P(r.Onsite), P(rubric.MaxTotal), RankingChartModel.Score(r.Onsite1000), sheet.ItemsScored, sheet.ItemCount));
            text.AppendLine(t.SummaryLeadership(P(r.Leader), P(rubric.LeaderCapTotal), RankingChartModel.Score(r.Leader1000), r.LeadersRated, r.LeadersExpected, policy));
            if (ranked.Grade is { } grade) text.AppendLine(t.GradeLine(grade));
        }
        else
        {
            text.AppendLine(model.ScoreLine);
        }
        foreach (var group in model.Groups)
        {
            text.AppendLine(t.SummaryGroup(group));
            foreach (var (row, index) in model.Rows.Select((x, i) => (x, i)).Where(x => x.x.Group == group))
            {
                text.AppendLine($"{row.Category} {row.ScoreLabel} · {row.LeaderLabel}");
                // The plan's inner levels under their category, each block with its subtotal (none for two levels).
                foreach (var b in SheetTree.Nodes(sheet, sheet.Categories[index]).Where(n => n.IsBlock))
                    text.AppendLine($"{new string(' ', 2 * b.Depth)}▸ {b.Name} {P(b.Score)}/{P(b.Counted)}");
            }
        }
        if (own.Count > 0 && ranked is null) text.AppendLine(t.SummaryLeadershipOf(own.Count, policy));
        text.Append(t.SheetAdjustments(rubric, sheet.Adjustments));
        text.Append(model.SealLine);
        return text.ToString();
    }

    static string P(decimal value) => Points.Format(value);
}
