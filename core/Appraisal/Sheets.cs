using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

public sealed record SheetItem(int Category, int Item, string Name, decimal Max, decimal? Score, int? MemberId, string? MemberName, DateTime? At)
{
    /// <summary>Why points were taken off (扣分原因), as stored; null when none was given.</summary>
    public string? Reason { get; init; }
}

/// <param name="Max">What the category counts for at most (the plan's <c>scaleTo</c> where it has one).</param>
/// <param name="Items">Its scorable items (the leaves of its tree), in document order.</param>
public sealed record SheetCategory(int Index, string Name, string Group, decimal Max, decimal Raw, decimal Score, int ItemsScored, IReadOnlyList<SheetItem> Items)
{
    /// <summary>The scale between the category's own points and what it counts (1 unless the plan scales it).</summary>
    public decimal Scale { get; init; } = 1;

    public bool Capped => Score < Raw * Scale;
}

/// <param name="FinalAtSeal">The village's final when it was sealed (null for seals made before it was kept).</param>
public sealed record SheetSeal(string SignedBy, DateTime SignedAt, string Fingerprint, bool Valid, decimal? FinalAtSeal = null);

/// <summary>A village's score sheet (《综合考核评分表》) as it stands: every item, subtotals, seal.</summary>
public sealed record Sheet(PeriodView Period, VillageDoc Village, IReadOnlyList<SheetCategory> Categories, SheetSeal? Seal)
{
    public decimal Onsite => Categories.Sum(c => c.Score);
    public int ItemsScored => Categories.Sum(c => c.ItemsScored);
    public int ItemCount => Categories.Sum(c => c.Items.Count);
    public int Missing => ItemCount - ItemsScored;

    /// <summary>Photos and files attached to its items, and its written reports (core/Evidence), in the order they came.</summary>
    public IReadOnlyList<Evidence.SheetAttachment> Attachments { get; init; } = [];

    /// <summary>Its entries on the plan's bonus and deduction sides and its vetoes (<see cref="Appraisal.Adjustments"/>).</summary>
    public IReadOnlyList<AdjustmentDoc> Adjustments { get; init; } = [];
}

public enum SealRefusal
{
    None,
    UnknownVillage,
    AlreadySealed,
    NotSealed,
    ReasonRequired,
}

/// <summary>Items scored by village id, and the ids of the sealed villages, in one period.</summary>
public sealed record SheetsProgress(IReadOnlyDictionary<int, int> Scored, IReadOnlySet<int> Sealed)
{
    public int ScoredOf(int villageId) => Scored.GetValueOrDefault(villageId);
    public bool IsSealed(int villageId) => Sealed.Contains(villageId);
}

/// <summary>
/// Sheets and their seals. Signing stores who, when and a SHA-256 fingerprint of the sheet's canonical content,
/// and checkpoints so the seal is on disk; reopening is an admin act with a reason. Both are audited.
/// </summary>
public sealed class Sheets(AppraisalStore store, TimeProvider clock, Backups.IBackupRequests? backups = null)
{
    /// <summary>The village's sheet in the period, read as one consistent reading (null for an unknown village).</summary>
    public Sheet? Load(PeriodView period, int villageId) => store.Read(() => LoadNow(period, villageId));

    /// <summary>The village's seal in the period; null while its sheet is open.</summary>
    public SealDoc? SealOf(PeriodView period, int villageId) => store.Scores.Seals.FindById(SealDoc.Key(period.Id, villageId));

    /// <summary>How far every village's sheet is in the period: items scored by village, and the sealed villages (one reading).</summary>
    public SheetsProgress Progress(PeriodView period) => store.Read(() => new SheetsProgress(
        store.Scores.Items.Find(x => x.PeriodId == period.Id).GroupBy(x => x.VillageId).ToDictionary(g => g.Key, g => g.Count()),
        store.Scores.Seals.Find(x => x.PeriodId == period.Id).Select(x => x.VillageId).ToHashSet()));

