using ChatAppraisal.Backups;
using ChatAppraisal.Storage;

namespace ChatAppraisal;

/// <summary>Backups (/backup, what admins are told when one fails), a full disk and files a channel could not fetch.</summary>
public abstract partial class Texts
{
    public abstract string DescribeBackup { get; }
    public abstract string BackupStarted { get; }
    public abstract string BackupsAreTheCountys { get; }
    public abstract string BackupDone(string file, long bytes, StorageCounts counts);

    /// <summary>Why a backup failed, naming what to fix; the live data is untouched.</summary>
    public abstract string BackupFailed(BackupProblem problem, string folder);
    public abstract string BackupsWorkAgain(string file);

    /// <summary>The person's change was refused for lack of space: nothing internal named.</summary>
    public abstract string NotSaved { get; }
    public abstract string DiskFull { get; }
    public abstract string DiskSpaceBack { get; }

    /// <summary>A photo or file the channel could not download from the platform.</summary>
    public abstract string FileNotFetched { get; }
}
