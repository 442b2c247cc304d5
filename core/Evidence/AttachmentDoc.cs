namespace ChatAppraisal.Evidence;

/// <summary>What an attachment is evidence of: one item of the score sheet, or one of the village's two written reports.</summary>
public enum AttachmentKind
{
    /// <summary>A photo or file behind one item's score (a ledger, a roster, a photo record).</summary>
    Item,

    /// <summary>党组织书记书面汇报: the Party branch secretary's written report (at least 3,000 characters, three parts).</summary>
    WrittenReport,

    /// <summary>第一书记述职: the first secretary's account of duty.</summary>
    SecretaryAccount,
}

/// <summary>
/// One stored attachment (collection "attachments"); its bytes are in the same LiteDB file's storage
/// (<see cref="Storage.EvidenceStore.FilesCollection"/>) under <see cref="FileId"/>. A file sent with no item prompt open waits as
/// <see cref="Pending"/> (no village yet) until the examiner says where it belongs.
/// </summary>
public sealed class AttachmentDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public long Id { get; set; }
    public int PeriodId { get; set; }
    /// <summary>0 while pending.</summary>
    public int VillageId { get; set; }
    public AttachmentKind Kind { get; set; }
    /// <summary>0-based rubric indices, for <see cref="AttachmentKind.Item"/>.</summary>
    public int? Category { get; set; }
    public int? Item { get; set; }
    public bool Pending { get; set; }

    /// <summary>The name as sent (a photo gets one made up: 照片_yyyyMMdd_HHmmss.jpg).</summary>
    public string FileName { get; set; } = "";
    /// <summary>Sniffed from the bytes, never taken from the sender.</summary>
    public string ContentType { get; set; } = "";
    public long Size { get; set; }
    /// <summary>SHA-256 of the bytes, lower-case hex.</summary>
    public string Sha256 { get; set; } = "";
    public string FileId { get; set; } = "";
    public bool IsPhoto { get; set; }

    public int MemberId { get; set; }
    public string MemberName { get; set; } = "";
    public string Channel { get; set; } = "";
    public DateTime At { get; set; }

    /// <summary>Non-space characters (字数) of a .docx, a .txt or pasted text; null for other files.</summary>
    public int? Characters { get; set; }
    /// <summary>Pages of a PDF.</summary>
    public int? Pages { get; set; }
    /// <summary>A report's parts whose heading was not found (their names as in the plan).</summary>
    public List<string> MissingParts { get; set; } = [];
    /// <summary>The report came as messages pasted into the chat.</summary>
    public bool Pasted { get; set; }
}

/// <summary>An attachment as a sheet shows it (the fingerprint covers <see cref="Sha256"/>).</summary>
public sealed record SheetAttachment(long Id, AttachmentKind Kind, int? Category, int? Item, string FileName, string ContentType,
    long Size, string Sha256, bool IsPhoto, string MemberName, DateTime At, int? Characters, int? Pages, IReadOnlyList<string> MissingParts)
{
    public static SheetAttachment From(AttachmentDoc d) => new(d.Id, d.Kind, d.Category, d.Item, d.FileName, d.ContentType, d.Size,
        d.Sha256, d.IsPhoto, d.MemberName, d.At, d.Characters, d.Pages, d.MissingParts);

    /// <summary>Where it belongs, in the fingerprint's words: "item 1.3", "report written", "report account".</summary>
    public string Place => Kind switch
    {
        AttachmentKind.Item => $"item {Category + 1}.{Item + 1}",
        AttachmentKind.WrittenReport => "report written",
        _ => "report account",
    };
}
