using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Export;

/// <summary>
/// One village's score sheet as the paper form lays it out: 类别 and 考核项目 merged down their items, each item with
/// its maximum, score, who entered it and when and why points were taken off (扣分原因), a 小计 row per category, the
/// totals, and the seal at the foot.
/// </summary>
static class VillageSheetLayout
{
    const int Columns = 9;   // A 类别, B 考核项目, C 序号, D 考核内容, E 分值, F 得分, G 录入人, H 录入时间, I 扣分原因

    public static XlsxSheet Build(ExportSnapshot snapshot, Sheet sheet, RankedVillage ranked, string name)
    {
        var period = snapshot.Period;
        var result = ranked.Result;
        var x = new XlsxSheet(name) { FrozenRows = 3 };
        foreach (var (col, width) in new[] { (1, 9d), (2, 15d), (3, 6d), (4, 46d), (5, 8d), (6, 9d), (7, 11d), (8, 17d), (9, 30d) })
            x.Widths[col] = width;

        x.Merge(1, 1, 1, Columns, ScoreSheetWorkbook.Title(period), CellStyle.Title);
        x.Heights[1] = 30;
        x.Merge(2, 1, 2, 4, $"考核对象：{sheet.Village.Name}", CellStyle.Subtitle);
        x.Merge(2, 5, 2, Columns, $"数据时间：{ScoreSheetWorkbook.Time(snapshot.Standings.ComputedAt)}（北京时间）", CellStyle.Subtitle);
        string[] headers = ["类别", "考核项目", "序号", "考核内容", "分值", "得分", "录入人", "录入时间", "扣分原因"];
        for (var c = 0; c < headers.Length; c++) x.Set(3, c + 1, headers[c], CellStyle.Header);

        var row = 4;
        foreach (var group in sheet.Categories.GroupBy(c => c.Group))
        {
            var groupStart = row;
            foreach (var category in group)
            {
                var categoryStart = row;
                foreach (var item in category.Items)
                {
                    x.Set(row, 3, (decimal)(item.Item + 1), CellStyle.Number);
                    x.Set(row, 4, item.Name, CellStyle.Text);
                    x.Set(row, 5, item.Max, CellStyle.Number);
                    x.Set(row, 6, item.Score, CellStyle.Number);
                    x.Set(row, 7, item.MemberName ?? "", CellStyle.Center);
                    x.Set(row, 8, item.At is { } at ? ScoreSheetWorkbook.Time(at) : "", CellStyle.Center);
                    x.Set(row, 9, item.Reason ?? "", CellStyle.Text);
                    var lines = Math.Max(Math.Ceiling(item.Name.Length / 22.0), Math.Ceiling((item.Reason?.Length ?? 0) / 15.0));
                    if (lines > 1) x.Heights[row] = 18 * lines;
                    row++;
                }
                x.Merge(row, 3, row, 4, "小计", CellStyle.TotalLabel);
                x.Set(row, 5, category.Max, CellStyle.TotalNumber);
                x.Set(row, 6, category.Score, CellStyle.TotalNumber);
                var note = SubtotalNote(category);
                x.Merge(row, 7, row, Columns, note, note.Length > 0 ? CellStyle.Warning : CellStyle.Text);
                x.Merge(categoryStart, 2, row, 2, $"{category.Name}\n（{Points.Format(category.Max)}分）", CellStyle.Center);
                row++;
            }
            x.Merge(groupStart, 1, row - 1, 1, group.Key, CellStyle.Center);
        }

        var rubric = period.Rubric;
        var policy = period.Policy;
        Total(x, row++, "现场考核合计", rubric.MaxTotal, result.Onsite, CellStyle.TotalNumber, $"已评 {result.ItemsScored}/{result.ItemsTotal} 项");
        Total(x, row++, $"现场考核折合千分制（合计 ÷ {Points.Format(rubric.MaxTotal)} × 1000）", 1000, ScoreSheetWorkbook.Round2(result.Onsite1000), CellStyle.TotalNumber2, "");
        Total(x, row++, $"班子成员评分（{Aggregation(policy)}）", rubric.LeaderCapTotal, ScoreSheetWorkbook.Round2(result.Leader), CellStyle.TotalNumber,
            $"{result.LeadersRated}/{result.LeadersExpected} 人已评");
        Total(x, row++, $"班子评分折合千分制（÷ {Points.Format(rubric.LeaderCapTotal)} × 1000）", 1000, ScoreSheetWorkbook.Round2(result.Leader1000), CellStyle.TotalNumber2, "");
        var place = $"第 {ranked.Rank} 名（共 {snapshot.Standings.Ranking.Count} 个村）"
                    + (result.Complete ? "" : $"；未完成 {Charts.RankingCaption.Percent(result.Completion)}");
        Total(x, row++, $"综合得分（现场千分制 × {Percent(policy.OnsiteWeight)} + 班子千分制 × {Percent(policy.LeaderWeight)}）",
            1000, ScoreSheetWorkbook.Round2(result.Final), CellStyle.TotalNumber2, place);

        row++;
        var seal = sheet.Seal;
        x.Merge(row, 1, row, 2, "考核组长签字", CellStyle.TotalLabel);
        x.Merge(row, 3, row, 4, seal?.SignedBy ?? "（未签字）", CellStyle.Center);
        x.Merge(row, 5, row, 6, "签字时间", CellStyle.TotalLabel);
        x.Merge(row, 7, row, Columns, seal is null ? "" : ScoreSheetWorkbook.Time(seal.SignedAt), CellStyle.Center);
        row++;
        x.Merge(row, 1, row, 2, "内容指纹（SHA-256）", CellStyle.TotalLabel);
        x.Merge(row, 3, row, Columns, seal?.Fingerprint ?? "", CellStyle.Text);
        row++;
        x.Merge(row, 1, row, 2, "签章校验", CellStyle.TotalLabel);
        x.Merge(row, 3, row, Columns, seal switch
        {
            null => "未签章",
            { Valid: true } => "有效：内容与签字时一致",
            _ => "无效：签字后内容被改动，请核查审计记录",
        }, seal is { Valid: false } ? CellStyle.Warning : CellStyle.Text);
        if (snapshot.Ballots.TryGetValue(sheet.Village.Id, out var ballot)) BallotSection(x, row + 2, ballot);
        return x;
    }

