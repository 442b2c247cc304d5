using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// The LiteDB data file held still while it is read (a backup's copy), without holding up writers. LiteDB writes a commit
/// to its log file only; the data file changes only at a checkpoint, and LiteDB's automatic checkpoint (after a commit,
/// once the log passes 1,000 pages) runs only when no transaction is open (<c>LockService.TryEnterExclusive</c> in
/// 5.0.21). So, right after a checkpoint and before the next commit (<see cref="LiteDbEngine.Freeze"/>, called between
/// transactions), a read transaction is opened and kept open: commits go on into the log, the data file stays exactly as
/// it was at that moment, and the transaction's snapshots of the counted collections are taken at that moment too, so
/// <see cref="Count"/> reads the data file's. The explicit checkpoints asked for meanwhile (a seal's) are put off until it
/// is disposed (<see cref="LiteDbEngine.Checkpoint"/>): LiteDB's would wait for this transaction, and every new
/// transaction behind it. Everything here runs on the thread that froze the file (LiteDB's transactions and its lock
/// belong to the thread).
/// </summary>
public sealed class FrozenDataFile : IDisposable
{
    readonly LiteDbEngine _engine;
    readonly LiteDatabase _db;
    readonly EngineGate _gate;
    readonly int _thread = Environment.CurrentManagedThreadId;
    bool _disposed;

    internal FrozenDataFile(LiteDbEngine engine, LiteDatabase db, EngineGate gate, IReadOnlyList<string> counted)
    {
        _engine = engine;
        _db = db;
        _gate = gate;
        Path = engine.Location;
        Counted = counted;
        // A snapshot is taken when its collection is first read in the transaction: read each one now, at the moment.
        foreach (var name in counted) _db.GetCollection(name).FindById(0);
    }

    /// <summary>The data file, unchanged until this is disposed.</summary>
    public string Path { get; }

    /// <summary>The collections <see cref="Count"/> counts as they were at the freeze.</summary>
    public IReadOnlyList<string> Counted { get; }

    /// <summary>
    /// Throws when the engine is waiting to close or reopen (the bot stopping; a full disk): the freeze must end now, or
    /// the engine would be closed under its transaction. The copy under way is given up.
    /// </summary>
    public void ThrowIfClosing()
    {
        if (_gate.Closing)
            throw new IOException("The database was being closed or reopened (the bot stopping, or a full disk) during the backup's copy: the copy was given up.");
    }

    /// <summary>The documents of <paramref name="collection"/>, one of <see cref="Counted"/>, at the moment of the freeze.</summary>
    public long Count(string collection)
    {
        OnItsThread();
        if (!Counted.Contains(collection)) throw new ArgumentException($"'{collection}' was not counted at the freeze: only {string.Join(", ", Counted)}.", nameof(collection));
        ThrowIfClosing();
        return _db.GetCollection(collection).LongCount();
    }

    void OnItsThread()
    {
        if (Environment.CurrentManagedThreadId != _thread)
            throw new InvalidOperationException("A frozen data file is read and let go on the thread that froze it (LiteDB's transactions belong to the thread).");
    }

    public void Dispose()
    {
        if (_disposed) return;
        OnItsThread();
        _disposed = true;
        try
        {
            _db.Rollback(); // it wrote nothing: ending it lets checkpoints run again
        }
        catch (Exception e) when (e is LiteException or IOException or ObjectDisposedException)
        {
            // An engine that failed meanwhile (a full disk) closed itself with its transactions; it is reopened from the file.
        }
        finally
        {
            _gate.Release();
            _engine.Thawed();
        }
    }
}
