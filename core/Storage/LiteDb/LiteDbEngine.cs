using System.Collections.Concurrent;
using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// The LiteDB file (direct mode, one process, guarded by a lock file), opened through <see cref="SchemaUpgrade"/>: a new
/// file gets the current schema, an older one is upgraded first, a newer one is refused.
/// </summary>
public sealed class LiteDbEngine : IStorageEngine
{
    volatile LiteDatabase _db;
    readonly EngineGate _gate = new();
    // Whether this thread's transaction holds a use of the gate (from Begin to its Commit or Rollback).
    readonly ThreadLocal<bool> _inTransaction = new();
    readonly DatabaseFileLock _fileLock;
    readonly ConcurrentDictionary<string, object> _docs = new();
    readonly ConcurrentDictionary<string, (LiteDatabase Db, object Collection)> _collections = new();
    // A read (BeginRead..EndRead) holds it shared, a commit exclusively: LiteDB takes a read's snapshot per collection as
    // the collection is first read, so no commit may land between two collections of one read. A read never waits for a
    // writer's transaction, only for a commit under way; a waiting commit goes before new reads.
    readonly ReaderWriterLockSlim _commits = new(LockRecursionPolicy.NoRecursion);

    LiteDbEngine(string path, LiteDatabase db, DatabaseFileLock fileLock)
    {
        Location = path;
        _db = db;
        _fileLock = fileLock;
        Sessions = new LiteSessionCodec(db.Mapper);
    }

    /// <summary>Opens (creating, upgrading) the file; what an upgrade did is in <paramref name="upgraded"/>.</summary>
    public static LiteDbEngine Open(string path, out UpgradeReport? upgraded, IReadOnlyList<Migration>? migrations = null)
    {
        var full = Path.GetFullPath(path);
        Directory.CreateDirectory(Path.GetDirectoryName(full)!);
        var fileLock = DatabaseFileLock.Acquire(full);
        try
        {
            if (LiteDbFile.Problem(full) is { } problem)
                throw new DatabaseDamagedException($"The database '{full}' is damaged: {problem}.");
            upgraded = SchemaUpgrade.Run(full, migrations ?? Migrations.Migrations.All);
            var db = OpenFile(full);
            return new LiteDbEngine(full, db, fileLock);
        }
        catch (Exception e)
        {
            fileLock.Dispose();
            if (e is LiteException or InvalidCastException or EndOfStreamException)
                throw new DatabaseDamagedException($"The database '{full}' is damaged: {e.Message}", e);
            throw;
        }
    }

    internal static LiteDatabase OpenFile(string path, bool readOnly = false)
    {
        var db = new LiteDatabase(new ConnectionString { Filename = path, Connection = ConnectionType.Direct, ReadOnly = readOnly }, CreateMapper());
        db.UtcDate = true;
        return db;
    }

    /// <summary>How the file compares strings (its ids' order), read once: the file keeps it for good.</summary>
    internal Collation Collation => _collation ??= _db.Collation;
    Collation? _collation;

    /// <summary>The open file (see <see cref="LiteDbOfStore"/>).</summary>
    public LiteDatabase Database => _db;

    public string Location { get; }
    public ISessionCodec Sessions { get; }

    public IDocs<T> Docs<T>(Collection<T> collection) where T : class =>
        (IDocs<T>)_docs.GetOrAdd(collection.Name, _ => new LiteDocs<T>(collection, this, _gate));

    /// <summary>The collection in the database open now: after a reopen (a full disk) the closed one's is replaced, whoever asks first.</summary>
    internal ILiteCollection<T> CollectionOf<T>(Collection<T> collection) where T : class
    {
        var db = _db;
        var entry = _collections.GetOrAdd(collection.Name, _ => (db, db.GetCollection<T>(collection.Name)));
        if (entry.Db != db)
        {
            entry = (db, db.GetCollection<T>(collection.Name));
            _collections[collection.Name] = entry;
        }
        return (ILiteCollection<T>)entry.Collection;
    }

    public void Prepare<T>(Collection<T> collection) where T : class
    {
        var docs = _db.GetCollection<T>(collection.Name); // maps T now (LiteDB 5.0.21's mapper races when types are first met in parallel)
        foreach (var index in collection.Indexes) docs.EnsureIndex(index.Field, "$." + index.Field, index.Unique);
    }

    public IFileBytes Files(FileCollection files) => new LiteFileBytes(() => _db.GetStorage<string>(files.Name, files.Chunks), _gate);

    public bool IsStorageFailure(Exception error) => error is LiteException;

    /// <summary>LiteDB writes a commit to its log without waiting for the disk whatever is asked, and makes it durable at a checkpoint.</summary>
    public void Begin(Durability durability)
    {
        _gate.Acquire();
        _inTransaction.Value = true;
        try
        {
            _db.BeginTrans();
        }
        catch
        {
            EndTransaction();
            throw;
        }
    }

