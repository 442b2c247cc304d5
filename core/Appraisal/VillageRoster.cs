using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

public enum VillageRefusal
{
    None,
    InvalidName,
    DuplicateName,
    UnknownVillage,
    /// <summary>Removal without force of a village that has scores, ratings or a seal.</summary>
    HasEntries,
    /// <summary>Renaming would break a seal: the village's name is part of every sheet's fingerprint.</summary>
    Sealed,
    /// <summary>
    /// Removal of a village with entries in a period whose results are published (公示) or final, or a new village while the
    /// active period's are: they change only by an objection or after an admin's reopen (/reopen).
    /// </summary>
    Published,
}

/// <param name="Village">The village added, renamed or removed; on a duplicate name, the village that holds it.</param>
public sealed record VillageOutcome(VillageRefusal Refusal, VillageDoc? Village = null, EntryCounts? Entries = null)
{
    public bool Ok => Refusal == VillageRefusal.None;
}

/// <summary>The appraised villages: add, rename, remove, each audited in its own transaction.</summary>
public sealed class VillageRoster(AppraisalStore store, Periods periods, ScoreBook scoreBook, TimeProvider clock)
{
    public IReadOnlyList<VillageDoc> All() => store.Setup.Villages.FindAll().OrderBy(v => v.Id).ToList();

    public VillageDoc? Find(int id) => store.Setup.Villages.FindById(id);

    public VillageOutcome Add(Actor actor, string? name) => store.Write(() =>
    {
        if (Names.Clean(name) is not { } clean) return new VillageOutcome(VillageRefusal.InvalidName);
        if (ByName(clean) is { } holder) return new VillageOutcome(VillageRefusal.DuplicateName, holder);
        // A new village would join the published ranking unscored.
        if (Publication.Publications.Frozen(store, ActivePeriodId)) return new VillageOutcome(VillageRefusal.Published);
        var village = new VillageDoc { Name = clean, CreatedAt = Now };
        store.Setup.Villages.Insert(village);
        store.Audit.Add(ScoreBook.Entry(actor, ActivePeriodId, village.Id, Now, AuditActions.VillageAdded, detail: clean));
        return new VillageOutcome(VillageRefusal.None, village);
    });

    public VillageOutcome Rename(Actor actor, int id, string? name) => store.Write(() =>
    {
        if (store.Setup.Villages.FindById(id) is not { } village) return new VillageOutcome(VillageRefusal.UnknownVillage);
        if (Names.Clean(name) is not { } clean) return new VillageOutcome(VillageRefusal.InvalidName, village);
        if (village.Name == clean) return new VillageOutcome(VillageRefusal.None, village);
        if (ByName(clean) is { } holder && holder.Id != id) return new VillageOutcome(VillageRefusal.DuplicateName, holder);
        var seals = store.Scores.Seals.Count(s => s.VillageId == id);
        if (seals > 0) return new VillageOutcome(VillageRefusal.Sealed, village, new EntryCounts(0, 0, seals));
        var old = village.Name;
        village.Name = clean;
        store.Setup.Villages.Update(village);
        store.Audit.Add(ScoreBook.Entry(actor, ActivePeriodId, id, Now, AuditActions.VillageRenamed, detail: $"{old} → {clean}"));
        return new VillageOutcome(VillageRefusal.None, village);
    });

