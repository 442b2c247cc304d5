using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using LiteDB;

namespace ChatAppraisal.Storage;

/// <summary>
/// The one LiteDB file, opened once per process (direct mode, guarded by a lock file) and shared through DI.
/// Writes go through <see cref="Write{T}"/>: one transaction each, serialized, joined by nested calls on the same thread.
/// </summary>
public sealed class AppraisalStore : IDisposable
{
    readonly DatabaseFileLock _fileLock;
    readonly Lock _writeLock = new();
    volatile LiteDatabase _database;

    // LiteDB transactions belong to the OS thread; this marks a thread already inside Write.
    [ThreadStatic] static AppraisalStore? _writing;

    // A checkpoint asked for inside a transaction, done right after its commit.
    bool _checkpointAfterCommit;

    // What the transaction's writers want done once it has committed (the outbox takes the replies written in it).
    readonly List<Action> _afterCommit = [];

    public AppraisalStore(string path)
    {
        var full = System.IO.Path.GetFullPath(path);
        Directory.CreateDirectory(System.IO.Path.GetDirectoryName(full)!);
        _fileLock = DatabaseFileLock.Acquire(full);
        try
        {
            if (LiteDb.LiteDbFile.Problem(full) is { } problem)
                throw new DatabaseDamagedException($"The database '{full}' is damaged: {problem}.");
            Path = full;
            _database = Open(full, CreateMapper());
            EnsureIndexes();
        }
        catch (Exception e)
        {
            _database?.Dispose();
            _fileLock.Dispose();
            if (e is LiteException or InvalidCastException or EndOfStreamException)
                throw new DatabaseDamagedException($"The database '{full}' is damaged: {e.Message}", e);
            throw;
        }
    }

    public string Path { get; }

    /// <summary>The open file. Replaced (same mapper) after a write failed for lack of space: see <see cref="StorageSpace"/>.</summary>
    public LiteDatabase Database => _database;

    /// <summary>Whether the disk took the last write; readers keep working while it is full.</summary>
    public StorageSpace Space { get; } = new();

    static LiteDatabase Open(string path, BsonMapper mapper) =>
        new(new ConnectionString { Filename = path, Connection = ConnectionType.Direct }, mapper) { UtcDate = true };

    public ILiteCollection<PeriodDoc> Periods => Database.GetCollection<PeriodDoc>("periods");
    public ILiteCollection<VillageDoc> Villages => Database.GetCollection<VillageDoc>("villages");
    public ILiteCollection<MemberDoc> Members => Database.GetCollection<MemberDoc>("members");
    public ILiteCollection<AccountDoc> Accounts => Database.GetCollection<AccountDoc>("accounts");
    public ILiteCollection<InviteDoc> Invites => Database.GetCollection<InviteDoc>("invites");
    public ILiteCollection<ItemScoreDoc> ItemScores => Database.GetCollection<ItemScoreDoc>("item_scores");
    public ILiteCollection<LeaderRatingDoc> LeaderRatings => Database.GetCollection<LeaderRatingDoc>("leader_ratings");
    public ILiteCollection<SealDoc> Seals => Database.GetCollection<SealDoc>("seals");
    public ILiteCollection<AuditEntry> Audit => Database.GetCollection<AuditEntry>("audit");

    /// <summary>Runs <paramref name="work"/> in one transaction; an exception rolls everything back.</summary>
    public T Write<T>(Func<T> work)
    {
        if (_writing == this) return work();
        lock (_writeLock)
        {
            _writing = this;
            try
            {
                T result;
                try
                {
                    Database.BeginTrans();
                    try
                    {
                        result = work();
                    }
                    catch (Exception e) when (!StorageSpace.IsFull(e))
                    {
                        Database.Rollback();
                        throw;
                    }
                    Database.Commit();
                }
                catch (Exception e) when (StorageSpace.IsFull(e))
                {
                    // LiteDB's engine is unusable after a failed write (it even reads the rolled-back pages): start over
                    // from the file, where the failed transaction is not confirmed and so is not there at all.
                    Reopen();
                    Space.Failed(e);
                    throw new StorageFullException(Path, e);
                }
                if (Space.Full) ProbeSpace();
                if (_checkpointAfterCommit) CheckpointNow();
                // Still under the write lock: what commits first is handed on first.
                foreach (var action in _afterCommit) action();
                return result;
            }
            finally
            {
                _writing = null;
                _checkpointAfterCommit = false;
                _afterCommit.Clear();
            }
        }
    }

