using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Towns;

/// <summary>
/// Towns' API keys: made by the county (shown once, kept as a hash), revoked by id. A town's key opens only its own town's
/// routes; the county's key (<c>Admin:ApiKey</c>) opens every town's.
/// </summary>
public sealed class TownKeys(AppraisalStore store, TimeProvider clock)
{
    /// <summary>A new key for the town: its public id and the key itself, which is stored nowhere.</summary>
    public (string Id, string Key) Create(int townId) => store.Write(() =>
    {
        var key = "town-" + Secrets.New();
        var doc = new TownKeyDoc { Id = Secrets.New()[..8], TownId = townId, Hash = Secrets.Hash(key), CreatedAt = clock.GetUtcNow().UtcDateTime };
        store.Towns.Keys.Insert(doc);
        return (doc.Id, key);
    });

    /// <summary>Revokes the town's key <paramref name="id"/>; false when the town has no such key.</summary>
    public bool Revoke(int townId, string id) => store.Write(() =>
        store.Towns.Keys.FindById(id) is { } doc && doc.TownId == townId && store.Towns.Keys.Delete(id));

    /// <summary>The town whose key this is, or null when it is no town's key.</summary>
    public int? TownOf(string presented) =>
        presented.Length is 0 or > 200 ? null : store.Towns.Keys.FindOne(k => k.Hash == Secrets.Hash(presented))?.TownId;
}
