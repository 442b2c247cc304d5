namespace ChatAppraisal.Storage;

/// <summary>
/// A dialog's session as the engine keeps it: opaque outside the storage folder. <see cref="AppraisalStore.Sessions"/>
/// packs a session record into one and unpacks it again.
/// </summary>
public sealed class StoredSession(object value)
{
    /// <summary>The engine's own form of the record (LiteDB: a BsonDocument).</summary>
    internal object Value { get; } = value;
}

public interface ISessionCodec
{
    StoredSession Pack<T>(T session) where T : class;
    T Unpack<T>(StoredSession stored) where T : class;
}