    Sheet? LoadNow(PeriodView period, int villageId)
    {
        var village = store.Setup.Villages.FindById(villageId);
        if (village is null) return null;
        // A range of the _id index: a filter on PeriodId and VillageId would make LiteDB walk the period's index and read
        // every village's scores (117,000 documents for 1,000 villages) to keep one village's.
        var scores = store.Scores.Items.FindByIdPrefix(ItemScoreDoc.VillagePrefix(period.Id, villageId))
            .ToDictionary(s => (s.Category, s.Item));
        // Only the names shown (usually one examiner's): reading every member cost as much as the sheet's own scores.
        var names = scores.Values.Select(s => s.MemberId).Distinct().ToDictionary(id => id, id => store.Roster.Members.FindById(id)?.Name);
        var categories = period.Rubric.Categories.Select((c, ci) => Category(period, ci, c.Leaves.Select((item, ii) => scores.TryGetValue((ci, ii), out var s)
            ? new SheetItem(ci, ii, item.Name, item.Max, s.Value, s.MemberId, names.GetValueOrDefault(s.MemberId), s.At) { Reason = s.Reason }
            : new SheetItem(ci, ii, item.Name, item.Max, null, null, null, null)).ToList())).ToList();
        var seal = SealOf(period, villageId);
        var sheet = new Sheet(period, village, categories, null)
        {
            Attachments = Evidence.Attachments.ForSheet(store, period.Id, villageId),
            Adjustments = store.Scores.Adjustments.FindByIdPrefix(AdjustmentDoc.VillagePrefix(period.Id, villageId)).ToList(),
        };
        return seal is null ? sheet : sheet with
        {
            Seal = new SheetSeal(seal.SignedByName, seal.SignedAt, seal.Fingerprint, Fingerprint(sheet) == seal.Fingerprint, seal.FinalAtSeal),
        };
    }

    /// <summary>
    /// The sheet as it reads once <see cref="ScoreBook.SetItems"/> has saved <paramref name="values"/> in one category for
    /// <paramref name="actor"/> at <paramref name="at"/>, without reading the file again (the dialog's next prompt).
    /// Like the score book, an unchanged value keeps its author and time.
    /// </summary>
    public static Sheet WithSaved(Sheet sheet, int category, IEnumerable<(int Item, decimal? Value)> values, Actor actor, DateTime at) =>
        WithSaved(sheet, category, values.Select(v => (v.Item, v.Value, (string?)null)), actor, at);

    /// <inheritdoc cref="WithSaved(Sheet, int, IEnumerable{ValueTuple{int, decimal?}}, Actor, DateTime)"/>
    public static Sheet WithSaved(Sheet sheet, int category, IEnumerable<(int Item, decimal? Value, string? Reason)> values, Actor actor, DateTime at)
    {
        var items = sheet.Categories[category].Items.ToArray();
        foreach (var (item, value, given) in values)
        {
            var reason = value is null ? null : Reasons.Normalize(given);
            if (items[item].Score == value && items[item].Reason == reason) continue;
            items[item] = value is null
                ? items[item] with { Score = null, MemberId = null, MemberName = null, At = null, Reason = null }
                : items[item] with { Score = value, MemberId = actor.MemberId, MemberName = actor.Name, At = at, Reason = reason };
        }
        var categories = sheet.Categories.ToArray();
        categories[category] = Category(sheet.Period, category, items);
        return sheet with { Categories = categories };
    }

    static SheetCategory Category(PeriodView period, int index, IReadOnlyList<SheetItem> items)
    {
        var c = period.Rubric.Categories[index];
        var raw = items.Sum(i => i.Score ?? 0);
        var score = c.Score(leaf => items[leaf].Score, period.Policy.CapCategoryAtMax);
        return new SheetCategory(index, c.Name, c.Group, c.Counted, raw, score, items.Count(i => i.Score is not null), items) { Scale = c.Counted / c.Max };
    }

