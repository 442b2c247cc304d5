using ChatAppraisal.Publication;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Export;

/// <summary>One village's 整改清单: its deductions with their reasons and what came of each objection to them.</summary>
public sealed record RectificationList(VillageResultView Result, IReadOnlyList<ObjectionDoc> Objections);

/// <summary>
/// 整改清单 as an .xlsx: a sheet per village listing every item that lost points (category, item, maximum, score, points
/// lost, the reason, the objections' outcomes), so the village can put each right.
/// </summary>
public static class RectificationWorkbook
{
    /// <summary>The official forms are Chinese in every language: their words are the catalog's Chinese.</summary>
    static Texts W => Texts.Zh;

    public static string FileName => W.XlsxRectificationFileName;

    public static string FileNameOf(string village) => W.XlsxRectificationFileNameOf(village);

    public static byte[] Write(IEnumerable<RectificationList> lists)
    {
        var names = new SheetNames();
        return XlsxWriter.Write(lists.Select(l => Sheet(l, names.Take(l.Result.Village))));
    }

    static XlsxSheet Sheet(RectificationList list, string name)
    {
        var r = list.Result;
        var x = new XlsxSheet(name) { FrozenRows = 3 };
        foreach (var (col, width) in new[] { (1, 6.0), (2, 22.0), (3, 30.0), (4, 8.0), (5, 8.0), (6, 8.0), (7, 30.0), (8, 34.0) }) x.Widths[col] = width;
        x.Merge(1, 1, 1, 8, W.XlsxRectificationTitle(r.Village, r.Period), CellStyle.Title);
        x.Heights[1] = 30;
        x.Merge(2, 1, 2, 8, W.XlsxRectificationSummary(Points.Format(r.Final), r.Rank, r.Villages, r.Grade, r.Deductions.Count, Points.Format(r.Deductions.Sum(d => d.Lost)), r.Unscored),
            CellStyle.Subtitle);
        var headers = W.XlsxRectificationHeaders;
        for (var i = 0; i < headers.Count; i++) x.Set(3, i + 1, headers[i], CellStyle.Header);
        var row = 4;
        void Row(string category, string item, decimal? max, object? score, CellStyle scoreStyle, decimal? lost, string reason, string outcomes)
        {
            x.Set(row, 1, $"{row - 3}", CellStyle.Center);
            x.Set(row, 2, category, CellStyle.Text);
            x.Set(row, 3, item, CellStyle.Text);
            x.Set(row, 4, max, CellStyle.Number2);
            x.Set(row, 5, score, scoreStyle);
            x.Set(row, 6, lost, CellStyle.Number2);
            x.Set(row, 7, reason, CellStyle.Text);
            x.Set(row, 8, outcomes, CellStyle.Text);
            row++;
        }
        foreach (var d in r.Deductions)
            Row(d.CategoryName, d.ItemName, d.Max, d.Score, CellStyle.Number2, d.Lost, d.Reason ?? W.XlsxNoReason,
                Outcomes(list.Objections.Where(o => o.Category == d.Category && o.Item == d.Item)));
        // Objections to items that no longer lose points (upheld to the maximum) stay on the list: the village asked.
        bool Unscored(ObjectionDoc o) => r.Categories[o.Category].Unscored.Any(i => i.Item == o.Item);
        foreach (var o in list.Objections.Where(o => !r.Deductions.Any(d => d.Category == o.Category && d.Item == o.Item) && !Unscored(o)))
            Row(r.Categories[o.Category].Name, o.ItemName, null, o.NewScore ?? o.Score, CellStyle.Number2, 0m, "", Outcomes([o]));
        // Items nobody scored are named as such, one row each, never left to read as "no deduction".
        foreach (var c in r.Categories)
        foreach (var item in c.Unscored)
            Row(c.Name, item.Name, item.Max, W.XlsxUnscored, CellStyle.Text, null, W.XlsxUnscored,
                Outcomes(list.Objections.Where(o => o.Category == item.Category && o.Item == item.Item)));
        if (row == 4) x.Merge(4, 1, 4, 8, W.XlsxNoDeductions, CellStyle.Note);
        return x;
    }

    static string Outcomes(IEnumerable<ObjectionDoc> objections) => W.XlsxNotes(objections.Select(o =>
        W.XlsxObjection(o.Status, o.Id, o.Score is { } s ? Points.Format(s) : "-", Points.Format(o.NewScore ?? 0), o.Answer)));
}
