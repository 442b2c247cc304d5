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

    void Begin();
    void Commit();
    void Rollback();

    /// <summary>Makes committed work durable now (outside a transaction).</summary>
    void Checkpoint();

    /// <summary>Starts over from what is stored, after a write was refused for lack of space (see <see cref="StorageSpace"/>).</summary>
    void Reopen();

    /// <summary>A tiny write outside any transaction: it goes through once there is space again.</summary>
    void Probe();
}

/// <summary>Where files' bytes are kept: the file list and its chunks (LiteDB's names, as the files have them).</summary>
public sealed record FileCollection(string Name, string Chunks);
