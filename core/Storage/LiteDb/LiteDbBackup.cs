using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// Backups of the LiteDB file. A copy is taken between transactions (<see cref="AppraisalStore.BetweenTransactions{T}"/>):
/// with the write lock held and the log checkpointed, the data file alone holds everything committed and nothing commits
/// until the copy is done; attachments live in the same file (its file storage), so they are in the copy. The copy is
/// written to a temporary name, flushed to disk and only then given its name: a crash mid-copy leaves a stray temporary
/// file, never a torn backup.
/// </summary>
public sealed class LiteDbBackup(AppraisalStore? store = null) : IStorageBackup
{
    /// <summary>The collections each backup is checked by (their names as the stores declare them).</summary>
    public static readonly string Scores = ScoreStore.ItemsCollection.Name, Seals = ScoreStore.SealsCollection.Name,
        Audit = AuditStore.EntriesCollection.Name, Attachments = EvidenceStore.AttachmentsCollection.Name;

    public string Extension => ".db";

    public StorageCounts CopyTo(string destination)
    {
        var partial = destination + ".partial";
        try
        {
            var live = store ?? throw new InvalidOperationException("A backup needs the open store.");
            var counts = live.BetweenTransactions(() =>
            {
                using (var source = new FileStream(live.Path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite, 1 << 20))
                using (var target = OwnerOnly.Create(partial))
                {
                    source.CopyTo(target, 1 << 20);
                    target.Flush(flushToDisk: true);
                }
                return Count(live.LiteDatabase());
            });
            File.Move(partial, destination);
            return counts;
        }
        catch
        {
            TryDelete(partial);
            throw;
        }
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

    static StorageCounts Count(LiteDatabase db) => new(
        db.GetCollection(Scores).LongCount(), db.GetCollection(Seals).LongCount(),
        db.GetCollection(Audit).LongCount(), db.GetCollection(Attachments).LongCount());

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
