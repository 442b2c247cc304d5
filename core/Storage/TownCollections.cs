namespace ChatAppraisal.Storage;

/// <summary>How a collection says its documents belong to towns.</summary>
public static class TownCollections
{
    /// <summary>
    /// Declares the collection's documents town-owned: indexed on <see cref="ITownOwned.TownId"/> (declared here, so every
    /// engine makes the index), stamped with the current town when written, and read only within it. This line is all a
    /// new collection needs to be scoped by town.
    /// </summary>
    public static Collection<T> OwnedByTown<T>(this Collection<T> collection) where T : class, ITownOwned
    {
        collection.MarkTownOwned(d => d.TownId);
        return collection;
    }
}
