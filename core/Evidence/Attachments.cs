using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Evidence;

/// <summary>An attachment stored, or why not (nothing is stored from a refusal).</summary>
public sealed record AttachOutcome(AttachRefusal Refusal, AttachmentDoc? Attachment = null, SealDoc? Seal = null, ReportReading? Reading = null)
{
    public bool Ok => Refusal == AttachRefusal.None;
}

/// <summary>
/// The attachments of the sheets: kept in the database file itself (its file storage, so a backup of the file holds them),
/// at most <see cref="EvidenceOptions.MaxFileMegabytes"/> MB each and <see cref="EvidenceOptions.MaxAttachmentsMegabytes"/>
/// in all, sniffed by their bytes. A sealed sheet takes none and loses none; adding and removing are audited with the
/// file's SHA-256, which the seal's fingerprint covers (<see cref="Sheets.Fingerprint"/>). Every write joins the caller's
/// <see cref="AppraisalStore.Write{T}"/> transaction (a chat update's), so a file and its record commit together.
/// </summary>
public sealed class Attachments
{
    /// <summary>A file sent with no item prompt open waits this long for the examiner to say where it belongs.</summary>
    public static readonly TimeSpan PendingKeptFor = TimeSpan.FromDays(1);

    readonly AppraisalStore _store;
    readonly TimeProvider _clock;
    readonly EvidenceOptions _options;
    readonly IReadOnlyList<IStoredFiles> _otherFiles;

    public Attachments(AppraisalStore store, TimeProvider clock, IOptions<EvidenceOptions> options, IEnumerable<IStoredFiles> otherFiles)
    {
        _store = store;
        _clock = clock;
        _options = options.Value;
        _otherFiles = otherFiles.ToList();
    }

    public EvidenceOptions Options => _options;

    IDocs<AttachmentDoc> Collection => _store.Evidence.Attachments;
    IFileBytes Files => _store.Evidence.Files;

    static IDocs<AttachmentDoc> Docs(AppraisalStore store) => store.Evidence.Attachments;

    /// <summary>The attachments of a village's sheet in a period, in the order they came (what <see cref="Sheets.Load"/> shows).</summary>
    public static IReadOnlyList<SheetAttachment> ForSheet(AppraisalStore store, int periodId, int villageId) =>
        Docs(store).Find(a => a.VillageId == villageId).Where(a => a.PeriodId == periodId && !a.Pending).OrderBy(a => a.Id)
            .Select(SheetAttachment.From).ToList();

    /// <summary>The attachments of a village's sheet in a period, as <see cref="ForSheet(AppraisalStore, int, int)"/>.</summary>
    public IReadOnlyList<SheetAttachment> OfSheet(int periodId, int villageId) => ForSheet(_store, periodId, villageId);

    public IReadOnlyList<AttachmentDoc> ForVillage(int periodId, int villageId) =>
        Collection.Find(a => a.VillageId == villageId).Where(a => a.PeriodId == periodId && !a.Pending).OrderBy(a => a.Id).ToList();

    public IReadOnlyList<AttachmentDoc> ForPeriod(int periodId) =>
        Collection.Find(a => a.PeriodId == periodId).Where(a => !a.Pending).OrderBy(a => a.VillageId).ThenBy(a => a.Id).ToList();

    public AttachmentDoc? Find(long id) => Collection.FindById(id);

    /// <summary>The stored bytes.</summary>
    public byte[] Content(AttachmentDoc attachment) =>
        Files.Download(attachment.FileId) ?? throw new InvalidOperationException($"The bytes of attachment {attachment.Id} ({attachment.FileName}) are missing.");

    /// <summary>The stored bytes as a stream read a piece at a time (a download: never the whole file in memory).</summary>
    public Stream OpenRead(AttachmentDoc attachment) =>
        Files.OpenRead(attachment.FileId) ?? throw new InvalidOperationException($"The bytes of attachment {attachment.Id} ({attachment.FileName}) are missing.");

    /// <summary>Bytes of every attachment stored, pending ones included, and of the other files kept in the database file.</summary>
    public long TotalBytes() => Collection.FindAll().Sum(a => a.Size) + _otherFiles.Sum(f => f.Bytes());

    /// <summary>The newest attachment's id (0 for none): what a member's file adds comes after it.</summary>
    public long LastId() => Collection.Page(null, newestFirst: true, 0, 1).Items.FirstOrDefault()?.Id ?? 0;

    /// <summary>The attachment a member's file became (same bytes, stored after <paramref name="afterId"/>), or null when it was refused.</summary>
    public AttachmentDoc? AddedFrom(int memberId, byte[] content, long afterId)
    {
        var sha256 = Convert.ToHexStringLower(SHA256.HashData(content));
        return Collection.Find(a => a.MemberId == memberId).Where(a => a.Id > afterId && a.Sha256 == sha256).OrderBy(a => a.Id).FirstOrDefault();
    }

