namespace ChatAppraisal.Storage;

/// <summary>
/// The town the current work is about, resolved once at the edge (the chat account's town, the route's <c>{townId}</c>, the
/// signed-in member's town) and carried with the work (an <see cref="AsyncLocal{T}"/>), never passed by hand. Town-owned
/// collections are filtered by it in one place (<see cref="TownOwnedDocs{T}"/>). Outside any scope the work is the
/// default town's, so a single-town deployment never notices towns at all.
/// </summary>
public static class TownScope
{
    /// <summary>The first town of every database: a new one's, or the one an older file's records were put in.</summary>
    public const int DefaultTownId = 1;

    static readonly AsyncLocal<int?> Town = new();

    public static int Current => Town.Value ?? DefaultTownId;

    /// <summary>Makes <paramref name="townId"/> the current town until the returned scope is disposed.</summary>
    public static Entered Enter(int townId)
    {
        var previous = Town.Value;
        Town.Value = townId;
        return new Entered(previous);
    }

    /// <summary>Runs <paramref name="work"/> in <paramref name="townId"/>'s scope.</summary>
    public static T In<T>(int townId, Func<T> work)
    {
        using var _ = Enter(townId);
        return work();
    }

    public readonly struct Entered(int? previous) : IDisposable
    {
        public void Dispose() => Town.Value = previous;
    }
}
