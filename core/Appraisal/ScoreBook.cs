using ChatAppraisal.Scoring;
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
    /// <summary>A reason longer than <see cref="Reasons.MaxLength"/>.</summary>
    ReasonTooLong,
    /// <summary>
    /// The period's results are published (公示): its scores and leaders' ratings are frozen until an admin reopens them
    /// (an upheld objection alone rescores its item).
    /// </summary>
    Published,
    /// <summary>The leader works for the village (包村干部) and the policy refuses their rating.</summary>
    Conflicted,
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
    /// <summary>
    /// Sets (or, with null, clears) one on-site item score and its reason (扣分原因; null for none);
    /// <paramref name="detail"/> goes into its audit entry (where it came from).
    /// </summary>
    public ScoreOutcome SetItem(Actor actor, PeriodView period, int villageId, int category, int item, decimal? value, string? detail = null,
        string? reason = null) =>
        SetItems(actor, period, villageId, category, [(item, value, reason)], detail);

    /// <summary>
    /// Rescores one item as an upheld objection (申诉) decides: the one change published (公示) results take. Otherwise
    /// as <see cref="SetItem"/>: a sealed sheet still refuses it, and it is audited with <paramref name="detail"/>.
    /// </summary>
    public ScoreOutcome CorrectUponObjection(Actor actor, PeriodView period, int villageId, int category, int item, decimal value, string detail) =>
        Save(actor, period, villageId, category, [(item, value, null)], detail, uponObjection: true);

    /// <summary>Sets several items of one category at once (quick entry), without reasons: all or nothing.</summary>
    public ScoreOutcome SetItems(Actor actor, PeriodView period, int villageId, int category, IReadOnlyList<(int Item, decimal? Value)> values,
        string? detail = null) =>
        SetItems(actor, period, villageId, category, values.Select(v => (v.Item, v.Value, (string?)null)).ToList(), detail);

    /// <summary>
    /// Sets several items of one category at once, each with its reason (null for none): all or nothing. A score and its
    /// reason are one thing: setting a score replaces its reason, and a changed reason alone is a change (audited).
    /// </summary>
    public ScoreOutcome SetItems(Actor actor, PeriodView period, int villageId, int category,
        IReadOnlyList<(int Item, decimal? Value, string? Reason)> values, string? detail = null) =>
        Save(actor, period, villageId, category, values, detail, uponObjection: false);

    ScoreOutcome Save(Actor actor, PeriodView period, int villageId, int category,
        IReadOnlyList<(int Item, decimal? Value, string? Reason)> values, string? detail, bool uponObjection) =>
        store.Write(() =>
        {
            if (store.Setup.Villages.FindById(villageId) is null) return new ScoreOutcome(ScoreRefusal.UnknownVillage);
            if (category < 0 || category >= period.Rubric.Categories.Count) return new ScoreOutcome(ScoreRefusal.UnknownItem);
            var items = period.Rubric.Categories[category].Leaves;
            foreach (var (item, value, reason) in values)
            {
                if (item < 0 || item >= items.Count) return new ScoreOutcome(ScoreRefusal.UnknownItem);
                if (value is { } v && !Points.IsValid(v, items[item].Max)) return new ScoreOutcome(ScoreRefusal.OutOfRange);
                if (!Reasons.IsValid(Reasons.Normalize(reason))) return new ScoreOutcome(ScoreRefusal.ReasonTooLong);
            }
            if (store.Scores.Seals.FindById(SealDoc.Key(period.Id, villageId)) is { } seal) return new ScoreOutcome(ScoreRefusal.Sealed, seal);
            // A sheet published unsealed is frozen with the rest: after 公示 a score changes by an objection or an admin's reopen.
            if (!uponObjection && Publication.Publications.Frozen(store, period.Id)) return new ScoreOutcome(ScoreRefusal.Published);

            var now = clock.GetUtcNow().UtcDateTime;
            foreach (var (item, value, given) in values)
            {
                var reason = value is null ? null : Reasons.Normalize(given);
                var key = ItemScoreDoc.Key(period.Id, villageId, category, item);
                var old = store.Scores.Items.FindById(key);
                if (old?.Value == value && old?.Reason == reason) continue;
                if (value is { } v)
                {
                    store.Scores.Items.Upsert(new ItemScoreDoc
                    {
                        Id = key, PeriodId = period.Id, VillageId = villageId, Category = category, Item = item,
                        Value = v, Reason = reason, MemberId = actor.MemberId, At = now, Channel = actor.Channel,
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
                    category, item, old?.Value, value, WithReason(detail, old?.Reason, reason)));
            }
            return ScoreOutcome.Saved;
        });

    /// <summary>The audit's detail with the reason's change, if any: "reason: X" (new or changed), "reason removed: X".</summary>
    static string? WithReason(string? detail, string? old, string? reason)
    {
        var change = reason is not null ? $"reason: {reason}" : old is not null ? $"reason removed: {old}" : null;
        return change is null ? detail : detail is null ? change : $"{detail}; {change}";
    }

    /// <summary>Stores a leader's ratings of a village, replacing any earlier ones (audited with both totals).</summary>
    public ScoreOutcome SetRating(Actor actor, PeriodView period, int villageId, IReadOnlyList<decimal> values) =>
        store.Write(() =>
        {
            if (store.Setup.Villages.FindById(villageId) is null) return new ScoreOutcome(ScoreRefusal.UnknownVillage);
            if (period.Policy.ConflictedLeaders == ConflictedLeaders.Refuse && store.Roster.Members.FindById(actor.MemberId)?.WorksFor(villageId) == true)
                return new ScoreOutcome(ScoreRefusal.Conflicted);
            var categories = period.Rubric.Categories;
            if (values.Count != categories.Count) return new ScoreOutcome(ScoreRefusal.UnknownItem);
            for (var i = 0; i < values.Count; i++)
                if (!Points.IsValid(values[i], categories[i].LeaderCap)) return new ScoreOutcome(ScoreRefusal.OutOfRange);
            if (Publication.Publications.Frozen(store, period.Id)) return new ScoreOutcome(ScoreRefusal.Published);

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
