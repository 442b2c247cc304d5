using ChatAppraisal.Rubrics;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

/// <summary>What a database holds at start, for the start-up log line.</summary>
public sealed record DatabaseSummary(string Path, string Period, int Categories, int Items, int Villages, int Members, IReadOnlyList<RubricWarning> Warnings, bool Created);

/// <summary>Prepares a database: a new one gets the default period with the seed rubric and the default policy.</summary>
public sealed class DatabaseSetup(AppraisalStore store, Periods periods, TimeProvider clock)
{
    /// <summary>
    /// The health check's answer: the active period's name when the database can be read, otherwise why not (a storage
    /// failure, a database closed or not set up).
    /// </summary>
    public (string? Period, string? Failure) Health()
    {
        try
        {
            // From the database itself, not the period kept in memory: the question is whether the database answers.
            return store.Setup.Periods.FindOne(p => p.Active) is { } period ? (period.Name, null) : (null, AppraisalStore.NoActivePeriod);
        }
        catch (Exception e) when (store.IsStorageFailure(e) || e is ObjectDisposedException or InvalidOperationException)
        {
            return (null, e.Message);
        }
    }

    public DatabaseSummary EnsureInitialized(string defaultPeriod, string? defaultTown = null)
    {
        // Bot processes starting together on a new database (PostgreSQL): one makes the town and the period, the others find them.
        var created = store.Write(() =>
        {
            store.LockUntilCommit("setup");
            Towns.TownList.EnsureDefault(store, defaultTown ?? new StorageOptions().DefaultTown, clock.GetUtcNow().UtcDateTime);
            return CreatePeriod(store, defaultPeriod, clock);
        });
        if (created) store.Checkpoint();
        var period = periods.Active();
        return new DatabaseSummary(store.Path, period.Name, period.Rubric.Categories.Count, period.Rubric.ItemCount,
            store.Setup.Villages.Count(), store.Roster.Members.FindAll().Count(m => !m.Removed), RubricValidator.Warnings(period.Rubric), created);
    }

    /// <summary>The current town's first period (seed rubric, default policy), when it has none yet.</summary>
    public static bool CreatePeriod(AppraisalStore store, string defaultPeriod, TimeProvider clock) => store.Write(() =>
    {
        if (store.Setup.Periods.Count() > 0) return false;
        store.Setup.Periods.Insert(new PeriodDoc
        {
            Name = defaultPeriod,
            RubricJson = RubricJson.SeedText(),
            Policy = new(),
            Active = true,
            CreatedAt = clock.GetUtcNow().UtcDateTime,
        });
        return true;
    });
}
