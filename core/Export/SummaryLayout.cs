using ChatAppraisal.Charts;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Export;

/// <summary>The summary sheet: the ranking under a two-row header (现场考核 and 班子成员评分 merged over their two columns), then the formula and the policy.</summary>
static class SummaryLayout
{
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
        if (rubric.Bonus is { } bonus) extras.Add(($"加分（最多 {(bonus.Cap is { } c ? Points.Format(c) : "不限")}）", r => r.Result.Bonus));
        if (rubric.Deductions is { } deductions) extras.Add(($"扣分（最多 {(deductions.Cap is { } c ? Points.Format(c) : "不限")}）", r => r.Result.Deductions));
        if (rubric.Veto.Count > 0) extras.Add(("一票否决", r => string.Join("；", r.Result.Vetoes.Select(v => $"{rubric.Veto[v.Veto].Event}：{v.Reason}"))));
        if (rubric.Grades is not null) extras.Add(("等次", r => r.Grade ?? ""));
        var columns = BaseColumns + extras.Count;
        var x = new XlsxSheet(name) { FrozenRows = 4 };
        for (var i = 0; i < extras.Count; i++) x.Widths[BaseColumns + 1 + i] = 14;
        foreach (var (col, width) in new[] { (1, 7d), (2, 16d), (3, 11d), (4, 11d), (5, 11d), (6, 11d), (7, 11d), (8, 9d), (9, 9d), (10, 12d) })
            x.Widths[col] = width;

        x.Merge(1, 1, 1, columns, $"{period.Name}党务政务工作目标管理综合考核汇总排名表", CellStyle.Title);
        x.Heights[1] = 30;
        var incomplete = ranking.Count(r => !r.Result.Complete);
        x.Merge(2, 1, 2, columns,
            $"数据时间：{ScoreSheetWorkbook.Time(snapshot.Standings.ComputedAt)}（北京时间） · 共 {ranking.Count} 个村" +
            (incomplete > 0 ? $"，{incomplete} 个未完成" : "，全部完成") + $" · 应评班子成员 {snapshot.LeadersExpected} 人",
            CellStyle.Subtitle);

        x.Merge(3, 1, 4, 1, "名次", CellStyle.Header);
        x.Merge(3, 2, 4, 2, "村", CellStyle.Header);
        x.Merge(3, 3, 3, 4, $"现场考核（满分 {Points.Format(rubric.MaxTotal)}）", CellStyle.Header);
        x.Set(4, 3, "得分", CellStyle.Header).Set(4, 4, "千分制", CellStyle.Header);
        x.Merge(3, 5, 3, 6, $"班子成员评分（满分 {Points.Format(rubric.LeaderCapTotal)}）", CellStyle.Header);
        x.Set(4, 5, "得分", CellStyle.Header).Set(4, 6, "千分制", CellStyle.Header);
        x.Merge(3, 7, 4, 7, "综合得分", CellStyle.Header);
        x.Merge(3, 8, 4, 8, "状态", CellStyle.Header);
        x.Merge(3, 9, 4, 9, "完成度", CellStyle.Header);
        x.Merge(3, 10, 4, 10, "签章", CellStyle.Header);
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
            x.Set(row, 8, r.Complete ? "完成" : "未完成", r.Complete ? CellStyle.Center : CellStyle.Warning);
            x.Set(row, 9, RankingCaption.Percent(r.Completion), CellStyle.Center);
            var seal = snapshot.Sheets.GetValueOrDefault(r.VillageId)?.Seal;
            x.Set(row, 10, seal switch { null => "未签章", { Valid: true } => "已签章", _ => "签章无效" },
                seal is { Valid: false } ? CellStyle.Warning : CellStyle.Center);
            for (var i = 0; i < extras.Count; i++)
            {
                if (extras[i].Value(ranked) is decimal d) x.Set(row, BaseColumns + 1 + i, d, CellStyle.Number);
                else x.Set(row, BaseColumns + 1 + i, (string)extras[i].Value(ranked), CellStyle.Center);
            }
            row++;
        }

        row++;
        var policyRows = new (string Label, string Value)[]
        {
            ("计算公式", Texts.Zh.PolicyLine(policy)),
            ("现场考核权重", VillageSheetLayout.Percent(policy.OnsiteWeight)),
            ("班子评分权重", VillageSheetLayout.Percent(policy.LeaderWeight)),
            ("班子评分汇总", VillageSheetLayout.Aggregation(policy) +
                (policy.LeaderAggregation == LeaderAggregation.Trimmed ? "（评分人少于 3 人时取平均分）" : "")),
            ("单项封顶", policy.CapCategoryAtMax ? "是：类别得分超出满分时按满分计" : "否：类别得分按各项合计"),
            ("现场考核满分", $"{rubric.Categories.Count} 个类别、{rubric.ItemCount} 项，满分 {Points.Format(rubric.MaxTotal)}，折合千分制"),
            ("班子评分上限", $"{rubric.Categories.Count} 个类别，合计 {Points.Format(rubric.LeaderCapTotal)}，折合千分制"),
            ("排名规则", "按综合得分从高到低；得分完全相同者名次并列；显示值四舍五入保留两位小数；缺项按 0 分计并标为未完成" +
                (extras.Count > 0 ? $"；加分、扣分按现场满分 {Points.Format(rubric.MaxTotal)} 计，各在上限内，折入综合得分；一票否决排名最后的村列在最后，不得评为优秀的村不评优秀" : "")),
            ("评分细则", rubric.Title),
        };
        foreach (var (label, value) in policyRows)
        {
            x.Merge(row, 1, row, 2, label, CellStyle.TotalLabel);
            x.Merge(row, 3, row, columns, value, CellStyle.Text);
            if (value.Length > 40) x.Heights[row] = 32;
            row++;
        }
        return x;
    }
}
