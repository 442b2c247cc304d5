using System.Collections.Concurrent;
using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using ChatAppraisal.Storage.LiteDb;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// One collection as a table: its id as the key column (bigint for int and long ids, byte-ordered text for string ids) and
/// the whole document as jsonb, with a sequence for assigned ids and one expression index per declared index. Made from the
/// <see cref="Collection{T}"/> alone, so a collection declared anywhere needs nothing here.
/// </summary>
sealed class PgTable<T> where T : class
{
    readonly DocumentJson _json;
    readonly ConcurrentDictionary<string, PgField> _fields = new();
    long _sequenceAtLeast; // ids at or below this are behind the sequence already (it never goes back)

    public PgTable(Collection<T> collection, DocumentJson json)
    {
        _json = json;
        Collection = collection;
        IdProperty = DocumentJson.IdMember(typeof(T))
            ?? throw new NotSupportedException($"The documents of '{collection.Name}' ({typeof(T).Name}) have no Id property.");
        Id = PgField.Id(IdProperty.PropertyType, json);
        Name = Quote(collection.Name);
        Sequence = Quote(collection.Name + "_id_seq");
    }

    public Collection<T> Collection { get; }
    public string Name { get; }
    public string Sequence { get; }
    public PropertyInfo IdProperty { get; }
    public PgField Id { get; }

    /// <summary>How the member <paramref name="member"/> (as named in C#) is read in SQL.</summary>
    public PgField Field(string member) => member == IdProperty.Name ? Id : _fields.GetOrAdd(member, m =>
        PgField.For(typeof(T).GetProperty(m)?.PropertyType ?? throw new NotSupportedException($"{typeof(T).Name} has no property {m}."),
            _json.FieldName(typeof(T), m), _json));

    public IEnumerable<string> Ddl()
    {
        yield return $"CREATE TABLE IF NOT EXISTS {Name} (id {Id.ColumnType} PRIMARY KEY, doc jsonb NOT NULL)";
        if (Id.AutoNumbered) yield return $"CREATE SEQUENCE IF NOT EXISTS {Sequence}";
        foreach (var index in Collection.Indexes.Where(i => i.Field != IdProperty.Name))
            yield return $"CREATE {(index.Unique ? "UNIQUE " : "")}INDEX IF NOT EXISTS {Quote(IndexName(index))} ON {Name} ({Field(index.Field).Sql})";
    }

    /// <summary>The names of what <see cref="Ddl"/> makes, to see whether anything is missing.</summary>
    public IEnumerable<string> Objects()
    {
        yield return Collection.Name;
        if (Id.AutoNumbered) yield return Collection.Name + "_id_seq";
        foreach (var index in Collection.Indexes.Where(i => i.Field != IdProperty.Name)) yield return IndexName(index);
    }

    string IndexName(CollectionIndex index)
    {
        var name = $"{Collection.Name}_{index.Field}{(index.Unique ? "_unique" : "")}";
        // PostgreSQL cuts names at 63 bytes; a long one keeps a hash so two never meet.
        return name.Length <= 60 ? name : name[..50] + "_" + Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(name)))[..8];
    }

    /// <summary>Whether an explicit id may be ahead of the sequence (remembers the highest checked).</summary>
    public bool MayPassSequence(long id)
    {
        var known = Interlocked.Read(ref _sequenceAtLeast);
        return id > known;
    }

    public void SequenceReached(long id)
    {
        long known;
        while ((known = Interlocked.Read(ref _sequenceAtLeast)) < id && Interlocked.CompareExchange(ref _sequenceAtLeast, id, known) != known)
        {
        }
    }

    public static string Quote(string name) => "\"" + name.Replace("\"", "\"\"") + "\"";
}
