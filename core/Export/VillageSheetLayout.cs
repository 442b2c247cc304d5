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
    /// <summary>The official forms are Chinese in every language: their words are the catalog's Chinese.</summary>
    static Texts W => Texts.Zh;

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
        x.Merge(2, 1, 2, 4, W.XlsxSubject(sheet.Village.Name), CellStyle.Subtitle);
        x.Merge(2, 5, 2, Columns, W.XlsxDataTime(ScoreSheetWorkbook.Time(snapshot.Standings.ComputedAt)), CellStyle.Subtitle);
        var headers = W.XlsxVillageHeaders;
        for (var c = 0; c < headers.Count; c++) x.Set(3, c + 1, headers[c], CellStyle.Header);

        var row = 4;
        foreach (var group in sheet.Categories.GroupBy(c => c.Group))
        {
            var groupStart = row;
            foreach (var category in group)
            {
                var categoryStart = row;
                // The plan's levels: a block is a heading row with its subtotal, its items indented under it; a two-level
                // plan has only items, laid out as the paper form always was.
                foreach (var node in SheetTree.Nodes(sheet, category))
                {
                    var indent = new string('\u3000', node.Depth - 1);
                    if (node.Item is not { } item)
                    {
                        x.Set(row, 4, indent + node.Name, CellStyle.TotalLabel);
                        x.Set(row, 5, node.Counted, CellStyle.TotalNumber);
                        x.Set(row, 6, node.Score, CellStyle.TotalNumber);
                        var blockNote = Note(node.ScaleTo is { } to ? W.XlsxScaled(Points.Format(node.Capped ? node.Max : node.Raw), Points.Format(node.Max), Points.Format(to)) : null,
                            node.Capped ? node.Raw : null, node.ItemCount - node.ItemsScored);
                        x.Merge(row, 7, row, Columns, blockNote, blockNote.Length > 0 ? CellStyle.Warning : CellStyle.Text);
                        row++;
                        continue;
                    }
                    x.Set(row, 3, (decimal)(item.Item + 1), CellStyle.Number);
                    x.Set(row, 4, indent + item.Name, CellStyle.Text);
                    x.Set(row, 5, item.Max, CellStyle.Number);
                    x.Set(row, 6, item.Score, CellStyle.Number);
                    x.Set(row, 7, item.MemberName ?? "", CellStyle.Center);
                    x.Set(row, 8, item.At is { } at ? ScoreSheetWorkbook.Time(at) : "", CellStyle.Center);
                    x.Set(row, 9, item.Reason ?? "", CellStyle.Text);
                    var lines = Math.Max(Math.Ceiling((indent.Length + item.Name.Length) / 22.0), Math.Ceiling((item.Reason?.Length ?? 0) / 15.0));
                    if (lines > 1) x.Heights[row] = 18 * lines;
                    row++;
                }
                x.Merge(row, 3, row, 4, W.XlsxSubtotal, CellStyle.TotalLabel);
                x.Set(row, 5, category.Max, CellStyle.TotalNumber);
                x.Set(row, 6, category.Score, CellStyle.TotalNumber);
                var (outOf, scaleTo) = SheetTree.Scale(sheet, category);
                var note = Note(scaleTo is { } counted ? W.XlsxScaled(Points.Format(SheetTree.Unscaled(sheet, category)), Points.Format(outOf), Points.Format(counted)) : null,
                    category.Capped ? category.Raw : null, category.Items.Count - category.ItemsScored);
                x.Merge(row, 7, row, Columns, note, note.Length > 0 ? CellStyle.Warning : CellStyle.Text);
                x.Merge(categoryStart, 2, row, 2, scaleTo is { } c
                    ? W.XlsxScaledCategoryCell(category.Name, Points.Format(outOf), Points.Format(c))
                    : W.XlsxCategoryCell(category.Name, Points.Format(category.Max)), CellStyle.Center);
                row++;
            }
            x.Merge(groupStart, 1, row - 1, 1, group.Key, CellStyle.Center);
        }

        var rubric = period.Rubric;
        var policy = period.Policy;
        Total(x, row++, W.XlsxOnsiteTotal, rubric.MaxTotal, result.Onsite, CellStyle.TotalNumber, W.XlsxItemsScored(result.ItemsScored, result.ItemsTotal));
        row = Sides(x, row, sheet, ranked);
        Total(x, row++, W.XlsxOnsite1000(Points.Format(rubric.MaxTotal)), 1000, ScoreSheetWorkbook.Round2(result.Onsite1000), CellStyle.TotalNumber2, "");
        Total(x, row++, W.XlsxLeaderRow(Aggregation(policy)), rubric.LeaderCapTotal, ScoreSheetWorkbook.Round2(result.Leader), CellStyle.TotalNumber,
            W.XlsxLeadersRated(result.LeadersRated, result.LeadersExpected));
        Total(x, row++, W.XlsxLeader1000(Points.Format(rubric.LeaderCapTotal)), 1000, ScoreSheetWorkbook.Round2(result.Leader1000), CellStyle.TotalNumber2, "");
        var place = W.XlsxPlace(ranked.Rank, snapshot.Standings.Ranking.Count, result.Complete ? null : Charts.RankingCaption.Percent(result.Completion));
        if (ranked.Grade is { } grade) place = W.XlsxNotes([place, W.GradeLine(grade)]);
        Total(x, row++, W.XlsxFinalRow(Percent(policy.OnsiteWeight), Percent(policy.LeaderWeight)),
            1000, ScoreSheetWorkbook.Round2(result.Final), CellStyle.TotalNumber2, place);

        row++;
        var seal = sheet.Seal;
        x.Merge(row, 1, row, 2, W.XlsxSignedBy, CellStyle.TotalLabel);
        x.Merge(row, 3, row, 4, seal?.SignedBy ?? W.XlsxNotSigned, CellStyle.Center);
        x.Merge(row, 5, row, 6, W.XlsxSignedAt, CellStyle.TotalLabel);
        x.Merge(row, 7, row, Columns, seal is null ? "" : ScoreSheetWorkbook.Time(seal.SignedAt), CellStyle.Center);
        row++;
        x.Merge(row, 1, row, 2, W.XlsxFingerprint, CellStyle.TotalLabel);
        x.Merge(row, 3, row, Columns, seal?.Fingerprint ?? "", CellStyle.Text);
        row++;
        x.Merge(row, 1, row, 2, W.XlsxSealCheck, CellStyle.TotalLabel);
        x.Merge(row, 3, row, Columns, W.XlsxSealCheckResult(seal?.Valid), seal is { Valid: false } ? CellStyle.Warning : CellStyle.Text);
        if (snapshot.Ballots.TryGetValue(sheet.Village.Id, out var ballot)) BallotSection(x, row + 2, ballot);
        return x;
    }

    /// <summary>The democratic evaluation's tally under the seal: slips cast of issued, the count per grade, the weights, the items it feeds.</summary>
    static void BallotSection(XlsxSheet x, int row, Ballots.BallotTally tally)
    {
        var (ballot, policy) = (tally.Ballot, tally.Policy);
        var grades = Ballots.BallotGrades.All;
        x.Merge(row, 1, row, Columns, W.XlsxBallotHeader(ballot.Closed), CellStyle.Header);
        row++;
        x.Merge(row, 1, row, 2, W.XlsxCastIssuedLabel, CellStyle.TotalLabel);
        x.Set(row, 3, (decimal)ballot.Cast, CellStyle.Number);
        x.Set(row, 4, W.XlsxCastIssued(ballot.Cast, ballot.Issued), CellStyle.Text);
        x.Merge(row, 5, row, 6, W.XlsxOpenedBy, CellStyle.TotalLabel);
        x.Merge(row, 7, row, Columns, ballot.OpenedByName, CellStyle.Center);
        row++;
        x.Merge(row, 1, row, 2, W.XlsxGradeLabel, CellStyle.TotalLabel);
        x.Set(row, 3, W.XlsxVotes, CellStyle.Header);
        x.Set(row, 4, W.XlsxWeight, CellStyle.Header);
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
            x.Merge(row, 1, row, Columns, W.XlsxBallotHidden(ballot.Closed, policy.MinimumVotes), CellStyle.Text);
        }
        row++;
        x.Merge(row, 1, row, 2, W.XlsxBallotFeedsLabel, CellStyle.TotalLabel);
        x.Merge(row, 3, row, Columns, W.XlsxBallotFeeds(policy.Items.Select(i => $"{i.Category} · {i.Item}")), CellStyle.Text);
    }

    static void Total(XlsxSheet x, int row, string label, decimal? max, decimal value, CellStyle valueStyle, string note)
    {
        x.Merge(row, 1, row, 4, label, CellStyle.TotalLabel);
        x.Set(row, 5, max, CellStyle.TotalNumber);
        x.Set(row, 6, value, valueStyle);
        x.Merge(row, 7, row, Columns, note, CellStyle.Center);
    }

    /// <summary>A subtotal's note: its scale, the sum it was capped from, the items still missing (empty when none).</summary>
    static string Note(string? scaled, decimal? cappedFrom, int missing)
    {
        var notes = new List<string>();
        if (scaled is not null) notes.Add(scaled);
        if (cappedFrom is { } raw) notes.Add(W.XlsxCapped(Points.Format(raw)));
        if (missing > 0) notes.Add(W.XlsxMissing(missing));
        return W.XlsxNotes(notes);
    }

    /// <summary>
    /// The plan's bonus and deduction sides (each as counted, against its cap, with the lines entered) and its vetoes,
    /// under the on-site total; only the rows the plan has, so a plan without them keeps its layout.
    /// </summary>
    static int Sides(XlsxSheet x, int row, Sheet sheet, RankedVillage ranked)
    {
        var rubric = sheet.Period.Rubric;
        void Side(AdjustmentKind kind, Rubrics.Side? side, Func<string?, string> header, decimal value)
        {
            if (side is null) return;
            var lines = sheet.Adjustments.Where(a => a.Kind == kind && a.Line < side.Lines.Count)
                .Select(a => $"{side.Lines[a.Line].Name} {Points.Format(a.Points)}");
            Total(x, row++, header(side.Cap is { } cap ? Points.Format(cap) : null), side.Cap, value, CellStyle.TotalNumber, W.XlsxNotes(lines));
        }
        Side(AdjustmentKind.Bonus, rubric.Bonus, W.XlsxBonusHeader, ranked.Result.Bonus);
        Side(AdjustmentKind.Deduction, rubric.Deductions, W.XlsxDeductionHeader, ranked.Result.Deductions);
        if (rubric.Veto.Count > 0)
        {
            var vetoes = W.XlsxVetoes(sheet.Adjustments.Where(a => a.Kind == AdjustmentKind.Veto && a.Line < rubric.Veto.Count)
                .Select(a => (rubric.Veto[a.Line].Event, a.Reason ?? "")));
            x.Merge(row, 1, row, 4, W.XlsxVeto, CellStyle.TotalLabel);
            x.Merge(row, 5, row, Columns, vetoes, vetoes.Length > 0 ? CellStyle.Warning : CellStyle.Text);
            row++;
        }
        return row;
    }

    internal static string Aggregation(ScoringPolicy policy) =>
        W.XlsxAggregation(policy.LeaderAggregation == LeaderAggregation.Trimmed);

    internal static string Percent(decimal weight) => $"{weight * 100:0.##}%";
}
