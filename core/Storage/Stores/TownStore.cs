using ChatAppraisal.Towns;

namespace ChatAppraisal.Storage;

/// <summary>The county's towns and the towns' API keys: the one part of the database no town owns.</summary>
public sealed class TownStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<TownDoc> TownsCollection = new Collection<TownDoc>("towns").Unique(t => t.Name);
    public static readonly Collection<TownKeyDoc> KeysCollection = new("town_keys", k => k.Hash, k => k.TownId);

    public IDocs<TownDoc> Towns => engine.Docs(TownsCollection);
    public IDocs<TownKeyDoc> Keys => engine.Docs(KeysCollection);

    public void Prepare()
    {
        engine.Prepare(TownsCollection);
        engine.Prepare(KeysCollection);
    }
}
