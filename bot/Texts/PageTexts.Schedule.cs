namespace ChatAppraisal.Bot;

// The visit schedule (村) and the reminder settings (考核周期).
public abstract partial class PageTexts
{
    public abstract string Schedule { get; }
    public abstract string ScheduleOf(string period);
    public abstract string NoVisits { get; }
    public abstract string Unscheduled(IEnumerable<string> villages);
    public abstract string VisitDate { get; }
    public abstract string VisitTime { get; }
    public abstract string VisitNote { get; }
    public abstract string VisitNone { get; }
    public abstract string SaveVisit { get; }
    public abstract string ClearVisit { get; }
    public abstract string VisitTells { get; }

    public abstract string MissingVisitDate { get; }
    public abstract string BadVisitDate(string typed);
    public abstract string MissingVisitTime { get; }
    public abstract string BadVisitTime(string typed);
    public abstract string VisitNoteTooLong(int length);
    public abstract string SameTime(IEnumerable<string> villages);

    public abstract string Reminders { get; }
    public abstract string RemindersOf(string period);
    public abstract string MorningReminder { get; }
    public abstract string EveningReminder { get; }
    public abstract string RatingsDueBy { get; }
    public abstract string SaveReminders { get; }
    public abstract string DueByEmpty(string? lastVisitDay);
    public abstract string QuietHours { get; }
    public abstract string InQuietHours(string field, TimeOnly time);

    public abstract string BadMorning { get; }
    public abstract string BadEvening { get; }
    public abstract string MorningNotBeforeEvening(string morning, string evening);
    public abstract string BadDueDate { get; }
    public abstract string RemindersSaved(string period, TimeOnly morning, TimeOnly evening, string due);
    public abstract string LastVisitDay { get; }
    public abstract string LastVisitDayIs(string day);

    /// <summary>"1月15日" and "星期一", for a narrow table's date column (two pieces that may go on two lines).</summary>
    public abstract string Date(DateOnly d);
    public string Weekday(DateOnly d) => ChatTexts.Weekday(d);

    public static string Clock(TimeOnly t) => $"{t.Hour}:{t.Minute:00}";
}
