using System.Globalization;
using System.IO.Compression;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Export;

namespace ChatAppraisal.Evidence;

/// <summary>
/// /export's zip of the attachments: a folder per village, then per category and item ("新庄村/01 党建工作/03 做合格党员/"),
/// the written reports under "新庄村/00 书面材料/". Each path is the one the workbook's 附件清单 sheet lists beside the SHA-256.
/// </summary>
public sealed class EvidenceZip(Attachments attachments)
{
    public static string FileName(PeriodView period) => $"{period.Name}考核附件.zip";

    /// <summary>The zip, or null when no sheet of the snapshot has an attachment.</summary>
    public byte[]? Build(ExportSnapshot snapshot)
    {
        var sheets = snapshot.Sheets.Values.Where(s => s.Attachments.Count > 0).OrderBy(s => s.Village.Id).ToList();
        if (sheets.Count == 0) return null;
        using var stream = new MemoryStream();
        using (var zip = new ZipArchive(stream, ZipArchiveMode.Create, leaveOpen: true))
        {
            foreach (var sheet in sheets)
                foreach (var a in sheet.Attachments)
                {
                    // Photos and Office files are compressed already; storing them saves the time for nothing.
                    var entry = zip.CreateEntry(PathOf(sheet, a), a.IsPhoto ? CompressionLevel.NoCompression : CompressionLevel.Optimal);
                    entry.LastWriteTime = new DateTimeOffset(a.At.AddHours(8).Ticks, TimeSpan.FromHours(8));
                    using var target = entry.Open();
                    // An attachment removed between the reading and now is left out rather than failing the export.
                    if (attachments.Find(a.Id) is { } doc) target.Write(attachments.Content(doc));
                }
        }
        return stream.ToArray();
    }

    public static int Count(ExportSnapshot snapshot) => snapshot.Sheets.Values.Sum(s => s.Attachments.Count);

    /// <summary>Where an attachment sits in the zip (forward slashes, names cleaned for every file system).</summary>
    public static string PathOf(Sheet sheet, SheetAttachment a)
    {
        var village = Clean(sheet.Village.Name);
        var file = $"{a.Id.ToString(CultureInfo.InvariantCulture)}_{Clean(a.FileName)}";
        if (a.Kind != AttachmentKind.Item || a.Category is not { } c || a.Item is not { } i || c >= sheet.Categories.Count || i >= sheet.Categories[c].Items.Count)
            return $"{village}/00 书面材料/{(a.Kind == AttachmentKind.SecretaryAccount ? "第一书记述职" : a.Kind == AttachmentKind.WrittenReport ? "书面汇报" : "其他")}_{file}";
        var category = sheet.Categories[c];
        return $"{village}/{c + 1:00} {Clean(category.Name)}/{i + 1:00} {Clean(Short(category.Items[i].Name))}/{file}";
    }

    static string Short(string name) => name.Length > 30 ? name[..30] : name;

    static string Clean(string name)
    {
        var clean = new string(name.Select(ch => char.IsControl(ch) || "\\/:*?\"<>|".Contains(ch) ? '_' : ch).ToArray()).Trim().TrimEnd('.');
        return clean.Length == 0 ? "_" : clean;
    }
}
