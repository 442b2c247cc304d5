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
    public const string FileName = "整改清单.xlsx";

    public static string FileNameOf(string village) => $"{village}_整改清单.xlsx";

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
        x.Merge(1, 1, 1, 8, $"{r.Village}{r.Period}考核整改清单", CellStyle.Title);
        x.Heights[1] = 30;
        x.Merge(2, 1, 2, 8, $"最终得分 {Points.Format(r.Final)}，第 {r.Rank} 名（共 {r.Villages} 个村）{(r.Grade is null ? "" : "，" + r.Grade)}；扣分 {r.Deductions.Count} 项，共 {Points.Format(r.Deductions.Sum(d => d.Lost))} 分。",
            CellStyle.Subtitle);
        string[] headers = ["序号", "类别", "项目", "满分", "得分", "扣分", "扣分原因", "申诉结果"];
        for (var i = 0; i < headers.Length; i++) x.Set(3, i + 1, headers[i], CellStyle.Header);
        var row = 4;
        foreach (var d in r.Deductions)
        {
            x.Set(row, 1, $"{row - 3}", CellStyle.Center);
            x.Set(row, 2, d.CategoryName, CellStyle.Text);
            x.Set(row, 3, d.ItemName, CellStyle.Text);
            x.Set(row, 4, d.Max, CellStyle.Number2);
            x.Set(row, 5, d.Score, CellStyle.Number2);
            x.Set(row, 6, d.Lost, CellStyle.Number2);
            x.Set(row, 7, d.Reason ?? "未写明", CellStyle.Text);
            x.Set(row, 8, Outcomes(list.Objections.Where(o => o.Category == d.Category && o.Item == d.Item)), CellStyle.Text);
            row++;
        }
        // Objections to items that no longer lose points (upheld to the maximum) stay on the list: the village asked.
        foreach (var o in list.Objections.Where(o => !r.Deductions.Any(d => d.Category == o.Category && d.Item == o.Item)))
        {
            x.Set(row, 1, $"{row - 3}", CellStyle.Center);
            x.Set(row, 2, r.Categories[o.Category].Name, CellStyle.Text);
            x.Set(row, 3, o.ItemName, CellStyle.Text);
            x.Set(row, 4, null, CellStyle.Number2);
            x.Set(row, 5, o.NewScore ?? o.Score, CellStyle.Number2);
            x.Set(row, 6, 0m, CellStyle.Number2);
            x.Set(row, 7, "", CellStyle.Text);
            x.Set(row, 8, Outcomes([o]), CellStyle.Text);
            row++;
        }
        if (row == 4) x.Merge(4, 1, 4, 8, "没有扣分项。", CellStyle.Note);
        return x;
    }

    static string Outcomes(IEnumerable<ObjectionDoc> objections) => string.Join("；", objections.Select(o => o.Status switch
    {
        ObjectionStatus.Upheld => $"申诉#{o.Id}已采纳：{(o.Score is { } s ? Points.Format(s) : "-")}→{Points.Format(o.NewScore ?? 0)}",
        ObjectionStatus.Rejected => $"申诉#{o.Id}已驳回：{o.Answer}",
        _ => $"申诉#{o.Id}待答复",
    }));
}
