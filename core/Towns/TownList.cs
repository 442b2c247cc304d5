using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Towns;

public enum TownRefusal
{
    None,
    InvalidName,
    DuplicateName,
}

public sealed record TownOutcome(TownRefusal Refusal, TownDoc? Town = null)
{
    public bool Ok => Refusal == TownRefusal.None;
}

/// <summary>The county's towns: the default one made at start, others added by the county (each with its first period).</summary>
public sealed class TownList(AppraisalStore store, IOptions<StorageOptions> options, TimeProvider clock)
{
    /// <summary>Every town, in order; a database not yet initialised has its default town all the same.</summary>
    public IReadOnlyList<TownDoc> All()
    {
        var all = store.Towns.Towns.FindAll().OrderBy(t => t.Id).ToList();
        return all.Count > 0 ? all : [new TownDoc { Id = TownScope.DefaultTownId, Name = options.Value.DefaultTown }];
    }

    public TownDoc? Find(int id) => store.Towns.Towns.FindById(id);

    /// <summary>Towns show in texts and pages only once there are two: a single town's deployment looks as it always did.</summary>
    public bool Several => store.Towns.Towns.Count() > 1;

    /// <summary>The current town (<see cref="TownScope"/>).</summary>
    public TownDoc Current => Find(TownScope.Current) ?? new TownDoc { Id = TownScope.Current, Name = options.Value.DefaultTown };

    /// <summary>A new town with its first period (<c>Storage:DefaultPeriod</c>, the seed rubric), in one transaction.</summary>
    public TownOutcome Add(string? name) => store.Write(() =>
    {
        if (Names.Clean(name) is not { } clean) return new TownOutcome(TownRefusal.InvalidName);
        if (store.Towns.Towns.FindOne(t => t.Name == clean) is { } holder) return new TownOutcome(TownRefusal.DuplicateName, holder);
        var town = new TownDoc { Name = clean, CreatedAt = clock.GetUtcNow().UtcDateTime };
        store.Towns.Towns.Insert(town);
        using (TownScope.Enter(town.Id)) DatabaseSetup.CreatePeriod(store, options.Value.DefaultPeriod, clock);
        return new TownOutcome(TownRefusal.None, town);
    });

    /// <summary>Runs <paramref name="work"/> once in each town's scope, in town order.</summary>
    public IReadOnlyList<(TownDoc Town, T Result)> EachTown<T>(Func<TownDoc, T> work) =>
        All().Select(t => { using var _ = TownScope.Enter(t.Id); return (t, work(t)); }).ToList();

    /// <summary>The default town exists (named <paramref name="name"/> when it is made): on a new file, and on one upgraded to towns.</summary>
    public static void EnsureDefault(AppraisalStore store, string name, DateTime now) => store.Write(() =>
    {
        if (store.Towns.Towns.FindById(TownScope.DefaultTownId) is not null) return;
        store.Towns.Towns.Insert(new TownDoc { Id = TownScope.DefaultTownId, Name = name, CreatedAt = now });
    });
}
