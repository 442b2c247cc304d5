using ChatAppraisal.Schedule;

namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string Schedule => "Visit schedule";
    public override string ScheduleOf(string period) => $"Visit schedule, {period}";
    public override string NoVisits => "No visit is scheduled yet.";
    public override string Unscheduled(IEnumerable<string> villages) => $"Not scheduled yet: {string.Join(", ", villages)}";
    public override string VisitDate => "Visit date";
    public override string VisitTime => "Time";
    public override string VisitNote => "Place or note";
    public override string VisitNone => "No visit scheduled";
    public override string SaveVisit => "Save the visit";
    public override string ClearVisit => "Clear the visit";
    public override string VisitTells => "Saving or clearing tells the examiners and group leaders at once.";
    public override string MissingVisitDate => "Visit date: choose a date. Nothing was saved.";
    public override string BadVisitDate(string typed) => $"Visit date: \"{typed}\" is not a date; write it as 2018-01-15. Nothing was saved.";
    public override string MissingVisitTime => "Time: write the time of arrival, e.g. 9:00. Nothing was saved.";
    public override string BadVisitTime(string typed) => $"Time: \"{typed}\" is not a time of day; write it as 9:00 (0:00 to 23:59). Nothing was saved.";
    public override string VisitNoteTooLong(int length) => $"Place or note: {VisitText.MaxNote} characters at most; this one has {length}. Nothing was saved.";
    public override string SameTime(IEnumerable<string> villages) => $"Note: also scheduled at this time: {string.Join(", ", villages)}. The group can be in one place only; please check.";
    public override string Reminders => "Reminders";
    public override string RemindersOf(string period) => $"Reminders, {period}";
    public override string MorningReminder => "Morning reminder";
    public override string EveningReminder => "Evening reminder";
    public override string RatingsDueBy => "Leadership ratings due by";
    public override string SaveReminders => "Update the reminders";
    public override string DueByEmpty(string? lastVisitDay) => lastVisitDay is null
        ? "Leave it empty for the last visit day (no visit is scheduled yet)."
        : $"Leave it empty for the last visit day, now {lastVisitDay}.";
    public override string QuietHours => $"No automatic reminder goes out from {Clock(ReminderSettings.QuietFrom)} to {Clock(ReminderSettings.QuietUntil)}: a reminder set in those hours waits until {Clock(ReminderSettings.QuietUntil)}.";
    public override string InQuietHours(string field, TimeOnly time) => $"Note: {field} {Clock(time)} falls in the quiet hours ({Clock(ReminderSettings.QuietFrom)} to {Clock(ReminderSettings.QuietUntil)}); those reminders wait until {Clock(ReminderSettings.QuietUntil)}.";
    public override string BadMorning => "Morning reminder: write a time of day as 8:00. Nothing was saved.";
    public override string BadEvening => "Evening reminder: write a time of day as 19:30. Nothing was saved.";
    public override string MorningNotBeforeEvening(string morning, string evening) => $"Morning reminder: must be earlier than the evening reminder (morning {morning}, evening {evening} were given). Nothing was saved.";
    public override string BadDueDate => "Leadership ratings due by: write a date as 2018-01-18, or leave it empty. Nothing was saved.";
    public override string RemindersSaved(string period, TimeOnly morning, TimeOnly evening, string due) => $"{period}'s reminders are saved: morning {Clock(morning)}, evening {Clock(evening)}, leadership ratings due by {due}.";
    public override string LastVisitDay => "the last visit day";
    public override string LastVisitDayIs(string day) => $"{day}, the last visit day";
    public override string Date(DateOnly d) => d.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture);
}
