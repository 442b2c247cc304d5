using System.Linq.Expressions;
using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>A collection of the LiteDB file; filters are checked (<see cref="Translatable"/>) and handed to LiteDB's index planner.</summary>
sealed class LiteDocs<T>(Collection<T> collection, LiteDbEngine engine, EngineGate gate) : IDocs<T> where T : class
{
    // The open database's collection, asked for inside the gate on every call: a reopen (a full disk) replaces it.
    ILiteCollection<T> docs => engine.CollectionOf(collection);

    // Every call runs inside the gate (an enumeration for as long as it is read), so the engine is never closed under it.
    TResult Run<TResult>(Func<TResult> call)
    {
        using (gate.Enter()) return call();
    }

    IEnumerable<T> Stream(Func<IEnumerable<T>> query)
    {
        using (gate.Enter())
            foreach (var doc in query()) yield return doc;
    }

    public Collection<T> Collection => collection;

    public T? FindById(object id) => Run(() => docs.FindById(new BsonValue(id)));

    public IEnumerable<T> FindAll() => Stream(() => docs.FindAll());

    public IEnumerable<T> Find(Expression<Func<T, bool>> where)
    {
        Translatable.Check(collection, where);
        // LiteDB returns a filter's documents in the order of the index it used; the seam promises id order.
        return Stream(() => InIdOrder(docs.Query().Where(where).ToEnumerable()));
    }

    public T? FindOne(Expression<Func<T, bool>> where)
    {
        Translatable.Check(collection, where);
        // The first in id order, as on every engine (LiteDB's FindOne takes whichever its index meets first).
        return Run(() => InIdOrder(docs.Query().Where(where).ToEnumerable()).FirstOrDefault());
    }

    // Sorted here, not by LiteDB's OrderBy("_id"): LiteDB sorts through a container of 100 pages, 800 KB allocated and
    // about 0.2 ms even for the one document a filter finds (the active period, a village's attachments). The ids compare
    // as the _id index compares them (the file's collation).
    static readonly Func<T, object?>? IdOf = Getter();

    IEnumerable<T> InIdOrder(IEnumerable<T> found)
    {
        var id = IdOf ?? throw new NotSupportedException($"The documents of '{collection.Name}' ({typeof(T).Name}) have no Id property.");
        var collation = engine.Collation;
        return found.OrderBy(d => new BsonValue(id(d)), Comparer<BsonValue>.Create((a, b) => a.CompareTo(b, collation)));
    }

    static Func<T, object?>? Getter()
    {
        if (DocumentJson.IdMember(typeof(T)) is not { } id) return null;
        var doc = Expression.Parameter(typeof(T), "d");
        return Expression.Lambda<Func<T, object?>>(Expression.Convert(Expression.Property(doc, id), typeof(object)), doc).Compile();
    }

    public IEnumerable<T> FindByIdPrefix(string prefix) => Stream(() => docs.Find(Query.StartsWith("_id", prefix)));

    public DocPage<T> Page(Expression<Func<T, bool>>? where, bool newestFirst, long skip, int take) => Run(() =>
    {
        var query = docs.Query();
        if (where is not null)
        {
            Translatable.Check(collection, where);
            query = query.Where(where);
        }
        var total = query.Count();
        // In long: a large page number overflows an int, and LiteDB reads a negative skip as none.
        if (skip >= total) return new DocPage<T>(total, []);
        var ordered = newestFirst ? query.OrderByDescending("_id") : query.OrderBy("_id");
        return new DocPage<T>(total, ordered.Skip((int)skip).Limit(take).ToList());
    });

    public IReadOnlyList<T> Take(Expression<Func<T, bool>>? where, bool newestFirst, int take) => Run(() =>
    {
        var query = docs.Query();
        if (where is not null)
        {
            Translatable.Check(collection, where);
            query = query.Where(where);
        }
        if (take <= 0) return (IReadOnlyList<T>)[];
        return (newestFirst ? query.OrderByDescending("_id") : query.OrderBy("_id")).Limit(take).ToList();
    });

    public int Count(Expression<Func<T, bool>>? where = null)
    {
        if (where is null) return Run(() => docs.Count());
        Translatable.Check(collection, where);
        return Run(() => docs.Count(where));
    }

    public void Insert(T doc) => Run(() => docs.Insert(doc));

    public int InsertBulk(IEnumerable<T> many) => Run(() => docs.InsertBulk(many));

    public bool Update(T doc) => Run(() => docs.Update(doc));

    public bool Upsert(T doc) => Run(() => docs.Upsert(doc));

    public bool Delete(object id) => Run(() => docs.Delete(new BsonValue(id)));

    public int DeleteMany(Expression<Func<T, bool>> where)
    {
        Translatable.Check(collection, where);
        return Run(() => docs.DeleteMany(where));
    }
}
