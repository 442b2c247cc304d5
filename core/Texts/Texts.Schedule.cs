using ChatAppraisal.Schedule;

namespace ChatAppraisal;

/// <summary>The office's /schedule and /remind, the notices of a visit, and the reminders.</summary>
public abstract partial class Texts
{
    // /schedule
    public abstract string DescribeSchedule { get; }
    public abstract string ScheduleUsage { get; }
    public abstract string ScheduleList(string period, IReadOnlyList<Visit> visits, IReadOnlyList<string> unscheduled, ReminderTimes times);
    public abstract string ScheduleOfVillage(string village, Visit? visit);
    public abstract string ScheduleProblem(VisitWhen when);
    public abstract string VisitSet(Visit visit, Visit? previous, int notified, IReadOnlyList<Visit> sameTime);
    public abstract string VisitUnchanged(Visit visit);
    public abstract string VisitCleared(Visit previous, int notified);
    public abstract string NoVisitToClear(string village);

    // Notices to examiners and group leaders
    public abstract string VisitNotice(Visit visit, Visit? previous, string? by);
    public abstract string VisitCancelledNotice(Visit previous, string? by);

    // /remind
    public abstract string DescribeRemind { get; }
    public abstract string RemindUsage { get; }
    public abstract string RemindPaused { get; }
    public abstract string RemindResumed(bool wasPaused);
    public abstract string RemindDueSet(DateOnly? due, ReminderTimes times);
    public abstract string RemindReport(IReadOnlyList<RemindOutcome> outcomes);

    // The reminders
    public string Reminder(ReminderContent content) => content switch
    {
        VisitDayContent c => VisitDayReminder(c),
        CategoriesContent c => CategoriesReminder(c),
        SheetContent c => SheetReminder(c),
        RatingsContent c => RatingsReminder(c),
        DigestContent c => DigestReminder(c),
        _ => throw new ArgumentOutOfRangeException(nameof(content), content, "A reminder without its text."),
    };

    public abstract string VisitDayReminder(VisitDayContent c);
    public abstract string CategoriesReminder(CategoriesContent c);
    public abstract string SheetReminder(SheetContent c);
    public abstract string RatingsReminder(RatingsContent c);
    public abstract string DigestReminder(DigestContent c);

    /// <summary>"1月15日（星期一）" or "Mon 15 Jan".</summary>
    public abstract string Day(DateOnly date);
    public abstract string Weekday(DateOnly date);
    public abstract string KindName(ReminderKind kind);
}
