using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

public enum ScoreRefusal
{
    None,
    UnknownVillage,
    UnknownItem,
    OutOfRange,
    Sealed,
}

public sealed record ScoreOutcome(ScoreRefusal Refusal, SealDoc? Seal = null)
{
    public static readonly ScoreOutcome Saved = new(ScoreRefusal.None);
    public bool Ok => Refusal == ScoreRefusal.None;
}

/// <summary>
/// The one place scores and ratings change. Every change writes its audit entry in the same transaction;
/// when called inside a larger <see cref="AppraisalStore.Write{T}"/> it joins that transaction.
/// </summary>
public sealed class ScoreBook(AppraisalStore store, TimeProvider clock)
{
    /// <summary>Sets (or, with null, clears) one on-site item score; <paramref name="detail"/> goes into its audit entry (where it came from).</summary>
    public ScoreOutcome SetItem(Actor actor, PeriodView period, int villageId, int category, int item, decimal? value, string? detail = null) =>
        SetItems(actor, period, villageId, category, [(item, value)], detail);

    /// <summary>Sets several items of one category at once (quick entry): all or nothing.</summary>
    public ScoreOutcome SetItems(Actor actor, PeriodView period, int villageId, int category, IReadOnlyList<(int Item, decimal? Value)> values,
        string? detail = null) =>
        store.Write(() =>
        {
            if (store.Setup.Villages.FindById(villageId) is null) return new ScoreOutcome(ScoreRefusal.UnknownVillage);
            if (category < 0 || category >= period.Rubric.Categories.Count) return new ScoreOutcome(ScoreRefusal.UnknownItem);
            var items = period.Rubric.Categories[category].Leaves;
            foreach (var (item, value) in values)
            {
                if (item < 0 || item >= items.Count) return new ScoreOutcome(ScoreRefusal.UnknownItem);
                if (value is { } v && !Points.IsValid(v, items[item].Max)) return new ScoreOutcome(ScoreRefusal.OutOfRange);
            }
            if (store.Scores.Seals.FindById(SealDoc.Key(period.Id, villageId)) is { } seal) return new ScoreOutcome(ScoreRefusal.Sealed, seal);

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (item, value) in values)
            {
                var key = ItemScoreDoc.Key(period.Id, villageId, category, item);
                var old = store.Scores.Items.FindById(key);
                if (old?.Value == value) continue;
                if (value is { } v)
                {
                    store.Scores.Items.Upsert(new ItemScoreDoc
                    {
                        Id = key, PeriodId = period.Id, VillageId = villageId, Category = category, Item = item,
                        Value = v, MemberId = actor.MemberId, At = now, Channel = actor.Channel,
                    });
                }
                else if (old is null)
                {
                    continue;
                }
                else
                {
                    store.Scores.Items.Delete(key);
                }
                store.Audit.Add(Entry(actor, period.Id, villageId, now, value is null ? AuditActions.ScoreCleared : AuditActions.ScoreSet,
                    category, item, old?.Value, value, detail));
            }
            return ScoreOutcome.Saved;
        });

    /// <summary>Stores a leader's ratings of a village, replacing any earlier ones (audited with both totals).</summary>
    public ScoreOutcome SetRating(Actor actor, PeriodView period, int villageId, IReadOnlyList<decimal> values) =>
        store.Write(() =>
        {
            if (store.Setup.Villages.FindById(villageId) is null) return new ScoreOutcome(ScoreRefusal.UnknownVillage);
            var categories = period.Rubric.Categories;
            if (values.Count != categories.Count) return new ScoreOutcome(ScoreRefusal.UnknownItem);
            for (var i = 0; i < values.Count; i++)
                if (!Points.IsValid(values[i], categories[i].LeaderCap)) return new ScoreOutcome(ScoreRefusal.OutOfRange);

            var now = clock.GetUtcNow().UtcDateTime;
            var key = LeaderRatingDoc.Key(period.Id, villageId, actor.MemberId);
            var old = store.Scores.Ratings.FindById(key);
            store.Scores.Ratings.Upsert(new LeaderRatingDoc
            {
                Id = key, PeriodId = period.Id, VillageId = villageId, MemberId = actor.MemberId,
                Values = values.ToList(), At = now, Channel = actor.Channel,
            });
            store.Audit.Add(Entry(actor, period.Id, villageId, now, AuditActions.RatingSet, null, null,
                old?.Values.Sum(), values.Sum(), old is null ? string.Join(" ", values) : $"{string.Join(" ", old.Values)} → {string.Join(" ", values)}"));
            return ScoreOutcome.Saved;
        });

    public static AuditEntry Entry(Actor actor, int periodId, int? villageId, DateTime at, string action,
        int? category = null, int? item = null, decimal? old = null, decimal? @new = null, string? detail = null, string[]? args = null) => new()
    {
        At = at, Action = action, PeriodId = periodId, VillageId = villageId, MemberId = actor.MemberId,
        MemberName = actor.Name, Channel = actor.Channel, Category = category, Item = item, Old = old, New = @new, Detail = detail, Args = args,
    };
}
