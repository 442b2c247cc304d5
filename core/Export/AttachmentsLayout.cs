using ChatAppraisal.Evidence;

namespace ChatAppraisal.Export;

/// <summary>附件清单: every attachment of the exported sheets with its SHA-256 and its path in the attachments zip.</summary>
static class AttachmentsLayout
{
    public const string SheetName = "附件清单";

    public static readonly string[] Headers = ["村", "类别", "项目", "类型", "文件名", "格式", "大小（字节）", "字数", "页数", "SHA-256", "提交人", "提交时间", "压缩包中的路径"];

    public static XlsxSheet Build(ExportSnapshot snapshot, string name)
    {
        var x = new XlsxSheet(name) { FrozenRows = 3, Landscape = true };
        double[] widths = [10, 14, 24, 9, 28, 14, 11, 7, 6, 66, 9, 17, 50];
        for (var c = 0; c < widths.Length; c++) x.Widths[c + 1] = widths[c];
        x.Merge(1, 1, 1, Headers.Length, $"{snapshot.Period.Name}考核附件清单", CellStyle.Title);
        x.Heights[1] = 30;
        x.Merge(2, 1, 2, Headers.Length, "每个附件的 SHA-256 与附件压缩包中同一路径的文件一致；评分表签字密封的指纹也包含这些 SHA-256。", CellStyle.Subtitle);
        for (var c = 0; c < Headers.Length; c++) x.Set(3, c + 1, Headers[c], CellStyle.Header);
        var row = 4;
        foreach (var ranked in snapshot.Standings.Ranking)
        {
            if (!snapshot.Sheets.TryGetValue(ranked.Result.VillageId, out var sheet)) continue;
            foreach (var a in sheet.Attachments)
            {
                var onItem = a.Kind == AttachmentKind.Item && a.Category is { } ci && ci < sheet.Categories.Count && a.Item is { } ii && ii < sheet.Categories[ci].Items.Count;
                x.Set(row, 1, sheet.Village.Name, CellStyle.Center);
                x.Set(row, 2, onItem ? sheet.Categories[a.Category!.Value].Name : "书面材料", CellStyle.Text);
                x.Set(row, 3, onItem ? $"{a.Item + 1}. {sheet.Categories[a.Category!.Value].Items[a.Item!.Value].Name}" : "", CellStyle.Text);
                x.Set(row, 4, a.Kind switch
                {
                    AttachmentKind.WrittenReport => "书面汇报",
                    AttachmentKind.SecretaryAccount => "第一书记述职",
                    _ => a.IsPhoto ? "照片" : "文件",
                }, CellStyle.Center);
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
