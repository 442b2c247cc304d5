using System.Text.Json.Serialization;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Backups;

/// <summary>Why a backup was taken. Seals' and publications' backups are kept for good; the others are pruned to <c>Backup:Keep</c>.</summary>
[JsonConverter(typeof(JsonStringEnumConverter<BackupReason>))]
public enum BackupReason
{
    Daily,
    Seal,
    Publication,
    OnDemand,
}

/// <summary>A backup written and checked: its file (in the backup folder), when, why, its size and SHA-256, and what it holds.</summary>
/// <param name="Note">What it followed: the sealed villages, who asked.</param>
public sealed record BackupRecord(string File, DateTime At, BackupReason Reason, long Size, string Sha256, StorageCounts Counts, string? Note = null)
{
    public bool KeptForGood => Reason is BackupReason.Seal or BackupReason.Publication;
}

/// <summary>What kept a backup from being written, each with its own thing to fix.</summary>
public enum BackupProblem
{
    None,
    FolderMissing,
    NoPermission,
    DiskFull,
    Mismatch,
    Failed,
}

/// <summary>A backup taken, or why not, with the sentence for the log (the live data is untouched either way).</summary>
public sealed record BackupOutcome(BackupRecord? Record, BackupProblem Problem = BackupProblem.None, string? Detail = null)
{
    public bool Ok => Record is not null;

    /// <summary>Where a backup's time went (for the log and the benchmark); null when it failed.</summary>
    public BackupTimings? Timings { get; init; }
}

/// <summary>A backup's steps, timed: the consistent copy, the read-only check of its counts, its SHA-256, backups.json.</summary>
public sealed record BackupTimings(TimeSpan Copy, TimeSpan Check, TimeSpan Sha256, TimeSpan Record)
{
    public TimeSpan Total => Copy + Check + Sha256 + Record;

    public override string ToString() =>
        $"{Total.TotalMilliseconds:0} ms: copy {Copy.TotalMilliseconds:0} ms, check {Check.TotalMilliseconds:0} ms, SHA-256 {Sha256.TotalMilliseconds:0} ms, record {Record.TotalMilliseconds:0} ms";
}
