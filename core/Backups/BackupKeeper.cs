using System.Globalization;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using System.Security.Cryptography;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Backups;

/// <summary>
/// Takes a backup, checks it and records it: the provider copies the live data between transactions
/// (<see cref="IStorageBackup"/>), the copy is opened read-only and its counts of scores, seals, audit entries and
/// attachments compared with the live data's at that moment, then its size, time and SHA-256 go into backups.json. Old
/// backups beyond <c>Backup:Keep</c> daily and <c>Backup:Keep</c> on-demand ones are pruned (a seal's or a publication's never). A failure is logged once per kind
/// with what to fix and told to the admins once; it never touches the live data. One backup at a time.
/// </summary>
public sealed class BackupKeeper
{
    readonly IStorageBackup _storage;
    readonly BackupOptions _options;
    readonly string _databasePath;
    readonly TimeProvider _clock;
    readonly AdminNotices? _notices;
    readonly ILogger<BackupKeeper> _logger;
    readonly Lock _oneAtATime = new();
    BackupProblem _failing = BackupProblem.None;

    public BackupKeeper(IStorageBackup storage, IOptions<BackupOptions> options, IOptions<StorageOptions> storageOptions, TimeProvider clock,
        ILogger<BackupKeeper> logger, AdminNotices? notices = null)
    {
        _storage = storage;
        _options = options.Value;
        _databasePath = Path.GetFullPath(storageOptions.Value.Path);
        _clock = clock;
        _notices = notices;
        _logger = logger;
        Folder = _options.FolderFor(_databasePath);
    }

    public string Folder { get; }

    public BackupOptions Options => _options;

    /// <summary>The backups kept, newest first.</summary>
    public IReadOnlyList<BackupRecord> List()
    {
        lock (_oneAtATime) return Kept().OrderByDescending(r => r.At).ToList();
    }

    List<BackupRecord> Kept() =>
        Directory.Exists(Folder) ? BackupManifest.Read(Folder).Where(r => File.Exists(Path.Combine(Folder, r.File))).ToList() : [];

    /// <summary>Takes one backup now and returns once it is written and checked (or has failed).</summary>
    public BackupOutcome Take(BackupReason reason, string? note = null)
    {
        lock (_oneAtATime)
        {
            var outcome = TakeLocked(reason, note);
            Report(outcome);
            return outcome;
        }
    }

    BackupOutcome TakeLocked(BackupReason reason, string? note)
    {
        string? file = null;
        try
        {
            if (!Directory.Exists(Folder))
            {
                if (!_options.DefaultFolder) return new(null, BackupProblem.FolderMissing, $"the folder {Folder} does not exist");
                OwnerOnly.CreateFolder(Folder);
            }
            RemoveStrays();
            var at = _clock.GetUtcNow().UtcDateTime;
            file = NewFileName(at, reason);
            var path = Path.Combine(Folder, file);
            var watch = System.Diagnostics.Stopwatch.StartNew();
            var live = _storage.CopyTo(path);
            var copied = watch.Elapsed;
            var copy = _storage.Inspect(path).Counts;
            var checkedAt = watch.Elapsed;
            if (copy != live)
            {
                File.Delete(path);
                return new(null, BackupProblem.Mismatch, $"the copy holds {copy}, the live data held {live}");
            }
            var record = new BackupRecord(file, at, reason, new FileInfo(path).Length, Sha256(path), live, note);
            var hashed = watch.Elapsed;
            var records = Kept();
            records.Add(record);
            records = Prune(records);
            BackupManifest.Write(Folder, records);
            return new(record) { Timings = new(copied, checkedAt - copied, hashed - checkedAt, watch.Elapsed - hashed) };
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or BackupUnreadableException)
        {
            if (file is not null) TryDelete(Path.Combine(Folder, file));
            var problem = e switch
            {
                _ when StorageSpace.IsFull(e) => BackupProblem.DiskFull,
                UnauthorizedAccessException => BackupProblem.NoPermission,
                DirectoryNotFoundException => BackupProblem.FolderMissing,
                BackupUnreadableException => BackupProblem.Mismatch,
                _ => BackupProblem.Failed,
            };
            return new(null, problem, e.Message);
        }
    }

