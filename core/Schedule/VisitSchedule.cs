using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Schedule;

/// <summary>A village's visit as shown: local date and time in the town, and the note.</summary>
public sealed record Visit(int VillageId, string Village, DateOnly Date, TimeOnly Time, string? Note)
{
    public static Visit From(VisitDoc doc, string village) => new(doc.VillageId, village, doc.LocalDate, doc.LocalTime, doc.Note);
}

public enum VisitRefusal
{
    None,
    UnknownVillage,
    NoVisit,
    NoteTooLong,
}

/// <param name="Previous">The visit it replaced or cleared.</param>
/// <param name="Notified">How many examiners and group leaders were told.</param>
/// <param name="SameTime">Other villages at the same date and time (the group is in one place at a time).</param>
public sealed record VisitOutcome(VisitRefusal Refusal, Visit? Visit = null, Visit? Previous = null, int Notified = 0, IReadOnlyList<Visit>? SameTime = null)
{
    public bool Ok => Refusal == VisitRefusal.None;
    public bool Unchanged => Ok && Visit is not null && Visit == Previous;
}

/// <summary>
/// The schedule: each village's visit in a period (a wall-clock time in the town's zone). Setting, changing or clearing
/// a visit is audited and tells every examiner and group leader at once, in the same transaction (through
/// <see cref="IMemberNotifier"/>, whose messages go out after the commit).
/// </summary>
public sealed class VisitSchedule
{
    public const string NoticeKind = "visit.notice";

    readonly AppraisalStore _store;
    readonly IMemberNotifier _notifier;
    readonly TimeProvider _clock;

    public VisitSchedule(AppraisalStore store, IMemberNotifier notifier, TimeProvider clock)
    {
        (_store, _notifier, _clock) = (store, notifier, clock);
    }

    /// <summary>The period's visits by date, time and village.</summary>
    public IReadOnlyList<Visit> List(int periodId)
    {
        var names = _store.Setup.Villages.FindAll().ToDictionary(v => v.Id, v => v.Name);
        return _store.Schedule.Visits.Find(v => v.PeriodId == periodId)
            .Where(v => names.ContainsKey(v.VillageId))
            .Select(v => Visit.From(v, names[v.VillageId]))
            .OrderBy(v => v.Date).ThenBy(v => v.Time).ThenBy(v => v.VillageId).ToList();
    }

    public IReadOnlyList<Visit> On(int periodId, DateOnly date) => List(periodId).Where(v => v.Date == date).ToList();

    public Visit? Find(int periodId, int villageId) =>
        _store.Schedule.Visits.FindById(VisitDoc.Key(periodId, villageId)) is { } doc && _store.Setup.Villages.FindById(villageId) is { } village
            ? Visit.From(doc, village.Name)
            : null;

    public VisitOutcome Set(Actor actor, int periodId, int villageId, DateOnly date, TimeOnly time, string? note) => _store.Write(() =>
    {
        if (_store.Setup.Villages.FindById(villageId) is not { } village) return new VisitOutcome(VisitRefusal.UnknownVillage);
        note = string.IsNullOrWhiteSpace(note) ? null : note.Trim();
        if (note is { Length: > VisitText.MaxNote }) return new VisitOutcome(VisitRefusal.NoteTooLong);
        var time0 = new TimeOnly(time.Hour, time.Minute);
        var previous = Find(periodId, villageId);
        var visit = new Visit(villageId, village.Name, date, time0, note);
        var sameTime = List(periodId).Where(v => v.VillageId != villageId && v.Date == date && v.Time == time0).ToList();
        if (visit == previous) return new VisitOutcome(VisitRefusal.None, visit, previous, 0, sameTime);
        var now = _clock.GetUtcNow().UtcDateTime;
        _store.Schedule.Visits.Upsert(new VisitDoc
        {
            Id = VisitDoc.Key(periodId, villageId), PeriodId = periodId, VillageId = villageId,
            Date = date.ToString(LocalFormats.Date), Time = time0.ToString(LocalFormats.Time), Note = note, SetBy = actor.MemberId, SetAt = now,
        });
        _store.Audit.Add(ScoreBook.Entry(actor, periodId, villageId, now, AuditActions.VisitSet,
            detail: $"{Describe(previous)} → {Describe(visit)}"));
        var notified = Tell(actor, villageId, t => t.VisitNotice(visit, previous, By(actor)));
        return new VisitOutcome(VisitRefusal.None, visit, previous, notified, sameTime);
    });

    public VisitOutcome Clear(Actor actor, int periodId, int villageId) => _store.Write(() =>
    {
        if (_store.Setup.Villages.FindById(villageId) is null) return new VisitOutcome(VisitRefusal.UnknownVillage);
        if (Find(periodId, villageId) is not { } previous) return new VisitOutcome(VisitRefusal.NoVisit);
        _store.Schedule.Visits.Delete(VisitDoc.Key(periodId, villageId));
        _store.Audit.Add(ScoreBook.Entry(actor, periodId, villageId, _clock.GetUtcNow().UtcDateTime, AuditActions.VisitCleared,
            detail: Describe(previous)));
        var notified = Tell(actor, villageId, t => t.VisitCancelledNotice(previous, By(actor)));
        return new VisitOutcome(VisitRefusal.None, null, previous, notified);
    });

    /// <summary>
    /// Every examiner and group leader, and the village's own officials (of that village only), but the one who made the
    /// change (they read the answer); how many were reached.
    /// </summary>
    int Tell(Actor actor, int villageId, Func<Texts, string> text)
    {
        var reached = 0;
        foreach (var member in _store.Roster.Members.FindAll().Where(m => !m.Removed).OrderBy(m => m.Id).ToList())
        {
            if (member.Id == actor.MemberId || !(member.Has(Role.Examiner) || member.Has(Role.GroupLeader) || member.OfVillage(villageId))) continue;
            if (_notifier.Notify(member.Id, t => [new TextReply(text(t))], NoticeKind).Count > 0) reached++;
        }
        return reached;
    }

    /// <summary>The member who changed it; null for the admin API, which is no person.</summary>
    static string? By(Actor actor) => actor.MemberId > 0 ? actor.Name : null;

    static string Describe(Visit? v) => v is null ? "none" : $"{v.Date:yyyy-MM-dd} {v.Time:HH\\:mm}{(v.Note is null ? "" : " " + v.Note)}";
}
