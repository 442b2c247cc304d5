using System.Linq.Expressions;
using LiteDB;

namespace ChatAppraisal.Storage.LiteDb;

/// <summary>A collection of the LiteDB file; filters are checked (<see cref="Translatable"/>) and handed to LiteDB's index planner.</summary>
sealed class LiteDocs<T>(Collection<T> collection, ILiteCollection<T> docs) : IDocs<T> where T : class
{
    public Collection<T> Collection => collection;

    public T? FindById(object id) => docs.FindById(new BsonValue(id));

    public IEnumerable<T> FindAll() => docs.FindAll();

    public IEnumerable<T> Find(Expression<Func<T, bool>> where)
    {
        Translatable.Check(collection, where);
        // LiteDB returns a filter's documents in the order of the index it used; the seam promises id order.
        return docs.Query().Where(where).OrderBy("_id").ToEnumerable();
    }

    public T? FindOne(Expression<Func<T, bool>> where)
    {
        Translatable.Check(collection, where);
        return docs.FindOne(where);
    }

    public IEnumerable<T> FindByIdPrefix(string prefix) => docs.Find(Query.StartsWith("_id", prefix));

    public DocPage<T> Page(Expression<Func<T, bool>>? where, bool newestFirst, long skip, int take)
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
    }

    public int Count(Expression<Func<T, bool>>? where = null)
    {
        if (where is null) return docs.Count();
        Translatable.Check(collection, where);
        return docs.Count(where);
    }

    public void Insert(T doc) => docs.Insert(doc);

    public int InsertBulk(IEnumerable<T> many) => docs.InsertBulk(many);

    public bool Update(T doc) => docs.Update(doc);

    public bool Upsert(T doc) => docs.Upsert(doc);

    public bool Delete(object id) => docs.Delete(new BsonValue(id));

    public int DeleteMany(Expression<Func<T, bool>> where)
    {
        Translatable.Check(collection, where);
        return docs.DeleteMany(where);
    }
}
