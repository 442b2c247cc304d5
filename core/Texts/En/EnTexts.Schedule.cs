using System.Globalization;
using System.Text;
using ChatAppraisal.Reports;
using ChatAppraisal.Schedule;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    const string VisitFormats = "Dates: 1月15日, 1/15 or 2018-01-15; times: 9:00, 09:00, 9点, 9点半 or 下午3点.";

    public override string DescribeSchedule => "the visit schedule: /schedule to see it; /schedule VILLAGE DATE TIME [note] to set a visit; /schedule VILLAGE clear to remove it";

    public override string ScheduleUsage =>
        "Usage:\n/schedule — the whole schedule\n/schedule VILLAGE DATE TIME [note] — set or change a village's visit\n/schedule VILLAGE clear — remove its visit\n"
        + VisitFormats + "\nExample: /schedule 新庄村 1/15 9:00 village committee room";

    public override string ScheduleList(string period, IReadOnlyList<Visit> visits, IReadOnlyList<string> unscheduled, ReminderTimes times)
    {
        var sb = new StringBuilder();
        if (visits.Count == 0) sb.AppendLine($"No visits are scheduled in {period} yet.");
        else
        {
            sb.AppendLine($"Visits in {period} ({visits.Count} villages):");
            foreach (var day in visits.GroupBy(v => v.Date))
            {
                sb.AppendLine(Day(day.Key));
                foreach (var v in day) sb.AppendLine($"  {Clock(v.Time)} {v.Village}{NoteOf(v)}");
            }
        }
        if (unscheduled.Count > 0) sb.AppendLine($"Not scheduled: {string.Join(", ", unscheduled)}");
        sb.AppendLine($"Reminders: mornings at {Clock(times.Morning)}, evenings at {Clock(times.Evening)} (none sent automatically from 21:30 to 7:30).");
        sb.Append(times.LeadersUntil is { } until
            ? $"Leadership ratings due: {Day(until)}{(times.RatingsDueBy is null ? " (the last visit day)" : "")}."
            : "Leadership ratings due: not set (/remind due 1/18).");
        if (visits.Count == 0) sb.Append('\n').Append(ScheduleUsage);
        return sb.ToString();
    }

    public override string ScheduleOfVillage(string village, Visit? visit) => visit is null
        ? $"{village} has no visit yet. To set one: /schedule {village} 1/15 9:00 [note]\n{VisitFormats}"
        : $"{village}: {When(visit)}{NoteOf(visit)}\nTo change it: /schedule {village} DATE TIME [note]; to remove it: /schedule {village} clear";

    public override string ScheduleProblem(VisitWhen when) => "Nothing saved. " + when.Problem switch
    {
        VisitTextProblem.MissingDate => "Give the date and time, e.g. /schedule 新庄村 1/15 9:00 village committee room",
        VisitTextProblem.DateNotUnderstood => $"\"{when.Typed}\" is not a date I can read. {VisitFormats}",
        VisitTextProblem.NoSuchDay => $"There is no such day as \"{when.Typed}\"; check the date.",
        VisitTextProblem.MissingTime => $"Give the time of arrival, e.g. {Day(when.Date)} 9:00. {VisitFormats}",
        VisitTextProblem.TimeNotUnderstood => $"\"{when.Typed}\" is not a time I can read. {VisitFormats}",
        VisitTextProblem.NoSuchTime => $"\"{when.Typed}\" is not a time of day; times run from 0:00 to 23:59.",
        VisitTextProblem.NoteTooLong => $"The note is too long (at most {VisitText.MaxNote} characters).",
        _ => ScheduleUsage,
    };

    public override string VisitSet(Visit visit, Visit? previous, int notified, IReadOnlyList<Visit> sameTime)
    {
        var sb = new StringBuilder(previous is null
            ? $"Scheduled: {visit.Village} on {When(visit)}{NoteOf(visit)}. "
            : $"{visit.Village}'s visit changed: {When(previous)} → {When(visit)}{NoteOf(visit)}. ");
        sb.Append(Notified(notified));
        if (sameTime.Count > 0) sb.Append($"\nNote: {string.Join(", ", sameTime.Select(v => v.Village))} is scheduled at the same time.");
        return sb.ToString();
    }

    public override string VisitUnchanged(Visit visit) => $"{visit.Village}'s visit is unchanged: {When(visit)}{NoteOf(visit)}. No one was told again.";

    public override string VisitCleared(Visit previous, int notified) =>
        $"{previous.Village}'s visit (was {When(previous)}) is removed. {Notified(notified)}";

    public override string NoVisitToClear(string village) => $"{village} has no visit to remove.";

    static string From(string? by) => by is null ? " (appraisal office)" : $" (appraisal office, {by})";

    static string Notified(int notified) => notified switch
    {
        0 => "No examiner or group leader has joined the chat yet, so no one was told.",
        1 => "1 member of the group was told.",
        _ => $"{notified} members of the group were told.",
    };

    public override string VisitNotice(Visit visit, Visit? previous, string? by) => previous is null
        ? $"📅 Visit: {visit.Village} on {When(visit)}{NoteOf(visit)}.{From(by)}"
        : $"📅 Visit changed: {visit.Village} is now on {When(visit)} (was {When(previous)}){NoteOf(visit)}.{From(by)}";

    public override string VisitCancelledNotice(Visit previous, string? by) =>
        $"📅 The visit to {previous.Village} on {When(previous)} is cancelled; a new time will follow.{From(by)}";

    public override string DescribeRemind => "reminders: /remind off pauses yours for today, /remind on resumes; the appraisal office's /remind reminds everyone who owes something now";

    public override string RemindUsage =>
        "Usage:\n/remind — remind everyone who owes something, now (office)\n/remind off — no reminders for me for the rest of today\n/remind on — reminders again\n"
        + "/remind due 1/18 — the deadline for leadership ratings (office); /remind due clear — back to the last visit day";

    public override string RemindPaused => "No more reminders for you today; they resume tomorrow. Send /remind on to resume them now.";

    public override string RemindResumed(bool wasPaused) => wasPaused ? "Reminders are on again." : "Your reminders were on already.";

    public override string RemindDueSet(DateOnly? due, ReminderTimes times) => due is { } d
        ? $"Leadership ratings are due on {Day(d)}. Until then, leadership members who have not rated every village are reminded at {Clock(times.Morning)} each morning."
        : times.LeadersUntil is { } last
            ? $"The deadline is cleared; ratings are due on the last visit day, {Day(last)}."
            : "The deadline is cleared; once visits are scheduled, ratings are due on the last visit day.";

    public override string RemindReport(IReadOnlyList<RemindOutcome> outcomes)
    {
        var sent = outcomes.Where(o => o.Result == SendResult.Sent).ToList();
        if (outcomes.Count == 0) return "Nobody owes anything now; no reminders were sent.";
        var people = sent.Select(o => o.Reminder.MemberId).Distinct().Count();
        var sb = new StringBuilder(sent.Count == 0
            ? "No new reminders to send."
            : $"Sent {sent.Count} reminder{(sent.Count == 1 ? "" : "s")} to {people} {(people == 1 ? "person" : "people")}:");
        foreach (var person in sent.GroupBy(o => (o.Reminder.MemberId, o.Reminder.MemberName)))
            sb.Append($"\n• {person.Key.MemberName}: {string.Join("; ", person.Select(o => What(o.Reminder.Content)))}");
        Names(sb, outcomes, SendResult.AlreadySent, "Reminded already today, not again: ");
        Names(sb, outcomes, SendResult.Paused, "Paused their reminders today: ");
        Names(sb, outcomes, SendResult.NoChannel, "Not reached (no chat account): ");
        return sb.ToString();
    }

    static void Names(StringBuilder sb, IReadOnlyList<RemindOutcome> outcomes, SendResult result, string label)
    {
        var names = outcomes.Where(o => o.Result == result).GroupBy(o => (o.Reminder.MemberId, o.Reminder.MemberName))
            .Select(g => $"{g.Key.MemberName} ({g.Count()})").ToList();
        if (names.Count > 0) sb.Append('\n').Append(label).Append(string.Join(", ", names));
    }

    static string What(ReminderContent content) => content switch
    {
        CategoriesContent c => $"{c.Village}, {c.Categories.Count} categor{(c.Categories.Count == 1 ? "y" : "ies")} not confirmed",
        SheetContent c => $"{c.Village}'s sheet to sign and seal",
        RatingsContent c => $"{c.Missing.Count} village{(c.Missing.Count == 1 ? "" : "s")} not rated",
        VisitDayContent c => $"the day's {c.Visits.Count} visits",
        DigestContent => "the day's progress",
        _ => "",
    };

    public override string VisitDayReminder(VisitDayContent c) =>
        $"📅 Today's visits, {Day(c.Date)}:\n" + string.Join("\n", c.Visits.Select(v => $"{Clock(v.Time)} {v.Village}{NoteOf(v)}"));

    public override string CategoriesReminder(CategoriesContent c) =>
        $"⏰ In {c.Village}, you started {c.Categories.Count} categor{(c.Categories.Count == 1 ? "y" : "ies")} that {(c.Categories.Count == 1 ? "is" : "are")} not confirmed:\n"
        + string.Join("\n", c.Categories.Select(k => $"• {k.Name} {k.ItemsScored}/{k.ItemCount}{(k.ItemsScored == k.ItemCount ? " (all scored, to confirm)" : "")}"))
        + $"\nSend /score, choose {c.Village}, check each category and press \"Confirm\". The sheet is to be signed and sealed the same day.";

    public override string SheetReminder(SheetContent c) =>
        $"⏰ Every one of the {c.ItemCount} items of {c.Village}'s sheet is scored, and it is not signed and sealed yet. Send /sign {c.Village} to check, sign and seal it; the plan wants it sealed and handed to the town government the same day.";

    public override string RatingsReminder(RatingsContent c)
    {
        var example = c.Missing[0];
        var sb = new StringBuilder($"⏰ You have not rated {c.Missing.Count} of {c.VillageCount} villages: {string.Join(", ", c.Missing)}");
        if (c.DueBy is { } due) sb.Append($"\nRatings are due on {Day(due)}.");
        sb.Append($"\nTo rate, send one message: the village, then the {c.Rubric.Categories.Count} ratings in order, e.g.\n");
        sb.Append($"{example} {string.Join(" ", RatingExample.Values(c.Rubric).Select(v => v.ToString("0.##", CultureInfo.InvariantCulture)))}");
        sb.Append($"\nOr send /rate {example} for one category at a time; /myratings lists what you rated; /help shows the aliases and caps.");
        return sb.ToString();
    }

    public override string DigestReminder(DigestContent c)
    {
        var sb = new StringBuilder($"📊 Progress on {Day(c.Date)}:\n")
            .Append($"On-site appraisal: {c.ItemsScored}/{c.ItemsTotal} items scored\n")
            .Append($"Sheets signed and sealed: {c.Sealed}/{c.Villages}\n")
            .Append($"Leadership ratings in: {c.RatingsIn}/{c.RatingsExpected}");
        if (c.UnsealedToday.Count > 0) sb.Append($"\nVisited today, not signed and sealed: {string.Join(", ", c.UnsealedToday)}");
        return sb.Append("\nSend /progress for the details.").ToString();
    }

    public override string Day(DateOnly date) => date.ToString("ddd d MMM", CultureInfo.InvariantCulture);
    public override string Weekday(DateOnly date) => date.ToString("ddd", CultureInfo.InvariantCulture);

    public override string KindName(ReminderKind kind) => kind switch
    {
        ReminderKind.VisitDay => "the day's visits",
        ReminderKind.Categories => "categories not confirmed",
        ReminderKind.Sheet => "a sheet to sign and seal",
        ReminderKind.Ratings => "villages not rated",
        _ => "the day's progress",
    };

    string When(Visit v) => $"{Day(v.Date)} at {Clock(v.Time)}";

    static string Clock(TimeOnly t) => $"{t.Hour}:{t.Minute:00}";

    static string NoteOf(Visit v) => v.Note is null ? "" : $" ({v.Note})";
}
