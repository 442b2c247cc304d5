using System.Reflection;
using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// The documents' mapping, defined once by the LiteDB engine's mapper (which members, enums by name, UTC times, the id as
/// "_id", what is never stored), written as LiteDB's extended JSON for an engine that keeps JSON (PostgreSQL's jsonb): an
/// Int64 is <c>{"$numberLong":"7"}</c>, a decimal <c>{"$numberDecimal":"1.50"}</c> (exact), a time <c>{"$date":"…Z"}</c>.
/// So both engines store the same records, and a record read from one equals the one read from the other.
/// </summary>
public sealed class DocumentJson
{
    readonly BsonMapper _mapper = LiteDbEngine.CreateMapper();

    public DocumentJson() => Sessions = new LiteDbEngine.LiteSessionCodec(_mapper);

    /// <summary>Dialogs' sessions, packed as LiteDB packs them (a document inside the conversation).</summary>
    public ISessionCodec Sessions { get; }

    public string Serialize<T>(T doc) where T : class => JsonSerializer.Serialize(_mapper.ToDocument(doc));

    public T Deserialize<T>(string json) where T : class => _mapper.ToObject<T>(JsonSerializer.Deserialize(json).AsDocument);

    /// <summary>A value as it is kept inside a document (a filter's value): its JSON.</summary>
    public string Value(object? value) => JsonSerializer.Serialize(value is null ? BsonValue.Null : _mapper.Serialize(value.GetType(), value));

    /// <summary>The document's name for a member (the id is "_id").</summary>
    public string FieldName(Type type, string member) =>
        IdMember(type)?.Name == member ? "_id" : _mapper.ResolveFieldName(member);

    /// <summary>The id member: [BsonId], or "Id", or "{Type}Id", as LiteDB finds it.</summary>
    public static PropertyInfo? IdMember(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance).FirstOrDefault(p => p.GetCustomAttribute<BsonIdAttribute>() is not null)
        ?? type.GetProperty("Id", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase)
        ?? type.GetProperty(type.Name + "Id", BindingFlags.Public | BindingFlags.Instance | BindingFlags.IgnoreCase);
}
