using ChatAppraisal.Backups;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot;

/// <summary>备份: the backups page's words.</summary>
public abstract partial class PageTexts
{
    public abstract string Backups { get; }
    public abstract string BackupNow { get; }
    public abstract string NoBackups { get; }
    public abstract string BackupsAreTheCountys { get; }
    public abstract string BackupReasonHeading { get; }
    public abstract string BackupFile { get; }
    public abstract string BackupSize { get; }
    public abstract string BackupHolds { get; }
    public abstract string BackupsNote(string folder, string daily, int keep);
    public abstract string BackupReasonName(BackupReason reason);
    public abstract string BackupCounts(StorageCounts counts);

    public static string BackupBytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.#} MB" : $"{bytes / 1024.0:0.#} KB";
}