    /// <summary>Attaches a photo or file to one item of the village's sheet.</summary>
    public AttachOutcome AddToItem(Actor actor, PeriodView period, int villageId, int category, int item, ChatFile file) => _store.Write(() =>
    {
        if (Refuse(period, villageId, category, item) is { } refused) return refused;
        var (sniffed, refusal) = Check(file.Content, file.FileName);
        if (refusal is not null) return refusal;
        var doc = Store(actor, period, villageId, AttachmentKind.Item, category, item, file, sniffed);
        return new AttachOutcome(AttachRefusal.None, doc);
    });

    /// <summary>Attaches a report file (.docx, .pdf, .txt) and reads it: 字数, pages, the parts found. Warnings never refuse.</summary>
    public AttachOutcome AddReport(Actor actor, PeriodView period, int villageId, AttachmentKind kind, ChatFile file) => _store.Write(() =>
    {
        if (Refuse(period, villageId, null, null) is { } refused) return refused;
        var (sniffed, refusal) = Check(file.Content, file.FileName);
        if (refusal is not null) return refusal;
        var reading = ReportReader.Read(sniffed.Type!.Value, file.Content, kind);
        var doc = Store(actor, period, villageId, kind, null, null, file, sniffed, reading);
        return new AttachOutcome(AttachRefusal.None, doc, Reading: reading);
    });

    /// <summary>A report pasted as messages, stored as a UTF-8 .txt named after the report and the village.</summary>
    public AttachOutcome AddPastedReport(Actor actor, PeriodView period, int villageId, AttachmentKind kind, string text, string fileName) => _store.Write(() =>
    {
        if (Refuse(period, villageId, null, null) is { } refused) return refused;
        var bytes = Encoding.UTF8.GetBytes(text);
        var (sniffed, refusal) = Check(bytes, fileName);
        if (refusal is not null) return refusal;
        var reading = ReportReader.FromText(text, kind);
        var doc = Store(actor, period, villageId, kind, null, null, new ChatFile(fileName, "text/plain", bytes), sniffed, reading, pasted: true);
        return new AttachOutcome(AttachRefusal.None, doc, Reading: reading);
    });

    /// <summary>
    /// Keeps a file sent with no item prompt open until the examiner says where it belongs (<see cref="Place"/>).
    /// Pending files older than <see cref="PendingKeptFor"/> (a dialog left with /cancel) are let go: they never were on a sheet.
    /// </summary>
    public AttachOutcome AddPending(Actor actor, PeriodView period, ChatFile file) => _store.Write(() =>
    {
        var now = Now;
        var stale = now - PendingKeptFor;
        foreach (var old in Collection.Find(a => a.Pending).Where(a => a.At < stale).ToList())
        {
            Files.Delete(old.FileId);
            Collection.Delete(old.Id);
        }
        var (sniffed, refusal) = Check(file.Content, file.FileName);
        if (refusal is not null) return refusal;
        var doc = Store(actor, period, 0, AttachmentKind.Item, null, null, file, sniffed, pending: true);
        return new AttachOutcome(AttachRefusal.None, doc);
    });

    /// <summary>Puts a pending file on an item of a village's sheet (audited as added then).</summary>
    public AttachOutcome Place(Actor actor, PeriodView period, long pendingId, int villageId, int category, int item) => _store.Write(() =>
    {
        if (Collection.FindById(pendingId) is not { Pending: true } doc || doc.MemberId != actor.MemberId) return new AttachOutcome(AttachRefusal.NotPending);
        if (Refuse(period, villageId, category, item) is { } refused) return refused;
        (doc.Pending, doc.PeriodId, doc.VillageId, doc.Category, doc.Item, doc.At) = (false, period.Id, villageId, category, item, Now);
        Collection.Update(doc);
        Audit(actor, doc, AuditActions.AttachmentAdded, $"{doc.FileName}; {doc.Size} bytes; sha256:{doc.Sha256}");
        return new AttachOutcome(AttachRefusal.None, doc);
    });

    public AttachmentDoc? PendingOf(int memberId, long id) => Collection.FindById(id) is { Pending: true } doc && doc.MemberId == memberId ? doc : null;