    /// <summary>
    /// Removes a village. One with entries is refused unless <paramref name="force"/>, and always when they are in
    /// published results; otherwise its seals, ratings, bonus, deduction and veto lines and scores (every period) go in
    /// the same transaction, each with its audit entry, the scores through the score book.
    /// </summary>
    public VillageOutcome Remove(Actor actor, int id, bool force) => store.Write(() =>
    {
        if (store.Setup.Villages.FindById(id) is not { } village) return new VillageOutcome(VillageRefusal.UnknownVillage);
        var entries = EntryCounts.ForVillage(store, id);
        if (entries.Any && !force) return new VillageOutcome(VillageRefusal.HasEntries, village, entries);
        if (InPublishedResults(id)) return new VillageOutcome(VillageRefusal.Published, village, entries);

        foreach (var seal in store.Scores.Seals.Find(s => s.VillageId == id).ToList())
        {
            // Seals first: the score book refuses to touch a sealed sheet.
            store.Scores.Seals.Delete(seal.Id);
            store.Audit.Add(ScoreBook.Entry(actor, seal.PeriodId, id, Now, AuditActions.SheetUnsealed,
                detail: $"village {village.Name} removed; was signed by {seal.SignedByName} at {seal.SignedAt:u}, sha256:{seal.Fingerprint}"));
        }
        foreach (var rating in store.Scores.Ratings.Find(r => r.VillageId == id).ToList())
        {
            store.Scores.Ratings.Delete(rating.Id);
            store.Audit.Add(ScoreBook.Entry(actor, rating.PeriodId, id, Now, AuditActions.RatingCleared,
                old: rating.Values.Sum(), detail: $"village {village.Name} removed; ratings of member {rating.MemberId} were {string.Join(" ", rating.Values)}"));
        }
        foreach (var adjustment in store.Scores.Adjustments.Find(a => a.VillageId == id).ToList())
        {
            store.Scores.Adjustments.Delete(adjustment.Id);
            var cleared = adjustment.Kind switch
            {
                AdjustmentKind.Bonus => AuditActions.BonusCleared,
                AdjustmentKind.Deduction => AuditActions.DeductionCleared,
                _ => AuditActions.VetoCleared,
            };
            store.Audit.Add(ScoreBook.Entry(actor, adjustment.PeriodId, id, Now, cleared, null, adjustment.Line,
                old: adjustment.Kind == AdjustmentKind.Veto ? null : adjustment.Points,
                detail: $"village {village.Name} removed; {adjustment.Kind.ToString().ToLowerInvariant()} {adjustment.Line + 1} was {adjustment.Points}"
                        + (adjustment.Reason is { } reason ? $", reason: {reason}" : "")));
        }
        foreach (var group in store.Scores.Items.Find(s => s.VillageId == id).ToList().GroupBy(s => (s.PeriodId, s.Category)))
        {
            var period = periods.Find(group.Key.PeriodId)
                ?? throw new InvalidOperationException($"Scores of village {id} refer to period {group.Key.PeriodId}, which does not exist.");
            var outcome = scoreBook.SetItems(actor, period, id, group.Key.Category, group.Select(s => (s.Item, (decimal?)null)).ToList());
            if (!outcome.Ok)
                throw new InvalidOperationException($"Clearing the scores of village {id} was refused ({outcome.Refusal}); nothing was removed.");
        }
        store.Setup.Villages.Delete(id);
        store.Audit.Add(ScoreBook.Entry(actor, ActivePeriodId, id, Now, AuditActions.VillageRemoved,
            detail: $"{village.Name}; removed with it: {entries}"));
        return new VillageOutcome(VillageRefusal.None, village, entries);
    });

    /// <summary>Whether the village has scores, ratings, bonus, deduction or veto lines or a seal in a period whose results are published and not reopened.</summary>
    bool InPublishedResults(int id) =>
        store.Publication.Publications.FindAll().Where(p => p.Open).Select(p => p.Id).ToList() is { Count: > 0 } published
        && (store.Scores.Items.Find(s => s.VillageId == id).Any(s => published.Contains(s.PeriodId))
            || store.Scores.Ratings.Find(r => r.VillageId == id).Any(r => published.Contains(r.PeriodId))
            || store.Scores.Adjustments.Find(a => a.VillageId == id).Any(a => published.Contains(a.PeriodId))
            || store.Scores.Seals.Find(s => s.VillageId == id).Any(s => published.Contains(s.PeriodId)));

    // Through the unique index, so "the same name" means what the index means by it (its collation ignores case).
    VillageDoc? ByName(string name) => store.Setup.Villages.FindOne(v => v.Name == name);

    int ActivePeriodId => store.ActivePeriod().Id;

    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
