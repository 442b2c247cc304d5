using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage.LiteDb;

namespace ChatAppraisal.Storage;

/// <summary>
/// The unit of work over the database, opened once per process and shared through DI, with one store per feature.
/// <see cref="Write{T}"/> runs one transaction (serialized, joined by nested calls on the same thread): an update's answer,
/// its audit entry, the conversation's state and the replies commit together or not at all. <see cref="Read{T}"/> never
/// takes the write lock. See docs/storage.md.
/// </summary>
public sealed class AppraisalStore : IDisposable
{
    readonly IStorageEngine _engine;
    readonly IStorageEngine _scoped;
    readonly Lock _writeLock = new();
    readonly ActivePeriodCache _activePeriods = new();

    // Transactions belong to the OS thread; this marks a thread already inside Write.
    [ThreadStatic] static AppraisalStore? _writing;

    // A thread inside Read: nested reads join it, and a write inside it is refused (its commit would wait for the read).
    [ThreadStatic] static AppraisalStore? _reading;

    // A checkpoint asked for inside a transaction, done right after its commit.
    bool _checkpointAfterCommit;

    // What the transaction's writers want done once it has committed (the outbox takes the replies written in it).
    readonly List<Action> _afterCommit = [];

    /// <summary>Opens (creates, upgrades) the LiteDB file at <paramref name="path"/>.</summary>
    public AppraisalStore(string path) : this(LiteDbEngine.Open(path, out var upgraded))
    {
        Upgrade = upgraded;
    }

    /// <summary>Over an engine opened elsewhere (PostgreSQL), with what opening did to its schema.</summary>
    public AppraisalStore(IStorageEngine engine, UpgradeReport? upgrade) : this(engine)
    {
        Upgrade = upgrade;
    }

    public AppraisalStore(IStorageEngine engine)
    {
        _engine = engine;
        // Every store sees the engine through the town scope: a collection declared OwnedByTown reads and writes the
        // current town's documents only (TownOwnedDocs), whichever store declares it.
        engine = _scoped = new TownScopedEngine(engine);
        Towns = new TownStore(engine);
        Setup = new SetupStore(engine, _activePeriods, () => InTransaction);
        Scores = new ScoreStore(engine);
        Roster = new RosterStore(engine);
        Audit = new AuditStore(engine);
        Conversations = new ConversationStore(engine);
        Outbox = new OutboxStore(engine);
        Evidence = new EvidenceStore(engine);
        Ballots = new BallotStore(engine);
        Schedule = new ScheduleStore(engine);
        Publication = new PublicationStore(engine);
        try
        {
            Prepare(Towns, Setup, Scores, Roster, Audit, Conversations, Outbox, Evidence, Ballots, Schedule, Publication);
        }
        catch
        {
            engine.Dispose();
            throw;
        }
    }

    /// <summary>The engine under the stores.</summary>
    public IStorageEngine Engine => _engine;

    /// <summary>The database file's full path (on a server: which database on which server, for messages).</summary>
    public string Path => _engine.Location;

    /// <summary>Whether the disk took the last write; readers keep working while it is full.</summary>
    public StorageSpace Space { get; } = new();

    /// <summary>What opening did to the file (created, or upgraded from an older schema); null when it was current.</summary>
    public UpgradeReport? Upgrade { get; }

    public TownStore Towns { get; }
    public SetupStore Setup { get; }
    public ScoreStore Scores { get; }
    public RosterStore Roster { get; }
    public AuditStore Audit { get; }
    public ConversationStore Conversations { get; }
    public OutboxStore Outbox { get; }
    public EvidenceStore Evidence { get; }
    public BallotStore Ballots { get; }
    public ScheduleStore Schedule { get; }
    public PublicationStore Publication { get; }

    /// <summary>A collection declared outside core (the channels' own state): the same engine, the same transactions.</summary>
    public IDocs<T> Docs<T>(Collection<T> collection) where T : class => _scoped.Docs(collection);

    public IFileBytes Files(FileCollection files) => _engine.Files(files);

    /// <summary>Makes the stores' indexes, in one transaction (at start).</summary>
    public void Prepare(params IFeatureStore[] stores) => Write(() =>
    {
        foreach (var store in stores) store.Prepare();
    });

    /// <summary>Makes one collection's indexes (a store declared outside core).</summary>
    public void Prepare<T>(Collection<T> collection) where T : class => Write(() => _engine.Prepare(collection));

    /// <summary>Runs <paramref name="work"/> in one transaction; an exception rolls everything back.</summary>
    public T Write<T>(Func<T> work) => Write(work, Durability.Flushed);

    public void Write(Action work) => Write(() => { work(); return true; });

    /// <summary>
    /// <see cref="Write{T}"/> for the channels' bookkeeping that a crash can only make the bot do again: a line of the
    /// browser chat's transcript, a sent reply crossed off (sent once more then, as after a kill). Its commit does not wait
    /// for the server's disk (<see cref="Durability.Deferred"/>); inside another transaction it joins that one.
    /// </summary>
    public T WriteBookkeeping<T>(Func<T> work) => Write(work, Durability.Deferred);

    public void WriteBookkeeping(Action work) => WriteBookkeeping(() => { work(); return true; });

