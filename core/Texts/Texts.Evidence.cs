using System.Globalization;
using ChatAppraisal.Evidence;

namespace ChatAppraisal;

/// <summary>Attachments and written reports (core/Evidence, /attach, /report, the file at an item prompt of /score).</summary>
public abstract partial class Texts
{
    /// <summary>A file sent where no dialog takes one.</summary>
    public abstract string FileNotHere { get; }

    public abstract string FileRefused(AttachRefusal refusal, string fileName, long size, int maxTotalMegabytes);

    /// <summary>"照片 1 张、文件 2 份"; empty for none.</summary>
    public abstract string AttachmentCount(int photos, int files);
    public string AttachmentCount(IEnumerable<SheetAttachment> attachments)
    {
        var list = attachments.ToList();
        return AttachmentCount(list.Count(a => a.IsPhoto), list.Count(a => !a.IsPhoto));
    }

    /// <summary>Under an item prompt, and on its review line: "📎 已附上：照片 1 张".</summary>
    public abstract string AttachedNote(string count);
    public abstract string ScoreFileNotAtItem { get; }

    // /attach
    public abstract string DescribeAttach { get; }
    public abstract string AttachHelp { get; }
    public abstract string AttachAskFile { get; }
    public abstract string AttachChooseVillage(string fileName, bool photo);
    public abstract string AttachChooseCategory(string village);
    public abstract string AttachChooseItem(string village, string category);
    public abstract string AttachItemButton(int number, string item);
    public abstract string AttachItemNotFound(string typed, int count);
    public abstract string AttachPlaced(string village, string category, string item, string count);
    public abstract string AttachGone { get; }

    // /report
    public abstract string DescribeReport { get; }
    public abstract string ReportHelp { get; }
    public abstract string ReportKindName(AttachmentKind kind);
    public abstract string ReportChooseVillage { get; }
    public abstract string ReportAsk(string village, AttachmentKind kind, int existing);
    public abstract string ReportDone { get; }
    public abstract string ReportSkip { get; }
    public abstract string ReportPastedSoFar(int messages, int characters);
    public abstract string ReportNothingPasted { get; }
    public abstract string ReportWrongType(string fileName);
    public abstract string ReportStored(AttachmentKind kind, string fileName, ReportReading reading, bool pasted);
    public abstract string ReportDraftDropped(int characters);
    public abstract string ReportFinished(string village);

    // /sheet and /export
    public abstract string SheetAttachmentsSummary(string count, int reports, string village);
    public abstract string SheetAttachmentList(string village, IEnumerable<string> lines);
    public abstract string SheetAttachmentLine(string place, SheetAttachment attachment);
    public abstract string ExportZipCaption(int attachments, int villages);

    /// <summary>1.2 MB, 350 KB, 12 B.</summary>
    public static string Size(long bytes) => bytes switch
    {
        >= 1024 * 1024 => (bytes / 1024m / 1024m).ToString("0.#", CultureInfo.InvariantCulture) + " MB",
        >= 1024 => (bytes / 1024m).ToString("0", CultureInfo.InvariantCulture) + " KB",
        _ => bytes.ToString(CultureInfo.InvariantCulture) + " B",
    };

    public static string ShortHash(string sha256) => sha256.Length > 12 ? sha256[..12] + "…" : sha256;
}
