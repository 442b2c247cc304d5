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
            Database = new LiteDatabase(new ConnectionString { Filename = full, Connection = ConnectionType.Direct }, CreateMapper());
            Database.UtcDate = true;
            Path = full;
            EnsureIndexes();
        }
        catch
        {
            _fileLock.Dispose();
            throw;
        }
    }

    public string Path { get; }
    public LiteDatabase Database { get; }

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
                Database.BeginTrans();
                T result;
                try
                {
                    result = work();
                }
                catch
                {
                    Database.Rollback();
                    throw;
                }
                Database.Commit();
                if (_checkpointAfterCommit) Database.Checkpoint();
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
        lock (_writeLock) Database.Checkpoint();
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