    T Write<T>(Func<T> work, Durability durability)
    {
        if (_writing == this) return work();
        if (_reading == this)
            throw new InvalidOperationException("A write inside store.Read: a read must not write (write in store.Write, outside the read).");
        // Bot processes sharing a database: a transaction the server chose as a deadlock's victim (or a serialization
        // failure) did nothing, and runs again from the start, a few times.
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return WriteOnce(work, durability);
            }
            catch (Exception e) when (attempt < ConflictAttempts && _engine.IsConflict(e))
            {
                Thread.Sleep(Random.Shared.Next(5, 20 * attempt));
            }
        }
    }

    /// <summary>How often a transaction that lost a conflict with another process's runs, in all.</summary>
    public const int ConflictAttempts = 4;

    T WriteOnce<T>(Func<T> work, Durability durability)
    {
        lock (_writeLock)
        {
            _writing = this;
            try
            {
                T result;
                try
                {
                    _engine.Begin(durability);
                    try
                    {
                        result = work();
                    }
                    catch (Exception e) when (!StorageSpace.IsFull(e))
                    {
                        _engine.Rollback();
                        throw;
                    }
                    _engine.Commit();
                }
                catch (Exception e) when (StorageSpace.IsFull(e))
                {
                    // The engine may be unusable after a failed write (LiteDB's even reads the rolled-back pages): start
                    // over from the file, where the failed transaction is not confirmed and so is not there at all.
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
                _activePeriods.TransactionEnded();
                _writing = null;
                _checkpointAfterCommit = false;
                _afterCommit.Clear();
            }
        }
    }

    /// <summary>
    /// Runs <paramref name="read"/> as one consistent reading, without the write lock: every collection it reads shows the
    /// same committed state, whatever commits meanwhile (the engine's read transaction: <see cref="IStorageEngine.BeginRead"/>).
    /// Inside a <see cref="Write{T}"/> on the same thread it reads that transaction, its own changes included; a nested read
    /// joins the outer one. It must not write (a write inside it is refused).
    /// </summary>
    public T Read<T>(Func<T> read)
    {
        if (_writing == this || _reading == this) return read();
        _engine.BeginRead();
        _reading = this;
        try
        {
            return read();
        }
        finally
        {
            _reading = null;
            _engine.EndRead();
        }
    }

    public void Read(Action read) => Read(() => { read(); return true; });

    /// <summary>
    /// Forces committed work into the data file (LiteDB fsyncs only at checkpoints). Inside a <see cref="Write{T}"/>
    /// (a chat update seals a sheet) it cannot happen, so it does right after that transaction commits.
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
    /// and every committed page checkpointed into the data file, so the file alone holds everything committed. Writers wait
    /// for it, so it must be short: a backup only freezes the data file here (<see cref="LiteDb.FrozenDataFile"/>) and copies
    /// it after the lock is let go; readers go on meanwhile.
    /// </summary>
    public T BetweenTransactions<T>(Func<T> work)
    {
        if (_writing == this) throw new InvalidOperationException("A copy between transactions cannot be taken inside a transaction.");
        lock (_writeLock)
        {
            _engine.Checkpoint();
            return work();
        }
    }

    // A checkpoint that cannot write for lack of space loses nothing: the pages stay in the log file until the next one.
    void CheckpointNow()
    {
        try
        {
            _engine.Checkpoint();
        }
        catch (Exception e) when (StorageSpace.IsFull(e))
        {
            Reopen();
            Space.Failed(e);
        }
    }

    void Reopen()
    {
        _engine.Reopen();
        _activePeriods.Clear();
    }

    /// <summary>A tiny write after a commit while the disk was full: when it goes through, space is back.</summary>
    void ProbeSpace()
    {
        try
        {
            _engine.Probe();
            Space.Recovered();
        }
        catch (Exception e) when (StorageSpace.IsFull(e))
        {
            Reopen();
        }
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

    /// <summary>The engine itself failed (a busy or damaged file), as opposed to the code that called it.</summary>
    public bool IsStorageFailure(Exception error) => _engine.IsStorageFailure(error);

    /// <summary>Whether several bot processes may share this database (PostgreSQL; docs/scale-out.md).</summary>
    public bool Shared => _engine.Shared;

    /// <summary>
    /// Inside <see cref="Write{T}"/>: holds <paramref name="key"/> until the transaction ends, waiting while a transaction of
    /// another process holds it (the write lock already serializes this process's own). Nothing on the LiteDB file.
    /// </summary>
    public void LockUntilCommit(string key)
    {
        if (_writing != this) throw new InvalidOperationException($"The lock on '{key}' belongs in a transaction (store.Write).");
        _engine.LockUntilCommit(key);
    }

    /// <summary>True on a thread inside <see cref="Write{T}"/>.</summary>
    public bool InTransaction => _writing == this;

    /// <summary>
    /// The current town's active period, a copy of it kept in memory until a period is written (<see cref="ActivePeriodCache"/>);
    /// on a database several processes share, checked against the stored version first.
    /// </summary>
    public PeriodDoc ActivePeriod() =>
        _activePeriods.Active(Setup.Periods, _engine.Shared) ?? throw new InvalidOperationException(NoActivePeriod);

    internal const string NoActivePeriod = "No active period: the database was not initialised.";

    public void Dispose()
    {
        _engine.Dispose();
        // A closed database answers nothing, not even the period it had kept.
        _activePeriods.Clear();
    }
}
