using ChatAppraisal.Members;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Schedule;

public enum SlotTime
{
    Morning,
    Evening,
}

/// <summary>
/// A reminder time of one local day. A slot is live from its time until the next slot's (the morning's until the
/// evening's, the evening's until the next morning's); quiet hours hold it back within that window.
/// </summary>
public sealed record ReminderSlot(DateOnly Date, SlotTime Time, DateTimeOffset Start, DateTimeOffset End);

/// <summary>
/// Says who is owed which reminder: given the time and the database, and nothing else (it writes nothing). The
/// morning slot holds the visit day's villages (examiners, group leaders) and the leaders' unrated villages; the
/// evening slot of a visit day holds each visited village's unconfirmed categories (examiners), its sheet ready to sign
/// (group leaders) and the office's digest. Reminders already sent for the slot, or of the same thing on the same day,
/// and members who paused theirs today are left out.
/// </summary>
public sealed class ReminderPlanner(AppraisalStore store, Periods periods, Sheets sheets, CategoryConfirmations confirmations,
    VisitSchedule schedule, ReminderSettings settings, TownClock town)
{
    /// <summary>The automatic reminders due at <paramref name="now"/>: none in quiet hours.</summary>
    public IReadOnlyList<PlannedReminder> Due(DateTimeOffset now)
    {
        var local = town.ToLocal(now);
        if (ReminderSettings.IsQuiet(TimeOnly.FromDateTime(local))) return [];
        var period = periods.Active();
        var slot = CurrentSlot(now, settings.For(period.Id));
        return Unsent(InSlot(period, slot, now), DateOnly.FromDateTime(local));
    }

    /// <summary>Everything owed now, whatever the slot (the office's /remind), dated today; nothing is left out.</summary>
    public IReadOnlyList<PlannedReminder> Owed(DateTimeOffset now)
    {
        var period = periods.Active();
        var today = DateOnly.FromDateTime(town.ToLocal(now));
        var villages = store.Setup.Villages.FindAll().OrderBy(v => v.Id).ToList();
        var times = settings.For(period.Id);
        var members = Members();
        var owed = new List<PlannedReminder>();
        foreach (var village in villages) owed.AddRange(VillageEvening(period, village, members, today));
        owed.AddRange(Ratings(period, villages, members, today, times.LeadersUntil));
        return Ordered(owed);
    }

    /// <summary>Whether this reminder went out already: for its slot, or the same thing today.</summary>
    public bool IsSent(PlannedReminder reminder, DateOnly today) =>
        store.Schedule.RemindersSent.FindById(reminder.Key) is not null
        || store.Schedule.RemindersSent.Find(r => r.Thing == reminder.Thing).Any(r => r.SentOn == today.ToString(LocalFormats.Date));

    /// <summary>The latest slot that started at or before <paramref name="now"/>, with the start of the next as its end.</summary>
    public ReminderSlot CurrentSlot(DateTimeOffset now, ReminderTimes times)
    {
        var slots = Slots(DateOnly.FromDateTime(town.ToLocal(now)).AddDays(-1), 3, times);
        var i = slots.FindLastIndex(s => s.Start <= now);
        return slots[i] with { End = slots[i + 1].Start };
    }

    /// <summary>When the next reminders may be due: the next slot's start (held back past quiet hours), or the end of the quiet hours now.</summary>
    public DateTimeOffset NextWake(DateTimeOffset now)
    {
        var times = settings.For(periods.Active().Id);
        var next = Slots(DateOnly.FromDateTime(town.ToLocal(now)).AddDays(-1), 4, times).First(s => s.Start > now);
        var wake = AfterQuiet(next.Start);
        if (ReminderSettings.IsQuiet(TimeOnly.FromDateTime(town.ToLocal(now))) && AfterQuiet(now) is var end && end < wake) wake = end;
        return wake;
    }

    /// <summary>The first moment at or after <paramref name="instant"/> outside quiet hours.</summary>
    public DateTimeOffset AfterQuiet(DateTimeOffset instant)
    {
        var local = town.ToLocal(instant);
        var time = TimeOnly.FromDateTime(local);
        if (!ReminderSettings.IsQuiet(time)) return instant;
        var day = DateOnly.FromDateTime(local);
        return town.ToInstant(time >= ReminderSettings.QuietFrom ? day.AddDays(1) : day, ReminderSettings.QuietUntil);
    }

    List<ReminderSlot> Slots(DateOnly from, int days, ReminderTimes times) => Enumerable.Range(0, days)
        .Select(from.AddDays)
        .SelectMany(d => new[]
        {
            new ReminderSlot(d, SlotTime.Morning, town.ToInstant(d, times.Morning), default),
            new ReminderSlot(d, SlotTime.Evening, town.ToInstant(d, times.Evening), default),
        })
        .ToList();

    /// <summary>What the slot holds at <paramref name="now"/>, sent or not. The day's villages are not sent once every visit has begun.</summary>
    public IReadOnlyList<PlannedReminder> InSlot(PeriodView period, ReminderSlot slot, DateTimeOffset now)
    {
        var visits = schedule.On(period.Id, slot.Date);
        var members = Members();
        var owed = new List<PlannedReminder>();
        if (slot.Time == SlotTime.Morning)
        {
            if (visits.Any(v => town.ToInstant(v.Date, v.Time) > now))
                owed.AddRange(members.Where(m => m.Has(Role.Examiner) || m.Has(Role.GroupLeader))
                    .Select(m => new PlannedReminder(m.Id, m.Name, ReminderKind.VisitDay, "day", slot.Date, new VisitDayContent(slot.Date, visits))));
            var times = settings.For(period.Id);
            var start = DateOnly.FromDateTime(town.ToLocal(new DateTimeOffset(period.Doc.CreatedAt, TimeSpan.Zero)));
            if (times.LeadersUntil is { } until && slot.Date >= start && slot.Date <= until)
                owed.AddRange(Ratings(period, store.Setup.Villages.FindAll().OrderBy(v => v.Id).ToList(), members, slot.Date, until));
        }
        else if (visits.Count > 0)
        {
            foreach (var visit in visits)
                if (store.Setup.Villages.FindById(visit.VillageId) is { } village) owed.AddRange(VillageEvening(period, village, members, slot.Date));
            var digest = Digest(period, slot.Date, visits);
            owed.AddRange(members.Where(m => m.Holds(Role.Office))
                .Select(m => new PlannedReminder(m.Id, m.Name, ReminderKind.Digest, "day", slot.Date, digest)));
        }
        return Ordered(owed);
    }

    IReadOnlyList<PlannedReminder> Unsent(IReadOnlyList<PlannedReminder> owed, DateOnly today) =>
        owed.Where(r => !settings.IsPaused(r.MemberId, today) && !IsSent(r, today)).ToList();

    List<MemberDoc> Members() => store.Roster.Members.FindAll().Where(m => !m.Removed).OrderBy(m => m.Id).ToList();

    /// <summary>A village's examiners with categories started and not confirmed, and its sheet for the group leaders when ready to sign.</summary>
    IEnumerable<PlannedReminder> VillageEvening(PeriodView period, VillageDoc village, List<MemberDoc> members, DateOnly date)
    {
        var sheet = sheets.Load(period, village.Id);
        if (sheet is null || sheet.Seal is not null) yield break;
        var subject = village.Id.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var confirmed = confirmations.Confirmed(period.Id, village.Id);
        var started = store.Scores.Items.FindByIdPrefix(ItemScoreDoc.VillagePrefix(period.Id, village.Id))
            .ToLookup(s => s.MemberId, s => s.Category);
        foreach (var examiner in members.Where(m => m.Has(Role.Examiner)))
        {
            var open = started[examiner.Id].Distinct().Where(c => !confirmed.Contains(c) && c < sheet.Categories.Count).Order()
                .Select(c => sheet.Categories[c]).Select(c => new OpenCategory(c.Name, c.ItemsScored, c.Items.Count)).ToList();
            if (open.Count > 0)
                yield return new PlannedReminder(examiner.Id, examiner.Name, ReminderKind.Categories, subject, date, new CategoriesContent(village.Name, open));
        }
        if (sheet.Missing == 0)
            foreach (var leader in members.Where(m => m.Has(Role.GroupLeader)))
                yield return new PlannedReminder(leader.Id, leader.Name, ReminderKind.Sheet, subject, date, new SheetContent(village.Name, sheet.ItemCount));
    }

    IEnumerable<PlannedReminder> Ratings(PeriodView period, List<VillageDoc> villages, List<MemberDoc> members, DateOnly date, DateOnly? dueBy)
    {
        if (villages.Count == 0) yield break;
        var rated = store.Scores.Ratings.Find(r => r.PeriodId == period.Id).ToLookup(r => r.MemberId, r => r.VillageId);
        foreach (var leader in members.Where(m => m.Has(Role.Leader)))
        {
            var mine = rated[leader.Id].ToHashSet();
            var missing = villages.Where(v => !mine.Contains(v.Id)).Select(v => v.Name).ToList();
            if (missing.Count > 0)
                yield return new PlannedReminder(leader.Id, leader.Name, ReminderKind.Ratings, "villages", date,
                    new RatingsContent(missing, villages.Count, dueBy, period.Rubric));
        }
    }

    DigestContent Digest(PeriodView period, DateOnly date, IReadOnlyList<Visit> visits)
    {
        var villages = store.Setup.Villages.Count();
        var leaders = store.Roster.Members.FindAll().Where(m => !m.Removed).Count(m => m.Has(Role.Leader));
        var sealedIds = store.Scores.Seals.Find(s => s.PeriodId == period.Id).Select(s => s.VillageId).ToHashSet();
        var villageIds = store.Setup.Villages.FindAll().Select(v => v.Id).ToHashSet();
        return new DigestContent(date,
            store.Scores.Items.Find(s => s.PeriodId == period.Id).Count(s => villageIds.Contains(s.VillageId)), villages * period.Rubric.ItemCount,
            sealedIds.Count(villageIds.Contains), villages,
            store.Scores.Ratings.Find(r => r.PeriodId == period.Id).Count(r => villageIds.Contains(r.VillageId)), villages * leaders,
            visits.Where(v => !sealedIds.Contains(v.VillageId)).Select(v => v.Village).ToList());
    }

    static IReadOnlyList<PlannedReminder> Ordered(IEnumerable<PlannedReminder> owed) =>
        owed.OrderBy(r => r.MemberId).ThenBy(r => r.Kind).ThenBy(r => r.Subject, StringComparer.Ordinal).ToList();
}