    public SealRefusal Seal(Actor actor, PeriodView period, int villageId)
    {
        var refusal = store.Write(() =>
        {
            var sheet = Load(period, villageId);
            if (sheet is null) return SealRefusal.UnknownVillage;
            if (sheet.Seal is not null) return SealRefusal.AlreadySealed;
            var now = clock.GetUtcNow().UtcDateTime;
            var fingerprint = Fingerprint(sheet);
            store.Scores.Seals.Insert(new SealDoc
            {
                Id = SealDoc.Key(period.Id, villageId), PeriodId = period.Id, VillageId = villageId,
                SignedBy = actor.MemberId, SignedByName = actor.Name, SignedAt = now, Fingerprint = fingerprint,
                FinalAtSeal = new StandingsQuery(store, clock).FinalOf(period, villageId),
            });
            store.Audit.Add(ScoreBook.Entry(actor, period.Id, villageId, now, AuditActions.SheetSealed,
                @new: sheet.Onsite, detail: $"sha256:{fingerprint}; {sheet.ItemsScored}/{sheet.ItemCount} items",
                args: [sheet.ItemsScored.ToString(CultureInfo.InvariantCulture), sheet.ItemCount.ToString(CultureInfo.InvariantCulture), fingerprint]));
            return SealRefusal.None;
        });
        // A seal must survive a power cut: LiteDB fsyncs only at checkpoints. And a backup of it, taken after the commit.
        if (refusal == SealRefusal.None)
        {
            store.Checkpoint();
            var village = store.Setup.Villages.FindById(villageId)?.Name;
            if (backups is not null) store.AfterCommit(() => backups.Request(Backups.BackupReason.Seal, village));
        }
        return refusal;
    }

    public SealRefusal Unseal(Actor actor, PeriodView period, int villageId, string reason) => store.Write(() =>
    {
        if (string.IsNullOrWhiteSpace(reason)) return SealRefusal.ReasonRequired;
        if (store.Setup.Villages.FindById(villageId) is null) return SealRefusal.UnknownVillage;
        var seal = SealOf(period, villageId);
        if (seal is null) return SealRefusal.NotSealed;
        store.Scores.Seals.Delete(seal.Id);
        store.Audit.Add(ScoreBook.Entry(actor, period.Id, villageId, clock.GetUtcNow().UtcDateTime, AuditActions.SheetUnsealed,
            detail: $"reason: {reason.Trim()}; was signed by {seal.SignedByName} at {seal.SignedAt:u}, sha256:{seal.Fingerprint}"));
        return SealRefusal.None;
    });

    /// <summary>
    /// SHA-256 (hex) of the canonical content: period, village, then every item in rubric order as
    /// "category.item=score" (empty when unscored), one per line, invariant formatting; then, only when there are any,
    /// the attachments' SHA-256 as "attachment=item 1.3:HASH" or "attachment=report written:HASH", sorted, so that the
    /// fingerprint of a sheet without attachments is the one it always had; likewise its bonus, deduction and veto entries
    /// as "bonus=1:2" or "veto=1:REASON", in id order, only when there are any. An item with a reason reads
    /// "category.item=score reason=TEXT" (a reason is one line: <see cref="Reasons.Normalize"/>); one without reads as
    /// before, so a sheet without reasons keeps its fingerprint.
    /// </summary>
    public static string Fingerprint(Sheet sheet)
    {
        var text = new StringBuilder()
            .Append("period=").Append(sheet.Period.Id).Append(':').Append(sheet.Period.Name).Append('\n')
            .Append("village=").Append(sheet.Village.Id).Append(':').Append(sheet.Village.Name).Append('\n');
        foreach (var item in sheet.Categories.SelectMany(c => c.Items))
            text.Append(item.Category + 1).Append('.').Append(item.Item + 1).Append('=')
                .Append(item.Score is { } s ? s.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture) : "")
                .Append(item.Reason is { } r ? " reason=" + r : "").Append('\n');
        foreach (var line in sheet.Attachments.Select(a => $"attachment={a.Place}:{a.Sha256}").Order(StringComparer.Ordinal))
            text.Append(line).Append('\n');
        foreach (var a in sheet.Adjustments)
            text.Append(a.Kind.ToString().ToLowerInvariant()).Append('=').Append(a.Line + 1).Append(':')
                .Append(a.Kind == AdjustmentKind.Veto ? a.Reason : a.Points.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)).Append('\n');
        return Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.ToString())));
    }
}
