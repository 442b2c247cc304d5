using ChatAppraisal.Evidence;

namespace ChatAppraisal.Export;

/// <summary>附件清单: every attachment of the exported sheets with its SHA-256 and its path in the attachments zip.</summary>
static class AttachmentsLayout
{
    /// <summary>The official forms are Chinese in every language: their words are the catalog's Chinese.</summary>
    static Texts W => Texts.Zh;

    public static string SheetName => W.XlsxAttachmentsSheet;

    public static IReadOnlyList<string> Headers => W.XlsxAttachmentsHeaders;

    public static XlsxSheet Build(ExportSnapshot snapshot, string name)
    {
        var x = new XlsxSheet(name) { FrozenRows = 3, Landscape = true };
        double[] widths = [10, 14, 24, 9, 28, 14, 11, 7, 6, 66, 9, 17, 50];
        for (var c = 0; c < widths.Length; c++) x.Widths[c + 1] = widths[c];
        x.Merge(1, 1, 1, Headers.Count, W.XlsxAttachmentsTitle(snapshot.Period.Name), CellStyle.Title);
        x.Heights[1] = 30;
        x.Merge(2, 1, 2, Headers.Count, W.XlsxAttachmentsNote, CellStyle.Subtitle);
        var headers = Headers;
        for (var c = 0; c < headers.Count; c++) x.Set(3, c + 1, headers[c], CellStyle.Header);
        var row = 4;
        foreach (var ranked in snapshot.Standings.Ranking)
        {
            if (!snapshot.Sheets.TryGetValue(ranked.Result.VillageId, out var sheet)) continue;
            foreach (var a in sheet.Attachments)
            {
                var onItem = a.Kind == AttachmentKind.Item && a.Category is { } ci && ci < sheet.Categories.Count && a.Item is { } ii && ii < sheet.Categories[ci].Items.Count;
                x.Set(row, 1, sheet.Village.Name, CellStyle.Center);
                x.Set(row, 2, onItem ? sheet.Categories[a.Category!.Value].Name : W.XlsxWrittenMaterial, CellStyle.Text);
                x.Set(row, 3, onItem ? $"{a.Item + 1}. {sheet.Categories[a.Category!.Value].Items[a.Item!.Value].Name}" : "", CellStyle.Text);
                x.Set(row, 4, W.XlsxAttachmentKind(a.Kind, a.IsPhoto), CellStyle.Center);
                x.Set(row, 5, a.FileName, CellStyle.Text);
                x.Set(row, 6, a.ContentType, CellStyle.Text);
                x.Set(row, 7, (decimal)a.Size, CellStyle.Number);
                x.Set(row, 8, a.Characters is { } n ? (decimal)n : null, CellStyle.Number);
                x.Set(row, 9, a.Pages is { } p ? (decimal)p : null, CellStyle.Number);
                x.Set(row, 10, a.Sha256, CellStyle.Text);
                x.Set(row, 11, a.MemberName, CellStyle.Center);
                x.Set(row, 12, ScoreSheetWorkbook.Time(a.At), CellStyle.Center);
                x.Set(row, 13, EvidenceZip.PathOf(sheet, a), CellStyle.Text);
                row++;
            }
        }
        return x;
    }
}
