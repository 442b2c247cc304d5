using System.Linq.Expressions;

namespace ChatAppraisal.Storage;

/// <summary>
/// One collection of documents, declared once: its name in the file and the fields it is indexed on. Stores hand out
/// <see cref="IDocs{T}"/> over it; the engine makes the indexes when it opens the file, and a filter may use only these
/// fields and the id (<see cref="Translatable"/>), so that any engine can answer it from an index.
/// </summary>
public sealed class Collection<T> where T : class
{
    public Collection(string name, params Expression<Func<T, object?>>[] indexes)
    {
        Name = name;
        Indexes = indexes.Select(i => new CollectionIndex(Translatable.FieldOf(i), i, false)).ToList();
    }

    public string Name { get; }
    public IReadOnlyList<CollectionIndex> Indexes { get; private set; }

    /// <summary>The same collection with a unique index on <paramref name="field"/> besides its others.</summary>
    public Collection<T> Unique(Expression<Func<T, object?>> field)
    {
        Indexes = [.. Indexes, new CollectionIndex(Translatable.FieldOf(field), field, true)];
        return this;
    }

    /// <summary>Whether its documents belong to towns (<see cref="TownCollections.OwnedByTown{T}"/>): read and written in the current town only.</summary>
    public bool TownOwned { get; private set; }

    internal void MarkTownOwned(Expression<Func<T, object?>> townId)
    {
        TownOwned = true;
        if (!IsIndexed(Translatable.FieldOf(townId))) Indexes = [.. Indexes, new CollectionIndex(Translatable.FieldOf(townId), townId, false)];
    }

    public bool IsIndexed(string field) => field == "Id" || Indexes.Any(i => i.Field == field);

    public override string ToString() => Name;
}

/// <param name="Field">The document's property, as named in C#.</param>
public sealed record CollectionIndex(string Field, LambdaExpression Key, bool Unique);
