using ChatAppraisal.Charts;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Export;

/// <summary>The summary sheet: the ranking under a two-row header (现场考核 and 班子成员评分 merged over their two columns), then the formula and the policy.</summary>
static class SummaryLayout
{
    /// <summary>The official forms are Chinese in every language: their words are the catalog's Chinese.</summary>
    static Texts W => Texts.Zh;

    const int BaseColumns = 10;   // 名次, 村, 现场得分, 现场千分制, 班子得分, 班子千分制, 综合得分, 状态, 完成度, 签章

    public static XlsxSheet Build(ExportSnapshot snapshot, string name)
    {
        var period = snapshot.Period;
        var rubric = period.Rubric;
        var policy = period.Policy;
        var ranking = snapshot.Standings.Ranking;
        // The plan's bonus, deductions, vetoes and grades, each in a column after 签章 only where the plan has them, so a
        // plan without them keeps its layout.
        var extras = new List<(string Header, Func<Scoring.RankedVillage, object> Value)>();
        if (rubric.Bonus is { } bonus) extras.Add((W.XlsxBonusHeader(bonus.Cap is { } c ? Points.Format(c) : null), r => r.Result.Bonus));
        if (rubric.Deductions is { } deductions) extras.Add((W.XlsxDeductionHeader(deductions.Cap is { } c ? Points.Format(c) : null), r => r.Result.Deductions));
        if (rubric.Veto.Count > 0) extras.Add((W.XlsxVeto, r => W.XlsxVetoes(r.Result.Vetoes.Select(v => (rubric.Veto[v.Veto].Event, v.Reason)))));
        if (rubric.Grades is not null) extras.Add((W.XlsxGrade, r => r.Grade ?? ""));
        var columns = BaseColumns + extras.Count;
        var x = new XlsxSheet(name) { FrozenRows = 4 };
        for (var i = 0; i < extras.Count; i++) x.Widths[BaseColumns + 1 + i] = 14;
        foreach (var (col, width) in new[] { (1, 7d), (2, 16d), (3, 11d), (4, 11d), (5, 11d), (6, 11d), (7, 11d), (8, 9d), (9, 9d), (10, 12d) })
            x.Widths[col] = width;

        x.Merge(1, 1, 1, columns, W.XlsxSummaryTitle(period.Name), CellStyle.Title);
        x.Heights[1] = 30;
        var incomplete = ranking.Count(r => !r.Result.Complete);
        x.Merge(2, 1, 2, columns,
            W.XlsxSummarySubtitle(ScoreSheetWorkbook.Time(snapshot.Standings.ComputedAt), ranking.Count, incomplete, snapshot.LeadersExpected),
            CellStyle.Subtitle);

        x.Merge(3, 1, 4, 1, W.XlsxRank, CellStyle.Header);
        x.Merge(3, 2, 4, 2, W.XlsxVillage, CellStyle.Header);
        x.Merge(3, 3, 3, 4, W.XlsxOnsiteHeader(Points.Format(rubric.MaxTotal)), CellStyle.Header);
        x.Set(4, 3, W.XlsxScore, CellStyle.Header).Set(4, 4, W.XlsxPer1000, CellStyle.Header);
        x.Merge(3, 5, 3, 6, W.XlsxLeaderHeader(Points.Format(rubric.LeaderCapTotal)), CellStyle.Header);
        x.Set(4, 5, W.XlsxScore, CellStyle.Header).Set(4, 6, W.XlsxPer1000, CellStyle.Header);
        x.Merge(3, 7, 4, 7, W.XlsxFinal, CellStyle.Header);
        x.Merge(3, 8, 4, 8, W.XlsxState, CellStyle.Header);
        x.Merge(3, 9, 4, 9, W.XlsxCompletion, CellStyle.Header);
        x.Merge(3, 10, 4, 10, W.XlsxSeal, CellStyle.Header);
        for (var i = 0; i < extras.Count; i++) x.Merge(3, BaseColumns + 1 + i, 4, BaseColumns + 1 + i, extras[i].Header, CellStyle.Header);
        x.Heights[3] = 24;

        var row = 5;
        foreach (var ranked in ranking)
        {
            var r = ranked.Result;
            x.Set(row, 1, (decimal)ranked.Rank, CellStyle.Number);
            x.Set(row, 2, r.Village, CellStyle.Center);
            x.Set(row, 3, r.Onsite, CellStyle.Number);
            x.Set(row, 4, ScoreSheetWorkbook.Round2(r.Onsite1000), CellStyle.Number2);
            x.Set(row, 5, ScoreSheetWorkbook.Round2(r.Leader), CellStyle.Number);
            x.Set(row, 6, ScoreSheetWorkbook.Round2(r.Leader1000), CellStyle.Number2);
            x.Set(row, 7, ScoreSheetWorkbook.Round2(r.Final), CellStyle.TotalNumber2);
            x.Set(row, 8, W.XlsxComplete(r.Complete), r.Complete ? CellStyle.Center : CellStyle.Warning);
            x.Set(row, 9, RankingCaption.Percent(r.Completion), CellStyle.Center);
            var seal = snapshot.Sheets.GetValueOrDefault(r.VillageId)?.Seal;
            x.Set(row, 10, W.XlsxSealState(seal?.Valid),
                seal is { Valid: false } ? CellStyle.Warning : CellStyle.Center);
            for (var i = 0; i < extras.Count; i++)
            {
                if (extras[i].Value(ranked) is decimal d) x.Set(row, BaseColumns + 1 + i, d, CellStyle.Number);
                else x.Set(row, BaseColumns + 1 + i, (string)extras[i].Value(ranked), CellStyle.Center);
            }
            row++;
        }

        row++;
        // The rows that describe the leadership part (how ratings are combined, their cap) only where the plan has one.
        var leaderPart = policy.HasLeaderPart();
        var policyRows = new (string Label, string Value, bool Shown)[]
        {
            (W.XlsxFormula, W.PolicyLine(policy), true),
            (W.XlsxOnsiteWeight, VillageSheetLayout.Percent(policy.OnsiteWeight), true),
            (W.XlsxLeaderWeight, VillageSheetLayout.Percent(policy.LeaderWeight), true),
            (W.XlsxLeaderAggregationLabel, VillageSheetLayout.Aggregation(policy) +
                (policy.LeaderAggregation == LeaderAggregation.Trimmed ? W.XlsxTrimmedFewRaters : ""), leaderPart),
            (W.XlsxCapLabel, W.XlsxCap(policy.CapCategoryAtMax), true),
            (W.XlsxOnsiteMaxLabel, W.XlsxOnsiteMax(rubric.Categories.Count, rubric.ItemCount, Points.Format(rubric.MaxTotal)), true),
            (W.XlsxLeaderCapLabel, W.XlsxLeaderCap(rubric.Categories.Count, Points.Format(rubric.LeaderCapTotal)), leaderPart),
            (W.XlsxRankingRuleLabel, W.XlsxRankingRule(extras.Count > 0 ? Points.Format(rubric.MaxTotal) : null), true),
            (W.XlsxRubricLabel, rubric.Title, true),
        };
        foreach (var (label, value, _) in policyRows.Where(r => r.Shown))
        {
            x.Merge(row, 1, row, 2, label, CellStyle.TotalLabel);
            x.Merge(row, 3, row, columns, value, CellStyle.Text);
            if (value.Length > 40) x.Heights[row] = 32;
            row++;
        }
        return x;
    }
}
