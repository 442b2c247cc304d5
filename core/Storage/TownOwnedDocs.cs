using System.Linq.Expressions;

namespace ChatAppraisal.Storage;

/// <summary>
/// A town-owned collection as the current town sees it (<see cref="TownScope"/>): every filter gains "and TownId is the
/// current town" (an indexed field, so every engine answers it from an index), a document is stamped with the town when
/// written, and a document of another town is neither found by its id nor replaced, updated or deleted through it. The one
/// place towns are kept apart; <see cref="AppraisalStore"/> puts it around every collection declared
/// <see cref="TownCollections.OwnedByTown{T}"/>.
/// </summary>
sealed class TownOwnedDocs<T>(IDocs<T> docs) : IDocs<T> where T : class, ITownOwned
{
    static readonly Func<T, object> IdOf = Compile();

    public Collection<T> Collection => docs.Collection;

    static int Town => TownScope.Current;

    static Expression<Func<T, bool>> InTown()
    {
        var doc = Expression.Parameter(typeof(T), "d");
        var town = Expression.Property(doc, nameof(ITownOwned.TownId));
        return Expression.Lambda<Func<T, bool>>(Expression.Equal(town, Expression.Constant(Town)), doc);
    }

    static Expression<Func<T, bool>> Scoped(Expression<Func<T, bool>>? where) => Translatable.And(where, InTown())!;

    T? Mine(T? doc) => doc is not null && doc.TownId == Town ? doc : null;

    public T? FindById(object id) => Mine(docs.FindById(id));

    public IEnumerable<T> FindAll() => docs.Find(InTown());

    public IEnumerable<T> Find(Expression<Func<T, bool>> where) => docs.Find(Scoped(where));

    public T? FindOne(Expression<Func<T, bool>> where) => docs.FindOne(Scoped(where));

    public IEnumerable<T> FindByIdPrefix(string prefix)
    {
        var town = Town;
        return docs.FindByIdPrefix(prefix).Where(d => d.TownId == town);
    }

    public DocPage<T> Page(Expression<Func<T, bool>>? where, bool newestFirst, long skip, int take) => docs.Page(Scoped(where), newestFirst, skip, take);

    public IReadOnlyList<T> Take(Expression<Func<T, bool>>? where, bool newestFirst, int take) => docs.Take(Scoped(where), newestFirst, take);

    public int Count(Expression<Func<T, bool>>? where = null) => docs.Count(Scoped(where));

    public void Insert(T doc)
    {
        Stamp(doc);
        docs.Insert(doc);
    }

    public int InsertBulk(IEnumerable<T> many) => docs.InsertBulk(many.Select(d => { Stamp(d); return d; }));

    public bool Update(T doc) => Stamp(doc) && NotOthers(doc) && docs.Update(doc);

    public bool Upsert(T doc)
    {
        Stamp(doc);
        if (!NotOthers(doc)) throw new InvalidOperationException($"A write to '{Collection.Name}' reached a document of another town; nothing was stored.");
        return docs.Upsert(doc);
    }

    public bool Delete(object id) => FindById(id) is not null && docs.Delete(id);

    public int DeleteMany(Expression<Func<T, bool>> where) => docs.DeleteMany(Scoped(where));

    public DocVersion? VersionOfFirst(Expression<Func<T, bool>> where) => docs.VersionOfFirst(Scoped(where));

    /// <summary>A new document takes the current town; one read in another town's scope is refused.</summary>
    static bool Stamp(T doc)
    {
        if (doc.TownId == 0) doc.TownId = Town;
        else if (doc.TownId != Town)
            throw new InvalidOperationException($"A document of town {doc.TownId} was written while working for town {Town}; nothing was stored.");
        return true;
    }

    // The stored document with the same id, if any, must be this town's too: ids like "period:village" never collide
    // across towns, but a stale id must not overwrite another town's record.
    bool NotOthers(T doc)
    {
        var id = IdOf(doc);
        if (id is 0 or 0L or "") return true;
        return docs.FindById(id) is not { } stored || stored.TownId == doc.TownId;
    }

    static Func<T, object> Compile()
    {
        var doc = Expression.Parameter(typeof(T), "d");
        var id = Expression.Property(doc, "Id");
        return Expression.Lambda<Func<T, object>>(Expression.Convert(id, typeof(object)), doc).Compile();
    }
}

/// <summary>The engine as the stores see it: every town-owned collection comes wrapped in <see cref="TownOwnedDocs{T}"/>.</summary>
sealed class TownScopedEngine(IStorageEngine engine) : IStorageEngine
{
    public string Location => engine.Location;
    public ISessionCodec Sessions => engine.Sessions;

    public IDocs<T> Docs<T>(Collection<T> collection) where T : class =>
        collection.TownOwned ? Wrap<T>.Around(engine.Docs(collection)) : engine.Docs(collection);

    public void Prepare<T>(Collection<T> collection) where T : class => engine.Prepare(collection);
    public IFileBytes Files(FileCollection files) => engine.Files(files);
    public bool IsStorageFailure(Exception error) => engine.IsStorageFailure(error);
    public void Begin(Durability durability) => engine.Begin(durability);
    public void Commit() => engine.Commit();
    public void Rollback() => engine.Rollback();
    public void BeginRead() => engine.BeginRead();
    public void EndRead() => engine.EndRead();
    public void Checkpoint() => engine.Checkpoint();
    public void Reopen() => engine.Reopen();
    public void Probe() => engine.Probe();
    public bool Shared => engine.Shared;
    public bool IsConflict(Exception error) => engine.IsConflict(error);
    public void LockUntilCommit(string key) => engine.LockUntilCommit(key);
    public Shared.IProcessLead? TryLead(string role) => engine.TryLead(role);
    public void Notify(string topic, string payload) => engine.Notify(topic, payload);
    public IDisposable Listen(string topic, Action<string?> heard) => engine.Listen(topic, heard);
    public void Dispose() => engine.Dispose();

    // T is only "class" here; a town-owned collection's T is ITownOwned (OwnedByTown requires it), so the wrapper is made once per T.
    static class Wrap<T> where T : class
    {
        static readonly Func<IDocs<T>, IDocs<T>> Make = Build();

        public static IDocs<T> Around(IDocs<T> docs) => Make(docs);

        static Func<IDocs<T>, IDocs<T>> Build()
        {
            var type = typeof(TownOwnedDocs<>).MakeGenericType(typeof(T));
            var docs = Expression.Parameter(typeof(IDocs<T>), "docs");
            var make = Expression.New(type.GetConstructor([typeof(IDocs<T>)])!, docs);
            return Expression.Lambda<Func<IDocs<T>, IDocs<T>>>(Expression.Convert(make, typeof(IDocs<T>)), docs).Compile();
        }
    }
}