    /// <summary>Removes an attachment and its bytes (audited with the reason); refused while its sheet is sealed.</summary>
    public AttachOutcome Remove(Actor actor, long id, string? reason) => _store.Write(() =>
    {
        if (Collection.FindById(id) is not { } doc) return new AttachOutcome(AttachRefusal.NotPending);
        if (!doc.Pending && _store.Scores.Seals.FindById(SealDoc.Key(doc.PeriodId, doc.VillageId)) is { } seal) return new AttachOutcome(AttachRefusal.Sealed, doc, seal);
        Files.Delete(doc.FileId);
        Collection.Delete(doc.Id);
        if (!doc.Pending)
            Audit(actor, doc, AuditActions.AttachmentRemoved,
                $"{doc.FileName}; sha256:{doc.Sha256}" + (string.IsNullOrWhiteSpace(reason) ? "" : $"; reason: {reason.Trim()}"));
        return new AttachOutcome(AttachRefusal.None, doc);
    });

    DateTime Now => _clock.GetUtcNow().UtcDateTime;

    AttachOutcome? Refuse(PeriodView period, int villageId, int? category, int? item)
    {
        if (_store.Setup.Villages.FindById(villageId) is null) return new AttachOutcome(AttachRefusal.UnknownVillage);
        if (category is { } c && (c < 0 || c >= period.Rubric.Categories.Count || item is not { } i || i < 0 || i >= period.Rubric.Categories[c].Leaves.Count))
            return new AttachOutcome(AttachRefusal.UnknownItem);
        return _store.Scores.Seals.FindById(SealDoc.Key(period.Id, villageId)) is { } seal ? new AttachOutcome(AttachRefusal.Sealed, Seal: seal) : null;
    }

    /// <summary>Size first (an oversized file is never read), then the room left, then what the bytes are.</summary>
    (Sniffed Sniffed, AttachOutcome? Refusal) Check(byte[] content, string fileName)
    {
        var none = new Sniffed(null, AttachRefusal.Unsupported);
        if (content.Length > EvidenceOptions.MaxFileBytes) return (none, new AttachOutcome(AttachRefusal.TooLarge));
        var sniffed = ContentSniffer.Sniff(content, fileName);
        if (!sniffed.Ok) return (sniffed, new AttachOutcome(sniffed.Refusal));
        if (TotalBytes() + content.Length > _options.MaxTotalBytes) return (sniffed, new AttachOutcome(AttachRefusal.StorageFull));
        return (sniffed, null);
    }

    AttachmentDoc Store(Actor actor, PeriodView period, int villageId, AttachmentKind kind, int? category, int? item, ChatFile file, Sniffed sniffed,
        ReportReading? reading = null, bool pending = false, bool pasted = false)
    {
        var now = Now;
        var doc = new AttachmentDoc
        {
            PeriodId = period.Id, VillageId = villageId, Kind = kind, Category = category, Item = item, Pending = pending,
            FileName = FileName(file, sniffed, now), ContentType = sniffed.ContentType, Size = file.Content.Length,
            Sha256 = Convert.ToHexStringLower(SHA256.HashData(file.Content)), FileId = Guid.NewGuid().ToString("N"),
            IsPhoto = file.IsPhoto || sniffed.IsImage,
            MemberId = actor.MemberId, MemberName = actor.Name, Channel = actor.Channel, At = now,
            Characters = reading?.Characters, Pages = reading?.Pages, MissingParts = reading?.MissingParts.ToList() ?? [], Pasted = pasted,
        };
        Files.Upload(doc.FileId, doc.FileName, file.Content);
        Collection.Insert(doc);
        if (!pending) Audit(actor, doc, AuditActions.AttachmentAdded, $"{doc.FileName}; {doc.Size} bytes; sha256:{doc.Sha256}");
        return doc;
    }

    void Audit(Actor actor, AttachmentDoc doc, string action, string detail) =>
        _store.Audit.Add(ScoreBook.Entry(actor, doc.PeriodId, doc.VillageId, Now, action, doc.Category, doc.Item, detail: $"{doc.Kind}; {detail}",
            args: [doc.Kind.ToString(), doc.FileName, doc.Size.ToString(CultureInfo.InvariantCulture), doc.Sha256]));

    /// <summary>The name as sent, cleaned of folders and odd characters; a photo without one is named by its time (UTC+8).</summary>
    static string FileName(ChatFile file, Sniffed sniffed, DateTime now)
    {
        var name = Path.GetFileName((file.FileName ?? "").Replace('\\', '/'));
        name = new string(name.Where(c => !char.IsControl(c) && c is not ('/' or ':' or '*' or '?' or '"' or '<' or '>' or '|')).ToArray()).Trim();
        if (name.Length == 0) name = $"{(sniffed.IsImage ? "照片" : "文件")}_{now.AddHours(8):yyyyMMdd_HHmmss}{sniffed.Extension}";
        if (name.Length > 120) name = name[..(120 - sniffed.Extension.Length)] + sniffed.Extension;
        if (!Path.HasExtension(name)) name += sniffed.Extension;
        return name;
    }
}
