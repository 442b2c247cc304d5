namespace ChatAppraisal.Evidence;

/// <summary>
/// Other files kept in the database file beside the attachments (the browser chat's charts and workbooks): their bytes
/// count toward <see cref="EvidenceOptions.MaxAttachmentsMegabytes"/> too, so the file cannot grow past it by another door.
/// </summary>
public interface IStoredFiles
{
    long Bytes();
}
