using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

public enum AdjustmentRefusal
{
    None,
    UnknownVillage,
    /// <summary>The plan has no such side, line or veto.</summary>
    UnknownLine,
    /// <summary>Not what the line accepts: more than a fixed line's points, or not a whole number of events.</summary>
    NotAllowed,
    /// <summary>The side's total would pass its cap.</summary>
    OverCap,
    /// <summary>A veto needs its reason.</summary>
    ReasonRequired,
    Sealed,
    /// <summary>
    /// The period's results are published (公示): a sheet published unsealed is frozen with the rest, as its scores are
    /// (<see cref="ScoreRefusal.Published"/>), until an admin reopens the results.
    /// </summary>
    Published,
}

/// <param name="Room">For <see cref="AdjustmentRefusal.OverCap"/>: what the side may still take on this line.</param>
public sealed record AdjustmentOutcome(AdjustmentRefusal Refusal, decimal Room = 0, SealDoc? Seal = null)
{
    public static readonly AdjustmentOutcome Saved = new(AdjustmentRefusal.None);
    public bool Ok => Refusal == AdjustmentRefusal.None;
}

/// <summary>
/// The bonus and deduction lines and the vetoes entered against a village: checked against the period's rubric (the
/// line's rule, the side's cap), refused on a sealed sheet or published results, and audited in the same transaction, as scores are.
/// </summary>
public sealed class Adjustments(AppraisalStore store, TimeProvider clock)
{
    /// <summary>Sets (or, with null, clears) a village's points on one line of the bonus or deduction side.</summary>
    public AdjustmentOutcome SetLine(Actor actor, PeriodView period, int villageId, AdjustmentKind kind, int line, decimal? points, string? reason = null) =>
        store.Write(() =>
        {
            if (kind == AdjustmentKind.Veto) throw new ArgumentException("A veto is set with SetVeto.", nameof(kind));
            if (store.Setup.Villages.FindById(villageId) is null) return new AdjustmentOutcome(AdjustmentRefusal.UnknownVillage);
            var side = kind == AdjustmentKind.Bonus ? period.Rubric.Bonus : period.Rubric.Deductions;
            if (side is null || line < 0 || line >= side.Lines.Count) return new AdjustmentOutcome(AdjustmentRefusal.UnknownLine);
            if (points is { } p && !Adjusting.Allowed(side.Lines[line], p)) return new AdjustmentOutcome(AdjustmentRefusal.NotAllowed);
            var entered = Entries(period.Id, villageId).Where(a => a.Kind == kind && a.Line != line && a.Line < side.Lines.Count).Sum(a => a.Points);
            if (points is { } q && side.Cap is { } cap && entered + q > cap) return new AdjustmentOutcome(AdjustmentRefusal.OverCap, Math.Max(0, cap - entered));
            if (store.Scores.Seals.FindById(SealDoc.Key(period.Id, villageId)) is { } seal) return new AdjustmentOutcome(AdjustmentRefusal.Sealed, Seal: seal);
            if (Publication.Publications.Frozen(store, period.Id)) return new AdjustmentOutcome(AdjustmentRefusal.Published);
            Write(actor, period, villageId, kind, line, points, points is null ? null : reason ?? side.Lines[line].Name, side.Lines[line].Name);
            return AdjustmentOutcome.Saved;
        });

    /// <summary>Records (or, with a null reason, withdraws) one of the plan's vetoes against a village.</summary>
    public AdjustmentOutcome SetVeto(Actor actor, PeriodView period, int villageId, int veto, string? reason, bool withdraw = false) =>
        store.Write(() =>
        {
            if (store.Setup.Villages.FindById(villageId) is null) return new AdjustmentOutcome(AdjustmentRefusal.UnknownVillage);
            if (veto < 0 || veto >= period.Rubric.Veto.Count) return new AdjustmentOutcome(AdjustmentRefusal.UnknownLine);
            if (!withdraw && string.IsNullOrWhiteSpace(reason)) return new AdjustmentOutcome(AdjustmentRefusal.ReasonRequired);
            if (store.Scores.Seals.FindById(SealDoc.Key(period.Id, villageId)) is { } seal) return new AdjustmentOutcome(AdjustmentRefusal.Sealed, Seal: seal);
            if (Publication.Publications.Frozen(store, period.Id)) return new AdjustmentOutcome(AdjustmentRefusal.Published);
            Write(actor, period, villageId, AdjustmentKind.Veto, veto, withdraw ? null : 0, withdraw ? null : reason!.Trim(), period.Rubric.Veto[veto].Event);
            return AdjustmentOutcome.Saved;
        });

    /// <summary>A village's entries in a period (the sheet, the dialog's next prompt).</summary>
    public IReadOnlyList<AdjustmentDoc> Entries(int periodId, int villageId) =>
        store.Scores.Adjustments.FindByIdPrefix(AdjustmentDoc.VillagePrefix(periodId, villageId)).ToList();

    /// <summary>The scoring engine's view of a village's entries.</summary>
    public static VillageAdjustments Of(IEnumerable<AdjustmentDoc> entries)
    {
        var list = entries.ToList();
        if (list.Count == 0) return VillageAdjustments.None;
        return new VillageAdjustments(
            list.Where(a => a.Kind == AdjustmentKind.Bonus).ToDictionary(a => a.Line, a => a.Points),
            list.Where(a => a.Kind == AdjustmentKind.Deduction).ToDictionary(a => a.Line, a => a.Points),
            list.Where(a => a.Kind == AdjustmentKind.Veto).OrderBy(a => a.Line).Select(a => new VetoEntry(a.Line, a.Reason ?? "")).ToList());
    }

    void Write(Actor actor, PeriodView period, int villageId, AdjustmentKind kind, int line, decimal? points, string? reason, string lineName)
    {
        var key = AdjustmentDoc.Key(period.Id, villageId, kind, line);
        var old = store.Scores.Adjustments.FindById(key);
        if (points is null && old is null) return;
        if (points is not null && old is not null && old.Points == points && old.Reason == reason) return;
        var now = clock.GetUtcNow().UtcDateTime;
        if (points is { } p)
            store.Scores.Adjustments.Upsert(new AdjustmentDoc
            {
                Id = key, PeriodId = period.Id, VillageId = villageId, Kind = kind, Line = line, Points = p, Reason = reason,
                MemberId = actor.MemberId, At = now, Channel = actor.Channel,
            });
        else store.Scores.Adjustments.Delete(key);
        var action = (kind, points is null) switch
        {
            (AdjustmentKind.Bonus, false) => AuditActions.BonusSet,
            (AdjustmentKind.Bonus, true) => AuditActions.BonusCleared,
            (AdjustmentKind.Deduction, false) => AuditActions.DeductionSet,
            (AdjustmentKind.Deduction, true) => AuditActions.DeductionCleared,
            (_, false) => AuditActions.VetoSet,
            _ => AuditActions.VetoCleared,
        };
        // The line's number and name, then the reason: the audit reads without the rubric at hand.
        var detail = $"{kind.ToString().ToLowerInvariant()} {line + 1}: {lineName}" + (reason is null || reason == lineName ? "" : $"; reason: {reason}");
        store.Audit.Add(ScoreBook.Entry(actor, period.Id, villageId, now, action, null, line,
            kind == AdjustmentKind.Veto ? null : old?.Points, kind == AdjustmentKind.Veto ? null : points, detail,
            args: [lineName, reason is null || reason == lineName ? "" : reason]));
    }
}
