using ChatAppraisal.Schedule;

namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string Schedule => "考核日程";
    public override string ScheduleOf(string period) => $"{period}考核日程";
    public override string NoVisits => "还没有安排考核日程。";
    public override string Unscheduled(IEnumerable<string> villages) => $"尚未安排：{string.Join("、", villages)}";
    public override string VisitDate => "考核日期";
    public override string VisitTime => "时间";
    public override string VisitNote => "地点或备注";
    public override string VisitNone => "尚未安排考核时间";
    public override string SaveVisit => "保存安排";
    public override string ClearVisit => "取消安排";
    public override string VisitTells => "保存或取消后，会立即通知考核组成员和组长。";
    public override string MissingVisitDate => "考核日期：请选择日期。没有保存。";
    public override string BadVisitDate(string typed) => $"考核日期：看不懂“{typed}”，请按 2018-01-15 的格式填写。没有保存。";
    public override string MissingVisitTime => "时间：请填写到达时间，例如 9:00。没有保存。";
    public override string BadVisitTime(string typed) => $"时间：看不懂“{typed}”，请按 9:00 的格式填写（0:00 到 23:59）。没有保存。";
    public override string VisitNoteTooLong(int length) => $"地点或备注：最多 {VisitText.MaxNote} 个字，现在有 {length} 个字。没有保存。";
    public override string SameTime(IEnumerable<string> villages) => $"注意：{string.Join("、", villages)}也安排在这个时间，考核组同一时间只能在一个地方，请核对。";
    public override string Reminders => "提醒设置";
    public override string RemindersOf(string period) => $"{period}提醒设置";
    public override string MorningReminder => "早上提醒时间";
    public override string EveningReminder => "晚上提醒时间";
    public override string RatingsDueBy => "党政班子成员评分截止日期";
    public override string SaveReminders => "更新提醒设置";
    public override string DueByEmpty(string? lastVisitDay) => lastVisitDay is null
        ? "留空则以最后一个考核日为截止日（现在还没有安排考核日程）。"
        : $"留空则以最后一个考核日为截止日，现在是{lastVisitDay}。";
    public override string QuietHours => $"{Clock(ReminderSettings.QuietFrom)} 至次日 {Clock(ReminderSettings.QuietUntil)} 不发自动提醒：设在这段时间的提醒，推迟到 {Clock(ReminderSettings.QuietUntil)} 以后再发。";
    public override string InQuietHours(string field, TimeOnly time) => $"注意：{field} {Clock(time)} 在 {Clock(ReminderSettings.QuietFrom)} 至次日 {Clock(ReminderSettings.QuietUntil)} 之间，这时不发自动提醒，会推迟到 {Clock(ReminderSettings.QuietUntil)} 以后。";
    public override string BadMorning => "早上提醒时间：请按 8:00 的格式填写时间。没有保存。";
    public override string BadEvening => "晚上提醒时间：请按 19:30 的格式填写时间。没有保存。";
    public override string MorningNotBeforeEvening(string morning, string evening) => $"早上提醒时间：要早于晚上提醒时间（填的是早上 {morning}、晚上 {evening}）。没有保存。";
    public override string BadDueDate => "党政班子成员评分截止日期：请按 2018-01-18 的格式填写日期，或者留空。没有保存。";
    public override string RemindersSaved(string period, TimeOnly morning, TimeOnly evening, string due) => $"{period}的提醒设置已保存：早上 {Clock(morning)}，晚上 {Clock(evening)}，党政班子成员评分截止 {due}。";
    public override string LastVisitDay => "最后一个考核日";
    public override string LastVisitDayIs(string day) => $"{day}，即最后一个考核日";
    public override string Date(DateOnly d) => $"{d.Month}月{d.Day}日";
}
