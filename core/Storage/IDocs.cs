using System.Linq.Expressions;

namespace ChatAppraisal.Storage;

/// <summary>
/// A collection of documents behind the seam. A filter joins (<c>&amp;&amp;</c>, <c>||</c>) comparisons (<c>==</c>,
/// <c>!=</c>, <c>&lt;</c>, <c>&lt;=</c>, <c>&gt;</c>, <c>&gt;=</c>) of the id or an indexed field with a value: what an
/// index answers (by id, by index key, key ranges); anything else is refused (<see cref="Translatable"/>) and belongs in
/// LINQ over what was read. Writes join the unit of work's transaction (<see cref="AppraisalStore.Write{T}"/>).
/// </summary>
public interface IDocs<T> where T : class
{
    Collection<T> Collection { get; }

    T? FindById(object id);

    /// <summary>Every document, in id order.</summary>
    IEnumerable<T> FindAll();

    /// <summary>The documents matching a translatable filter, in id order.</summary>
    IEnumerable<T> Find(Expression<Func<T, bool>> where);

    T? FindOne(Expression<Func<T, bool>> where);

    /// <summary>Documents whose string id starts with <paramref name="prefix"/> (a key range), in id order.</summary>
    IEnumerable<T> FindByIdPrefix(string prefix);

    /// <summary>One page of the documents matching <paramref name="where"/> (all when null), by id, and how many match in all.</summary>
    DocPage<T> Page(Expression<Func<T, bool>>? where, bool newestFirst, long skip, int take);

    /// <summary>
    /// The first <paramref name="take"/> documents matching <paramref name="where"/> (all when null), by id, without
    /// counting how many match in all as <see cref="Page"/> does (on PostgreSQL that count reads every matching row).
    /// </summary>
    IReadOnlyList<T> Take(Expression<Func<T, bool>>? where, bool newestFirst, int take);

    int Count(Expression<Func<T, bool>>? where = null);

    /// <summary>Adds the document; a numeric id of 0 is assigned (and set on it).</summary>
    void Insert(T doc);

    /// <summary>Adds many at once (ids assigned as by <see cref="Insert"/>).</summary>
    int InsertBulk(IEnumerable<T> docs);

    bool Update(T doc);

    /// <summary>Inserts or replaces by id; true when it was new.</summary>
    bool Upsert(T doc);

    bool Delete(object id);

    int DeleteMany(Expression<Func<T, bool>> where);

    /// <summary>
    /// The id and stored version of the first document matching <paramref name="where"/> (the one <see cref="FindOne"/>
    /// reads), without reading it; null when none matches. The version changes with every write of the document, by any
    /// process. Only a database several processes share keeps versions (<see cref="IStorageEngine.Shared"/>): a file has
    /// one process, which sees its own writes.
    /// </summary>
    DocVersion? VersionOfFirst(Expression<Func<T, bool>> where) =>
        throw new NotSupportedException($"'{Collection.Name}': only a database several processes share keeps documents' versions.");
}

/// <param name="Id">The document's id, as text.</param>
/// <param name="Version">A number every write of the document changes (PostgreSQL: the row's <c>xmin</c>).</param>
public sealed record DocVersion(string Id, long Version);

public sealed record DocPage<T>(int Total, IReadOnlyList<T> Items);