    /// <summary>
    /// Keeps every seal's and publication's backup, the newest <c>Backup:Keep</c> daily ones and the newest <c>Backup:Keep</c>
    /// on-demand ones; deletes the rest. Counted apart, so that pressing 备份 often never costs the days' history.
    /// </summary>
    List<BackupRecord> Prune(List<BackupRecord> records)
    {
        var pruned = records.Where(r => !r.KeptForGood).GroupBy(r => r.Reason)
            .SelectMany(kind => kind.OrderByDescending(r => r.At).Skip(_options.Keep)).ToList();
        foreach (var old in pruned)
        {
            TryDelete(Path.Combine(Folder, old.File));
            _logger.LogInformation("Backup {File} removed: more than Backup:Keep = {Keep} {Reason} backups", old.File, _options.Keep, old.Reason);
        }
        return records.Except(pruned).OrderBy(r => r.At).ToList();
    }

    /// <summary>Half-written copies of a backup cut off by a crash (never named as a backup, never listed).</summary>
    void RemoveStrays()
    {
        foreach (var stray in Directory.EnumerateFiles(Folder, "*.partial")) TryDelete(stray);
    }

    string NewFileName(DateTime at, BackupReason reason)
    {
        var stem = Path.GetFileNameWithoutExtension(_databasePath) + "-" + at.ToString("yyyyMMdd-HHmmss", CultureInfo.InvariantCulture) + "Z-" +
                   reason.ToString().ToLowerInvariant();
        var name = stem + _storage.Extension;
        for (var n = 2; File.Exists(Path.Combine(Folder, name)); n++) name = $"{stem}-{n}{_storage.Extension}";
        return name;
    }

    void Report(BackupOutcome outcome)
    {
        if (outcome.Record is { } record)
        {
            _logger.LogInformation("Backup {File} written and checked ({Reason}) in {Timings}: {Size} bytes, sha256 {Sha256}, {Scores} scores, {Seals} seals, {Audit} audit entries, {Attachments} attachments",
                record.File, record.Reason, outcome.Timings, record.Size, record.Sha256, record.Counts.Scores, record.Counts.Seals, record.Counts.AuditEntries, record.Counts.Attachments);
            if (_failing != BackupProblem.None)
            {
                _logger.LogInformation("Backups work again ({File})", record.File);
                if (_notices?.Clear(NoticeKey(_failing)) == true) _notices.Tell(t => t.BackupsWorkAgain(record.File), "backup");
                _failing = BackupProblem.None;
            }
            return;
        }
        if (_failing == outcome.Problem) return; // logged and told once already
        if (_failing != BackupProblem.None) _notices?.Clear(NoticeKey(_failing));
        _failing = outcome.Problem;
        _logger.LogError("Backup failed ({Problem}: {Detail}). {Fix}", outcome.Problem, outcome.Detail, Texts.For("en").BackupFailed(outcome.Problem, Folder));
        _notices?.Once(NoticeKey(outcome.Problem), t => t.BackupFailed(outcome.Problem, Folder));
    }

    static string NoticeKey(BackupProblem problem) => "backup:" + problem;

    /// <summary>The newest backup in the folder a database at <paramref name="databasePath"/> backs up to, or null.</summary>
    public static string? Newest(string databasePath, BackupOptions options)
    {
        var folder = options.FolderFor(databasePath);
        if (!Directory.Exists(folder)) return null;
        var recorded = BackupManifest.Read(folder).Where(r => File.Exists(Path.Combine(folder, r.File))).MaxBy(r => r.At);
        return recorded is null ? null : Path.Combine(folder, recorded.File);
    }

    static string Sha256(string file)
    {
        using var stream = new FileStream(file, FileMode.Open, FileAccess.Read, FileShare.Read, 1 << 20);
        return Convert.ToHexStringLower(SHA256.HashData(stream));
    }

    static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException)
        {
        }
    }
}
