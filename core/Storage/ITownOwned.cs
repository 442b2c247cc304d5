namespace ChatAppraisal.Storage;

/// <summary>
/// A document that belongs to one town (a village, a member, a score, ...). Its collection declares it with
/// <see cref="TownCollections.OwnedByTown{T}"/>; the store then reads and writes only the current town's documents
/// (<see cref="TownScope"/>), whoever asks.
/// </summary>
public interface ITownOwned
{
    int TownId { get; set; }
}
