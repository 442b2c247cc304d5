using System.ComponentModel.DataAnnotations;

namespace ChatAppraisal.Evidence;

/// <summary>Limits of the attachments, in the <c>Storage</c> section beside the database file they live in.</summary>
public sealed class EvidenceOptions
{
    public const string Section = "Storage";

    /// <summary>The Telegram Bot API serves at most 20 MB a file; no channel gets more in.</summary>
    public const int MaxFileMegabytes = 20;

    public const long MaxFileBytes = MaxFileMegabytes * 1024L * 1024L;

    /// <summary>All attachments together (every period), in megabytes; a file that would pass it is refused.</summary>
    [Range(1, 1_048_576, ErrorMessage = "Storage:MaxAttachmentsMegabytes must be between 1 and 1048576 (megabytes of attachments in the database file), e.g. 2048.")]
    public int MaxAttachmentsMegabytes { get; set; } = 2048;

    public long MaxTotalBytes => MaxAttachmentsMegabytes * 1024L * 1024L;
}
