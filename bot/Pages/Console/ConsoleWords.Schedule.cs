using ChatAppraisal.Schedule;

namespace ChatAppraisal.Bot.Pages.Console;

// The visit schedule (村) and the reminder settings (考核周期).
public sealed partial class ConsoleWords
{
    public string Schedule => T("考核日程", "Visit schedule");
    public string ScheduleOf(string period) => T($"{period}考核日程", $"Visit schedule, {period}");
    public string NoVisits => T("还没有安排考核日程。", "No visit is scheduled yet.");
    public string Unscheduled(IEnumerable<string> villages) => T($"尚未安排：{string.Join("、", villages)}", $"Not scheduled yet: {string.Join(", ", villages)}");
    public string VisitDate => T("考核日期", "Visit date");
    public string VisitTime => T("时间", "Time");
    public string VisitNote => T("地点或备注", "Place or note");
    public string VisitNone => T("尚未安排考核时间", "No visit scheduled");
    public string SaveVisit => T("保存安排", "Save the visit");
    public string ClearVisit => T("取消安排", "Clear the visit");
    public string VisitTells => T("保存或取消后，会立即通知考核组成员和组长。", "Saving or clearing tells the examiners and group leaders at once.");

    public string MissingVisitDate => T("考核日期：请选择日期。没有保存。", "Visit date: choose a date. Nothing was saved.");
    public string BadVisitDate(string typed) => T($"考核日期：看不懂“{typed}”，请按 2018-01-15 的格式填写。没有保存。",
        $"Visit date: \"{typed}\" is not a date; write it as 2018-01-15. Nothing was saved.");
    public string MissingVisitTime => T("时间：请填写到达时间，例如 9:00。没有保存。", "Time: write the time of arrival, e.g. 9:00. Nothing was saved.");
    public string BadVisitTime(string typed) => T($"时间：看不懂“{typed}”，请按 9:00 的格式填写（0:00 到 23:59）。没有保存。",
        $"Time: \"{typed}\" is not a time of day; write it as 9:00 (0:00 to 23:59). Nothing was saved.");
    public string VisitNoteTooLong(int length) => T($"地点或备注：最多 {VisitText.MaxNote} 个字，现在有 {length} 个字。没有保存。",
        $"Place or note: {VisitText.MaxNote} characters at most; this one has {length}. Nothing was saved.");
    public string SameTime(IEnumerable<string> villages) => T(
        $"注意：{string.Join("、", villages)}也安排在这个时间，考核组同一时间只能在一个地方，请核对。",
        $"Note: also scheduled at this time: {string.Join(", ", villages)}. The group can be in one place only; please check.");

    public string Reminders => T("提醒设置", "Reminders");
    public string RemindersOf(string period) => T($"{period}提醒设置", $"Reminders, {period}");
    public string MorningReminder => T("早上提醒时间", "Morning reminder");
    public string EveningReminder => T("晚上提醒时间", "Evening reminder");
    public string RatingsDueBy => T("领导评分截止日期", "Leaders' ratings due by");
    public string SaveReminders => T("更新提醒设置", "Update the reminders");
    public string DueByEmpty(string? lastVisitDay) => lastVisitDay is null
        ? T("留空则以最后一个考核日为截止日（现在还没有安排考核日程）。", "Leave it empty for the last visit day (no visit is scheduled yet).")
        : T($"留空则以最后一个考核日为截止日，现在是{lastVisitDay}。", $"Leave it empty for the last visit day, now {lastVisitDay}.");
    public string QuietHours => T(
        $"{Clock(ReminderSettings.QuietFrom)} 至次日 {Clock(ReminderSettings.QuietUntil)} 不发自动提醒：设在这段时间的提醒，推迟到 {Clock(ReminderSettings.QuietUntil)} 以后再发。",
        $"No automatic reminder goes out from {Clock(ReminderSettings.QuietFrom)} to {Clock(ReminderSettings.QuietUntil)}: a reminder set in those hours waits until {Clock(ReminderSettings.QuietUntil)}.");
    public string InQuietHours(string field, TimeOnly time) => T(
        $"注意：{field} {Clock(time)} 在 {Clock(ReminderSettings.QuietFrom)} 至次日 {Clock(ReminderSettings.QuietUntil)} 之间，这时不发自动提醒，会推迟到 {Clock(ReminderSettings.QuietUntil)} 以后。",
        $"Note: {field} {Clock(time)} falls in the quiet hours ({Clock(ReminderSettings.QuietFrom)} to {Clock(ReminderSettings.QuietUntil)}); those reminders wait until {Clock(ReminderSettings.QuietUntil)}.");

    public string BadMorning => T("早上提醒时间：请按 8:00 的格式填写时间。没有保存。", "Morning reminder: write a time of day as 8:00. Nothing was saved.");
    public string BadEvening => T("晚上提醒时间：请按 19:30 的格式填写时间。没有保存。", "Evening reminder: write a time of day as 19:30. Nothing was saved.");
    public string MorningNotBeforeEvening(string morning, string evening) => T(
        $"早上提醒时间：要早于晚上提醒时间（填的是早上 {morning}、晚上 {evening}）。没有保存。",
        $"Morning reminder: must be earlier than the evening reminder (morning {morning}, evening {evening} were given). Nothing was saved.");
    public string BadDueDate => T("领导评分截止日期：请按 2018-01-18 的格式填写日期，或者留空。没有保存。",
        "Leaders' ratings due by: write a date as 2018-01-18, or leave it empty. Nothing was saved.");
    public string RemindersSaved(string period, TimeOnly morning, TimeOnly evening, string due) => T(
        $"{period}的提醒设置已保存：早上 {Clock(morning)}，晚上 {Clock(evening)}，领导评分截止 {due}。",
        $"{period}'s reminders are saved: morning {Clock(morning)}, evening {Clock(evening)}, leaders' ratings due by {due}.");
    public string LastVisitDay => T("最后一个考核日", "the last visit day");
    public string LastVisitDayIs(string day) => T($"{day}，即最后一个考核日", $"{day}, the last visit day");

    /// <summary>"1月15日" and "星期一", for a narrow table's date column (two pieces that may go on two lines).</summary>
    public string Date(DateOnly d) => T($"{d.Month}月{d.Day}日", d.ToString("d MMM", System.Globalization.CultureInfo.InvariantCulture));
    public string Weekday(DateOnly d) => ChatTexts.Weekday(d);

    public static string Clock(TimeOnly t) => $"{t.Hour}:{t.Minute:00}";
}
