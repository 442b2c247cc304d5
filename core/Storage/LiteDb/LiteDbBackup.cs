using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// Backups of the LiteDB file. A copy is taken between transactions but does not hold them up: for a moment, with the
/// store's write lock held (<see cref="AppraisalStore.BetweenTransactions{T}"/>), the log is checkpointed into the data
/// file (which then holds everything committed) and the data file is frozen (<see cref="FrozenDataFile"/>: a LiteDB read
/// transaction kept open, so later commits stay in the log and no checkpoint writes to the data file). The lock is let go
/// and the frozen file copied while answers go on; its counts are read in the frozen moment's snapshot. Attachments live
/// in the same file (its file storage), so they are in the copy. The copy is written to a temporary name, flushed to disk
/// and only then given its name: a crash mid-copy leaves a stray temporary file, never a torn backup.
/// </summary>
public sealed class LiteDbBackup(AppraisalStore? store = null) : IStorageBackup
{
    /// <summary>The collections each backup is checked by (their names as the stores declare them).</summary>
    public static readonly string Scores = ScoreStore.ItemsCollection.Name, Seals = ScoreStore.SealsCollection.Name,
        Audit = AuditStore.EntriesCollection.Name, Attachments = EvidenceStore.AttachmentsCollection.Name;

    static readonly string[] Counted = [Scores, Seals, Audit, Attachments];

    public string Extension => ".db";

    /// <summary>How long the last copy held up writers: waiting for the write lock, the checkpoint and the freeze.</summary>
    public TimeSpan LastHold { get; private set; }

    public StorageCounts CopyTo(string destination)
    {
        var live = store ?? throw new InvalidOperationException("A backup needs the open store.");
        var engine = live.Engine as LiteDbEngine ?? throw new InvalidOperationException("This store is not on a LiteDB file.");
        var partial = destination + ".partial";
        try
        {
            StorageCounts counts;
            // The write lock only for the checkpoint (the log since the last one) and the freeze, not for the copy.
            var held = System.Diagnostics.Stopwatch.StartNew();
            using (var frozen = live.BetweenTransactions(() => engine.Freeze(Counted)))
            {
                LastHold = held.Elapsed;
                var before = Stamp(frozen.Path);
                Copy(frozen, partial);
                counts = Count(frozen.Count);
                // Belt and braces: nothing may have written to the data file while it was frozen.
                if (Stamp(frozen.Path) != before)
                    throw new IOException($"The database file changed during the backup's copy ({before} → {Stamp(frozen.Path)}): the copy was given up.");
            }
            File.Move(partial, destination);
            return counts;
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
        finally
        {
            // A seal's checkpoint asked for during the copy runs now (with the store's handling of a full disk).
            if (engine.TakePutOffCheckpoint()) live.Checkpoint();
        }
    }

    void Copy(FrozenDataFile frozen, string partial)
    {
        using var source = new FileStream(frozen.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1, FileOptions.SequentialScan);
        using var target = OwnerOnly.Create(partial);
        var length = source.Length;
        long copied = 0;
        var buffer = (byte[]?)null;
        while (copied < length)
        {
            DuringCopy?.Invoke(copied);
            frozen.ThrowIfClosing(); // a full disk's reopen or the bot stopping waits for no copy
            var slice = (int)Math.Min(Slice, length - copied);
            // The kernel's own copy where there is one (Linux: no pass through this process's memory, a fraction of the
            // CPU a read-and-write loop takes), else read and write.
            var done = FileSlice.Copy(source, target, copied, slice, ref buffer);
            if (done == 0) throw new IOException($"The database file ended at {copied:N0} bytes of {length:N0} during the backup's copy.");
            copied += done;
        }
        target.Flush(flushToDisk: true);
    }

    /// <summary>How much is copied between two looks at whether the engine is closing.</summary>
    const int Slice = 8 << 20;

    /// <summary>For tests: called before each slice of the copy with the bytes copied so far, on the copying thread.</summary>
    internal Action<long>? DuringCopy { get; set; }

    static (long Length, DateTime Written) Stamp(string file)
    {
        var info = new FileInfo(file);
        return (info.Length, info.LastWriteTimeUtc);
    }

    public BackupContents Inspect(string file)
    {
        if (!File.Exists(file)) throw new BackupUnreadableException($"There is no file '{file}'.");
        if ((new FileInfo(file).Length == 0 ? "it is empty" : LiteDbFile.Problem(file)) is { } problem)
            throw new BackupUnreadableException($"'{file}' is not a whole ChatAppraisal database: {problem}.");
        try
        {
            // Read-only: LiteDB neither writes to the file nor makes a log beside it.
            using var db = new LiteDatabase(new ConnectionString { Filename = file, Connection = ConnectionType.Direct, ReadOnly = true });
            if (!db.CollectionExists(SetupStore.PeriodsCollection.Name))
                throw new BackupUnreadableException($"'{file}' is a LiteDB file but not a ChatAppraisal database (it has no periods).");
            var periods = db.GetCollection(SetupStore.PeriodsCollection.Name).FindAll().Select(p => p["Name"].AsString).ToList();
            var villages = db.GetCollection(SetupStore.VillagesCollection.Name).Count();
            var newest = db.GetCollection(Audit).Query().OrderByDescending("_id").Limit(1).FirstOrDefault();
            return new BackupContents(Count(db), periods, villages, newest is null ? null
                : new NewestAuditEntry(newest["At"].AsDateTime.ToUniversalTime(), newest["Action"].AsString, newest["MemberName"].AsString,
                    newest["Detail"].IsNull ? null : newest["Detail"].AsString));
        }
        catch (Exception e) when (e is LiteException or InvalidCastException or IOException or ArgumentException or InvalidOperationException)
        {
            throw new BackupUnreadableException($"'{file}' cannot be read as a ChatAppraisal database ({e.Message}): it is torn or of another program.", e);
        }
    }

    public string? Restore(string backup, string livePath)
    {
        var live = Path.GetFullPath(livePath);
        Inspect(backup);
        Directory.CreateDirectory(Path.GetDirectoryName(live)!);
        using var held = DatabaseFileLock.Acquire(live);
        string? aside = null;
        if (File.Exists(live))
        {
            aside = live + ".before-restore";
            TryDelete(aside);
            TryDelete(LogOf(aside));
            File.Move(live, aside);
            // Committed pages not yet checkpointed stay beside the file kept aside, where LiteDB looks for them.
            if (File.Exists(LogOf(live))) File.Move(LogOf(live), LogOf(aside));
        }
        var partial = live + ".restoring";
        File.Copy(backup, partial, overwrite: true);
        OwnerOnly.Tighten(partial);
        File.Move(partial, live);
        return aside;
    }

    /// <summary>LiteDB's log file for a data file: "appraisal.db" → "appraisal-log.db".</summary>
    public static string LogOf(string dataFile) =>
        Path.Combine(Path.GetDirectoryName(dataFile)!, Path.GetFileNameWithoutExtension(dataFile) + "-log" + Path.GetExtension(dataFile));

    static StorageCounts Count(LiteDatabase db) => Count(name => db.GetCollection(name).LongCount());

    /// <summary>What a backup reports it holds, counted by <paramref name="count"/> (the frozen file's, or a copy's).</summary>
    static StorageCounts Count(Func<string, long> count) => new(count(Scores), count(Seals), count(Audit), count(Attachments));

    static void TryDelete(string file)
    {
        try
        {
            File.Delete(file);
        }
        catch (IOException)
        {
        }
    }
}
