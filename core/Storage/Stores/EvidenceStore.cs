using ChatAppraisal.Evidence;

namespace ChatAppraisal.Storage;

/// <summary>Attachments' records and their bytes.</summary>
public sealed class EvidenceStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<AttachmentDoc> AttachmentsCollection = new Collection<AttachmentDoc>("attachments", a => a.VillageId, a => a.PeriodId, a => a.MemberId, a => a.Pending).OwnedByTown();
    public static readonly FileCollection FilesCollection = new("evidence_files", "evidence_chunks");

    public IDocs<AttachmentDoc> Attachments => engine.Docs(AttachmentsCollection);
    public IFileBytes Files => engine.Files(FilesCollection);

    public void Prepare() => engine.Prepare(AttachmentsCollection);
}
