using ChatAppraisal.Storage.Shared;

namespace ChatAppraisal.Storage;

/// <summary>
/// What <see cref="AppraisalStore"/> needs of a database: collections, files' bytes, sessions, and transactions that belong
/// to the calling thread. <see cref="LiteDb.LiteDbEngine"/> is the one engine today; a server database would be another.
/// </summary>
public interface IStorageEngine : IDisposable
{
    /// <summary>Where the data is, for messages (a file's full path).</summary>
    string Location { get; }

    IDocs<T> Docs<T>(Collection<T> collection) where T : class;

    /// <summary>Makes the collection's indexes (at start, inside a transaction).</summary>
    void Prepare<T>(Collection<T> collection) where T : class;
    IFileBytes Files(FileCollection files);
    ISessionCodec Sessions { get; }

    /// <summary>Whether the exception is the engine's own failure (worth another try), not the caller's.</summary>
    bool IsStorageFailure(Exception error);

    /// <summary>Begins the calling thread's transaction; <paramref name="durability"/> says when its commit returns.</summary>
    void Begin(Durability durability);
    void Commit();
    void Rollback();

    /// <summary>
    /// Begins a read on the calling thread that sees one committed state until <see cref="EndRead"/>, whatever commits
    /// meanwhile, and never waits for a writer's transaction (at most for a commit under way). Never nested, never written in.
    /// </summary>
    void BeginRead();

    /// <summary>Ends the calling thread's read begun by <see cref="BeginRead"/>.</summary>
    void EndRead();

    /// <summary>Makes committed work durable now (outside a transaction).</summary>
    void Checkpoint();

    /// <summary>Starts over from what is stored, after a write was refused for lack of space (see <see cref="StorageSpace"/>).</summary>
    void Reopen();

    /// <summary>A tiny write outside any transaction: it goes through once there is space again.</summary>
    void Probe();

    // What several bot processes on one database need (docs/scale-out.md). The defaults are a database one process
    // opens (the LiteDB file, guarded by its lock file), where the unit of work's lock already serializes everything.

    /// <summary>Whether several processes may use this database at once (PostgreSQL).</summary>
    bool Shared => false;

    /// <summary>Whether the transaction failed only because another one won a conflict (a deadlock): it did nothing and may run again.</summary>
    bool IsConflict(Exception error) => false;

    /// <summary>
    /// Inside a transaction: waits until no other transaction, of any process, holds <paramref name="key"/>, and holds it
    /// until this one commits or rolls back (one account's updates, one at a time).
    /// </summary>
    void LockUntilCommit(string key)
    {
    }

    /// <summary>Becomes the one process doing <paramref name="role"/>, or null when another process does it now.</summary>
    IProcessLead? TryLead(string role) => SoleProcessLead.Instance;

    /// <summary>Tells every process listening on <paramref name="topic"/>: at commit inside a transaction, at once outside.</summary>
    void Notify(string topic, string payload)
    {
    }

    /// <summary>
    /// Hears <paramref name="topic"/>'s notifications from every process until disposed; <paramref name="heard"/> gets null
    /// when some may have been missed (the connection was lost and made again).
    /// </summary>
    IDisposable Listen(string topic, Action<string?> heard) => NoListening.Instance;
}

sealed class NoListening : IDisposable
{
    public static readonly NoListening Instance = new();

    public void Dispose()
    {
    }
}

/// <summary>Where files' bytes are kept: the file list and its chunks (LiteDB's names, as the files have them).</summary>
public sealed record FileCollection(string Name, string Chunks);