    /// <summary>The democratic evaluation's tally under the seal: slips cast of issued, the count per grade, the weights, the items it feeds.</summary>
    static void BallotSection(XlsxSheet x, int row, Ballots.BallotTally tally)
    {
        var (ballot, policy) = (tally.Ballot, tally.Policy);
        var grades = Ballots.BallotGrades.All;
        x.Merge(row, 1, row, Columns, $"民主测评（{(ballot.Closed ? "已结束" : "进行中")}）", CellStyle.Header);
        row++;
        x.Merge(row, 1, row, 2, "收票 / 发票", CellStyle.TotalLabel);
        x.Set(row, 3, (decimal)ballot.Cast, CellStyle.Number);
        x.Set(row, 4, $"收 {ballot.Cast} 张，发 {ballot.Issued} 张", CellStyle.Text);
        x.Merge(row, 5, row, 6, "开票人", CellStyle.TotalLabel);
        x.Merge(row, 7, row, Columns, ballot.OpenedByName, CellStyle.Center);
        row++;
        x.Merge(row, 1, row, 2, "评价", CellStyle.TotalLabel);
        x.Set(row, 3, "票数", CellStyle.Header);
        x.Set(row, 4, "权重", CellStyle.Header);
        // The grades only as the chat shows them: never while open, nor when fewer than the minimum voted (BallotShown).
        var shown = new Ballots.BallotShown(ballot, policy);
        foreach (var grade in grades)
        {
            row++;
            x.Merge(row, 1, row, 2, Ballots.BallotGrades.Label(grade), CellStyle.Center);
            if (shown.Count(grade) is { } votes) x.Set(row, 3, (decimal)votes, CellStyle.Number);
            else x.Set(row, 3, "—", CellStyle.Center);
            x.Set(row, 4, policy.Weight(grade), CellStyle.Number2);
        }
        if (!shown.GradesShown)
        {
            row++;
            x.Merge(row, 1, row, Columns, ballot.Closed
                ? $"收票少于 {policy.MinimumVotes} 张：为保护投票人，各等次票数不公布，也不折算得分"
                : $"测评进行中：只显示收票数，结束后（收票不少于 {policy.MinimumVotes} 张）公布各等次票数", CellStyle.Text);
        }
        row++;
        x.Merge(row, 1, row, 2, "计入评分表", CellStyle.TotalLabel);
        x.Merge(row, 3, row, Columns, string.Join("、", policy.Items.Select(i => $"{i.Category} · {i.Item}"))
            + "：得分 = 满分 × Σ(权重 × 票数) ÷ 收票数，四舍五入到两位小数", CellStyle.Text);
    }

    static void Total(XlsxSheet x, int row, string label, decimal max, decimal value, CellStyle valueStyle, string note)
    {
        x.Merge(row, 1, row, 4, label, CellStyle.TotalLabel);
        x.Set(row, 5, max, CellStyle.TotalNumber);
        x.Set(row, 6, value, valueStyle);
        x.Merge(row, 7, row, Columns, note, CellStyle.Center);
    }

    static string SubtotalNote(SheetCategory category)
    {
        var notes = new List<string>();
        if (category.Capped) notes.Add($"超出满分，按满分计（原 {Points.Format(category.Raw)}）");
        var missing = category.Items.Count - category.ItemsScored;
        if (missing > 0) notes.Add($"缺 {missing} 项");
        return string.Join("；", notes);
    }

    internal static string Aggregation(ScoringPolicy policy) =>
        policy.LeaderAggregation == LeaderAggregation.Trimmed ? "去掉一个最高分和一个最低分后的平均分" : "平均分";

    internal static string Percent(decimal weight) => $"{weight * 100:0.##}%";
}
