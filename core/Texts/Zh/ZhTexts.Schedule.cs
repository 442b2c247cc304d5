using System.Text;
using ChatAppraisal.Reports;
using ChatAppraisal.Schedule;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    const string VisitFormats = "日期可写 1月15日、1/15 或 2018-01-15；时间可写 9:00、09:00、9点、9点半或下午3点。";

    public override string DescribeSchedule => "考核日程：/schedule 查看；/schedule 村名 日期 时间 [备注] 安排；/schedule 村名 清除 取消";

    public override string ScheduleUsage =>
        "用法：\n/schedule — 查看全部考核安排\n/schedule 村名 日期 时间 [备注] — 安排或修改一个村的考核时间\n/schedule 村名 清除 — 取消这个村的安排\n"
        + VisitFormats + "\n例如：/schedule 新庄村 1月15日 9:00 村委会议室";

    public override string ScheduleList(string period, IReadOnlyList<Visit> visits, IReadOnlyList<string> unscheduled, ReminderTimes times)
    {
        var sb = new StringBuilder();
        if (visits.Count == 0) sb.AppendLine($"{period}还没有安排考核日程。");
        else
        {
            sb.AppendLine($"{period}考核安排（共 {visits.Count} 个村）：");
            foreach (var day in visits.GroupBy(v => v.Date))
            {
                sb.AppendLine(Day(day.Key));
                foreach (var v in day) sb.AppendLine($"  {Clock(v.Time)} {v.Village}{NoteOf(v)}");
            }
        }
        if (unscheduled.Count > 0) sb.AppendLine($"尚未安排：{string.Join("、", unscheduled)}");
        sb.AppendLine($"提醒时间：早上 {Clock(times.Morning)}，晚上 {Clock(times.Evening)}（21:30 至次日 7:30 不发自动提醒）。");
        sb.Append(times.LeadersUntil is { } until
            ? $"党政班子成员评分截止：{Day(until)}{(times.RatingsDueBy is null ? "（最后一个考核日）" : "")}。"
            : "党政班子成员评分截止日：未设定（/remind due 1月18日）。");
        if (visits.Count == 0) sb.Append('\n').Append(ScheduleUsage);
        return sb.ToString();
    }

    public override string ScheduleOfVillage(string village, Visit? visit) => visit is null
        ? $"{village}还没有安排考核时间。安排：/schedule {village} 1月15日 9:00 [备注]\n{VisitFormats}"
        : $"{village}：{When(visit)}{NoteOf(visit)}\n修改：/schedule {village} 日期 时间 [备注]；取消：/schedule {village} 清除";

    public override string ScheduleProblem(VisitWhen when) => "没有保存。" + when.Problem switch
    {
        VisitTextProblem.MissingDate => "请写上日期和时间，例如：/schedule 新庄村 1月15日 9:00 村委会议室",
        VisitTextProblem.DateNotUnderstood => $"看不懂日期“{when.Typed}”。{VisitFormats}",
        VisitTextProblem.NoSuchDay => $"没有“{when.Typed}”这一天，请核对日期。",
        VisitTextProblem.MissingTime => $"请写上到达时间，例如：{Day(when.Date)} 9:00。{VisitFormats}",
        VisitTextProblem.TimeNotUnderstood => $"看不懂时间“{when.Typed}”。{VisitFormats}",
        VisitTextProblem.NoSuchTime => $"“{when.Typed}”不是有效的时间，时间在 0:00 到 23:59 之间。",
        VisitTextProblem.NoteTooLong => $"备注太长了（最多 {VisitText.MaxNote} 字）。",
        _ => ScheduleUsage,
    };

    public override string VisitSet(Visit visit, Visit? previous, int notified, IReadOnlyList<Visit> sameTime)
    {
        var sb = new StringBuilder(previous is null
            ? $"已安排：{visit.Village} {When(visit)}{NoteOf(visit)}。"
            : $"已修改{visit.Village}的考核安排：{When(previous)} → {When(visit)}{NoteOf(visit)}。");
        sb.Append(Notified(notified));
        if (sameTime.Count > 0) sb.Append($"\n注意：{string.Join("、", sameTime.Select(v => v.Village))}也安排在这个时间。");
        return sb.ToString();
    }

    public override string VisitUnchanged(Visit visit) => $"{visit.Village}的安排没有变化：{When(visit)}{NoteOf(visit)}。没有重复通知。";

    public override string VisitCleared(Visit previous, int notified) =>
        $"已取消{previous.Village}的考核安排（原定 {When(previous)}）。{Notified(notified)}";

    public override string NoVisitToClear(string village) => $"{village}没有考核安排，无需清除。";

    static string From(string? by) => by is null ? "（考核办公室）" : $"（考核办公室 {by}）";

    static string Notified(int notified) => notified > 0
        ? $"已通知考核组 {notified} 人。"
        : "考核组成员还没有加入聊天，没有发出通知。";

    public override string VisitNotice(Visit visit, Visit? previous, string? by) => previous is null
        ? $"📅 考核安排：{When(visit)}到{visit.Village}考核{NoteOf(visit)}。{From(by)}"
        : $"📅 考核安排有变：{visit.Village}改为 {When(visit)}（原定 {When(previous)}）{NoteOf(visit)}。{From(by)}";

    public override string VisitCancelledNotice(Visit previous, string? by) =>
        $"📅 {previous.Village}原定 {When(previous)}的考核已取消，时间另行通知。{From(by)}";

    public override string DescribeRemind => "提醒：/remind off 今天暂停、/remind on 恢复；考核办公室用 /remind 立即提醒所有还有待办的人";

    public override string RemindUsage =>
        "用法：\n/remind — 立即提醒所有还有待办事项的人（考核办公室）\n/remind off — 今天不再给我发提醒，明天照常\n/remind on — 恢复提醒\n"
        + "/remind due 1月18日 — 设定党政班子成员评分截止日（考核办公室）；/remind due 清除 — 改回最后一个考核日";

    public override string RemindPaused => "好的，今天不再给您发提醒，明天照常。要恢复请发送 /remind on。";

    public override string RemindResumed(bool wasPaused) => wasPaused ? "已恢复提醒。" : "您的提醒本来就开着。";

    public override string RemindDueSet(DateOnly? due, ReminderTimes times) => due is { } d
        ? $"党政班子成员评分截止日已设为{Day(d)}。在此之前每天早上 {Clock(times.Morning)} 提醒尚未评完的党政班子成员。"
        : times.LeadersUntil is { } last
            ? $"已清除评分截止日，改为最后一个考核日：{Day(last)}。"
            : "已清除评分截止日。安排考核日程后，以最后一个考核日为截止日。";

    public override string RemindReport(IReadOnlyList<RemindOutcome> outcomes)
    {
        var sent = outcomes.Where(o => o.Result == SendResult.Sent).ToList();
        if (outcomes.Count == 0) return "现在没有人有待办事项，没有发出提醒。";
        var sb = new StringBuilder(sent.Count == 0
            ? "没有新的提醒要发。"
            : $"已发出 {sent.Count} 条提醒，共 {sent.Select(o => o.Reminder.MemberId).Distinct().Count()} 人：");
        foreach (var person in sent.GroupBy(o => (o.Reminder.MemberId, o.Reminder.MemberName)))
            sb.Append($"\n• {person.Key.MemberName}：{string.Join("；", person.Select(o => What(o.Reminder.Content)))}");
        Names(sb, outcomes, SendResult.AlreadySent, "今天已提醒过，不再重复：");
        Names(sb, outcomes, SendResult.Paused, "今天暂停了提醒：");
        Names(sb, outcomes, SendResult.NoChannel, "没有可用的聊天账号，未能送达：");
        return sb.ToString();
    }

    static void Names(StringBuilder sb, IReadOnlyList<RemindOutcome> outcomes, SendResult result, string label)
    {
        var names = outcomes.Where(o => o.Result == result).GroupBy(o => (o.Reminder.MemberId, o.Reminder.MemberName))
            .Select(g => $"{g.Key.MemberName}（{g.Count()} 条）").ToList();
        if (names.Count > 0) sb.Append('\n').Append(label).Append(string.Join("、", names));
    }

    static string What(ReminderContent content) => content switch
    {
        CategoriesContent c => $"{c.Village} {c.Categories.Count} 类未确认",
        SheetContent c => $"{c.Village}评分表待签字密封",
        RatingsContent c => $"{c.Missing.Count} 个村未评分",
        VisitDayContent c => $"{c.Visits.Count} 个村的考核安排",
        DigestContent => "考核进度",
        _ => "",
    };

    public override string VisitDayReminder(VisitDayContent c) =>
        $"📅 今天 {Day(c.Date)}的考核安排：\n" + string.Join("\n", c.Visits.Select(v => $"{Clock(v.Time)} {v.Village}{NoteOf(v)}"));

    public override string CategoriesReminder(CategoriesContent c) =>
        $"⏰ {c.Village}还有 {c.Categories.Count} 个类别您已开始打分、尚未确认：\n"
        + string.Join("\n", c.Categories.Select(k => $"• {k.Name} {k.ItemsScored}/{k.ItemCount}{(k.ItemsScored == k.ItemCount ? "（已打完，待确认）" : "")}"))
        + $"\n请发送 /score，选{c.Village}，逐类核对后点“确认”。评分表须当日签字密封上报。";

    public override string SheetReminder(SheetContent c) =>
        $"⏰ {c.Village}的评分表 {c.ItemCount} 项已全部打分，还没有签字密封。请发送 /sign {c.Village} 核对并签字密封。按方案要求，评分表当日签字密封后交镇政府。";

    public override string RatingsReminder(RatingsContent c)
    {
        var example = c.Missing[0];
        var sb = new StringBuilder($"⏰ 您还有 {c.Missing.Count} 个村未评分（共 {c.VillageCount} 个村）：{string.Join("、", c.Missing)}");
        if (c.DueBy is { } due) sb.Append($"\n评分截止：{Day(due)}。");
        sb.Append($"\n评分方法：发一条消息，村名在前，后面按顺序写 {c.Rubric.Categories.Count} 个分数，例如：\n");
        sb.Append($"{example} {string.Join(" ", RatingExample.Values(c.Rubric).Select(v => v.ToString("0.##", System.Globalization.CultureInfo.InvariantCulture)))}");
        sb.Append($"\n也可以发送 /rate {example} 逐类打分；/myratings 查看已评和未评；/help 查看各类简称和上限。");
        return sb.ToString();
    }

    public override string DigestReminder(DigestContent c)
    {
        var sb = new StringBuilder($"📊 {Day(c.Date)}考核进度：\n")
            .Append($"现场考核：已评 {c.ItemsScored}/{c.ItemsTotal} 项\n")
            .Append($"评分表：已签字密封 {c.Sealed}/{c.Villages} 个村\n")
            .Append($"党政班子成员评分：已收到 {c.RatingsIn}/{c.RatingsExpected} 份");
        if (c.UnsealedToday.Count > 0) sb.Append($"\n今天考核、尚未签字密封：{string.Join("、", c.UnsealedToday)}");
        return sb.Append("\n详情请发送 /progress。").ToString();
    }

    public override string Day(DateOnly date) => $"{date.Month}月{date.Day}日（{Weekday(date)}）";
    public override string Weekday(DateOnly date) => $"星期{"日一二三四五六"[(int)date.DayOfWeek]}";

    public override string KindName(ReminderKind kind) => kind switch
    {
        ReminderKind.VisitDay => "当天考核安排",
        ReminderKind.Categories => "未确认的类别",
        ReminderKind.Sheet => "待签字密封的评分表",
        ReminderKind.Ratings => "未评分的村",
        _ => "考核进度",
    };

    string When(Visit v) => $"{Day(v.Date)}{Clock(v.Time)}";

    static string Clock(TimeOnly t) => $"{t.Hour}:{t.Minute:00}";

    static string NoteOf(Visit v) => v.Note is null ? "" : $"（{v.Note}）";
}