    public void Write(Action work) => Write(() => { work(); return true; });

    /// <summary>
    /// Forces committed pages into the data file (LiteDB fsyncs only at checkpoints). Inside a <see cref="Write{T}"/>
    /// (a chat update seals a sheet) LiteDB cannot checkpoint, so it happens right after that transaction commits.
    /// </summary>
    public void Checkpoint()
    {
        if (_writing == this)
        {
            _checkpointAfterCommit = true;
            return;
        }
        lock (_writeLock) CheckpointNow();
    }

    /// <summary>
    /// Runs <paramref name="work"/> between transactions: with the write lock held (no transaction can commit meanwhile)
    /// and every committed page checkpointed into the data file, so the file alone holds everything committed. Used to copy
    /// the file while the bot runs (a backup); readers go on meanwhile.
    /// </summary>
    public T BetweenTransactions<T>(Func<T> work)
    {
        if (_writing == this) throw new InvalidOperationException("A copy between transactions cannot be taken inside a transaction.");
        lock (_writeLock)
        {
            Database.Checkpoint();
            return work();
        }
    }

    // A checkpoint that cannot write for lack of space loses nothing: the pages stay in the log file until the next one.
    void CheckpointNow()
    {
        try
        {
            Database.Checkpoint();
        }
        catch (Exception e) when (StorageSpace.IsFull(e))
        {
            Reopen();
            Space.Failed(e);
        }
    }

    /// <summary>A tiny write after a commit while the disk was full: when it goes through, space is back.</summary>
    void ProbeSpace()
    {
        try
        {
            Database.GetCollection(ProbeCollection).Upsert(new BsonDocument { ["_id"] = 1, ["at"] = DateTime.UtcNow });
            Space.Recovered();
        }
        catch (Exception e) when (StorageSpace.IsFull(e))
        {
            Reopen();
        }
    }

    const string ProbeCollection = "storage_probe";

    void Reopen()
    {
        var broken = _database;
        try
        {
            broken.Dispose();
        }
        catch (Exception)
        {
            // Closing a broken engine may fail too; the file is what counts and it is reopened below.
        }
        _database = Open(Path, broken.Mapper);
    }

    /// <summary>
    /// Runs <paramref name="action"/> once the current transaction has committed, and never if it rolls back; outside a
    /// transaction, at once. It must be quick and must not throw (it runs under the write lock).
    /// </summary>
    public void AfterCommit(Action action)
    {
        if (_writing == this) _afterCommit.Add(action);
        else action();
    }

    public PeriodDoc ActivePeriod() =>
        Periods.FindOne(p => p.Active) ?? throw new InvalidOperationException("No active period: the database was not initialised.");

    void EnsureIndexes()
    {
        Periods.EnsureIndex(p => p.Active);
        Periods.EnsureIndex(p => p.Name, unique: true);
        Villages.EnsureIndex(v => v.Name, unique: true);
        Accounts.EnsureIndex(a => a.MemberId);
        Invites.EnsureIndex(i => i.MemberId);
        ItemScores.EnsureIndex(s => s.PeriodId);
        ItemScores.EnsureIndex(s => s.VillageId);
        ItemScores.EnsureIndex(s => s.MemberId);
        LeaderRatings.EnsureIndex(r => r.PeriodId);
        LeaderRatings.EnsureIndex(r => r.VillageId);
        LeaderRatings.EnsureIndex(r => r.MemberId);
        Seals.EnsureIndex(s => s.PeriodId);
        Audit.EnsureIndex(a => a.VillageId);
        Audit.EnsureIndex(a => a.MemberId);
        Audit.EnsureIndex(a => a.At);
    }

    static BsonMapper CreateMapper()
    {
        // Our own mapper, not BsonMapper.Global: tests open many stores in parallel.
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType(
            serialize: d => new BsonValue(d.ToUniversalTime()),
            deserialize: b => DateTime.SpecifyKind(b.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
        return mapper;
    }

    public void Dispose()
    {
        Database.Dispose();
        _fileLock.Dispose();
    }
}
