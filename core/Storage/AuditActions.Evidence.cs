namespace ChatAppraisal.Storage;

// Attachments (core/Evidence): each one added to a sheet, and each one removed, with its file name and SHA-256.
public static partial class AuditActions
{
    public const string AttachmentAdded = "attachment.added";
    public const string AttachmentRemoved = "attachment.removed";
}