    public void Commit()
    {
        _commits.EnterWriteLock();
        try { _db.Commit(); }
        finally
        {
            _commits.ExitWriteLock();
            EndTransaction();
        }
    }

    public void BeginRead() => _commits.EnterReadLock();

    public void EndRead() => _commits.ExitReadLock();

    public void Rollback()
    {
        try { _db.Rollback(); }
        finally { EndTransaction(); }
    }

    void EndTransaction()
    {
        if (!_inTransaction.Value) return;
        _inTransaction.Value = false;
        _gate.Release();
    }

    public void Checkpoint()
    {
        if (Volatile.Read(ref _frozen) == 1)
        {
            // LiteDB's checkpoint would wait for the frozen file's transaction, and every new transaction behind it.
            _checkpointPutOff = true;
            if (Volatile.Read(ref _frozen) == 1) return; // else it thawed meanwhile, maybe before seeing the flag: checkpoint now
        }
        using (_gate.Enter()) _db.Checkpoint();
    }

    int _frozen;
    volatile bool _checkpointPutOff;

    /// <summary>
    /// Holds the data file as it is now until the result is disposed, on this thread, while commits go on into the log
    /// (<see cref="FrozenDataFile"/>). Call it between transactions right after a checkpoint, so that the data file alone
    /// holds everything committed (<see cref="AppraisalStore.BetweenTransactions{T}"/>); one at a time.
    /// </summary>
    /// <param name="counted">The collections whose documents <see cref="FrozenDataFile.Counts"/> counts as they are now.</param>
    public FrozenDataFile Freeze(IReadOnlyList<string> counted)
    {
        if (Interlocked.CompareExchange(ref _frozen, 1, 0) != 0) throw new InvalidOperationException("The data file is frozen already (one backup at a time).");
        var gateHeld = false;
        var began = false;
        var db = _db;
        try
        {
            _gate.Acquire();
            gateHeld = true;
            db = _db; // the database open now, inside the gate
            began = db.BeginTrans();
            if (!began) throw new InvalidOperationException("This thread is inside a transaction: the data file can only be frozen between transactions.");
            return new FrozenDataFile(this, db, _gate, counted);
        }
        catch
        {
            if (began) db.Rollback();
            if (gateHeld) _gate.Release();
            Volatile.Write(ref _frozen, 0);
            throw;
        }
    }

    /// <summary>Whether the engine waits to be closed or reopened (for tests).</summary>
    internal bool Closing => _gate.Closing;

    /// <summary>The freeze has ended (see <see cref="TakePutOffCheckpoint"/>).</summary>
    internal void Thawed() => Volatile.Write(ref _frozen, 0);

    /// <summary>Whether a checkpoint was asked for while the file was frozen (then the caller runs it now); resets.</summary>
    public bool TakePutOffCheckpoint()
    {
        if (!_checkpointPutOff) return false;
        _checkpointPutOff = false;
        return true;
    }

    public void Reopen()
    {
        EndTransaction(); // a write that failed on a full disk is not rolled back: the file is reopened instead
        _gate.Close(() =>
        {
            var broken = _db;
            try
            {
                EngineClose.Close(broken);
            }
            catch (Exception)
            {
                // Closing a broken engine may fail too; the file is what counts and it is reopened below.
            }
            _db = OpenFile(Location); // the collections of the closed one are replaced as they are asked for (Docs)
        }, forGood: false);
    }

    const string ProbeCollection = "storage_probe";

    public void Probe()
    {
        using (_gate.Enter()) _db.GetCollection(ProbeCollection).Upsert(new BsonDocument { ["_id"] = 1, ["at"] = DateTime.UtcNow });
    }

    internal static BsonMapper CreateMapper()
    {
        // Our own mapper, not BsonMapper.Global: tests open many stores in parallel.
        var mapper = new BsonMapper { EnumAsInteger = false };
        mapper.RegisterType(
            serialize: d => new BsonValue(d.ToUniversalTime()),
            deserialize: b => DateTime.SpecifyKind(b.AsDateTime.ToUniversalTime(), DateTimeKind.Utc));
        // Only an invite code's hash is kept; the code itself is handed out once and never stored.
        mapper.Entity<Members.InviteDoc>().Ignore(i => i.Code);
        // A dialog's session is a document inside its conversation, as before the seam.
        mapper.RegisterType(
            serialize: s => (BsonDocument)s.Value,
            deserialize: b => new StoredSession(b.AsDocument));
        return mapper;
    }

    int _disposed;

    public void Dispose()
    {
        if (Interlocked.Exchange(ref _disposed, 1) == 1) return;
        EndTransaction();
        _gate.Close(() => EngineClose.Close(_db), forGood: true);
        _fileLock.Dispose();
    }

    internal sealed class LiteSessionCodec(BsonMapper mapper) : ISessionCodec
    {
        public StoredSession Pack<T>(T session) where T : class => new(mapper.ToDocument(session));
        public T Unpack<T>(StoredSession stored) where T : class => mapper.ToObject<T>((BsonDocument)stored.Value);
    }
}
