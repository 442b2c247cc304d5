namespace ChatAppraisal.Storage;

/// <summary>What a backup is checked by: the same four counts in the copy as in the live data at the moment it was taken.</summary>
public sealed record StorageCounts(long Scores, long Seals, long AuditEntries, long Attachments);

/// <summary>The newest audit entry of a file: when, what, by whom.</summary>
public sealed record NewestAuditEntry(DateTime At, string Action, string Member, string? Detail);

/// <summary>What a backup holds, read from it alone (opened read-only).</summary>
public sealed record BackupContents(StorageCounts Counts, IReadOnlyList<string> Periods, int Villages, NewestAuditEntry? Newest);

/// <summary>
/// The storage provider's part of backups: a consistent copy of the live data taken while the bot runs, reading a copy
/// back without changing it, and putting one in place of the live data. The schedule, retention and who may ask live
/// outside (core/Backups); LiteDB copies its file between transactions (<see cref="LiteDb.LiteDbBackup"/>), a server
/// database would run its own dump tool here.
/// </summary>
public interface IStorageBackup
{
    /// <summary>The file name ending of a backup (".db").</summary>
    string Extension { get; }

    /// <summary>
    /// Writes a copy of the live data to <paramref name="destination"/> (a new file) between transactions, and returns the
    /// live data's counts at that very moment. Nothing of the live data changes; a failure leaves no file behind.
    /// </summary>
    StorageCounts CopyTo(string destination);

    /// <summary>Opens <paramref name="file"/> read-only and says what it holds; throws <see cref="BackupUnreadableException"/>.</summary>
    BackupContents Inspect(string file);

    /// <summary>
    /// Puts <paramref name="backup"/> in place of the data at <paramref name="livePath"/>, keeping what was there aside as
    /// <c>{livePath}.before-restore</c> (returned; null when there was nothing). Refuses (<see cref="DatabaseInUseException"/>)
    /// while a bot holds the live data.
    /// </summary>
    string? Restore(string backup, string livePath);
}

/// <summary>A file that is not a readable backup (torn, of another program), with the sentence that says so.</summary>
public sealed class BackupUnreadableException(string message, Exception? inner = null) : Exception(message, inner);
