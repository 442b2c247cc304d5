using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.Schedule;

/// <summary>A four-day appraisal (15 to 18 January 2018) in minutes, with the fake clock: who is reminded of what, and when.</summary>
public sealed class ReminderTests : IDisposable
{
    readonly Township _town = new();

    (int Member, ReminderKind Kind, string Subject)[] Sent(IReadOnlyList<RemindOutcome> outcomes) =>
        outcomes.Where(o => o.Result == SendResult.Sent).Select(o => (o.Reminder.MemberId, o.Reminder.Kind, o.Reminder.Subject)).ToArray();

    int Id(ChatUser user) => _town.MemberId(user);
    string Village(string name) => _town.VillageId(name).ToString();

    [Fact]
    public async Task FourDaysEachPersonIsRemindedOfWhatTheyOweAndNothingElse()
    {
        await _town.FourDaySchedule();
        await _town.Expect(_town.Office, "/remind due 1月18日", "党政班子成员评分截止日已设为1月18日（星期四）");
        _town.RateAll(_town.Leader2);

        // Monday 15th: 新庄村 at 14:00. 郑亚娜 starts 党建工作 and 精准扶贫, finishes and confirms 党风廉政建设; 王强 does nothing.
        _town.At(15, 15);
        _town.Score(_town.Examiner, "新庄村", 0, 5);
        _town.Score(_town.Examiner, "新庄村", 5, 2);
        _town.Score(_town.Examiner, "新庄村", 1, _town.Chat.Period.Rubric.Categories[1].Items.Count);
        _town.Confirm(_town.Examiner, "新庄村", 1);
        // The afternoon, the morning's slot still open: the day's villages are not announced once their visits have begun,
        // but the leader who has not rated gets the morning's reminder late rather than not at all.
        Assert.Equal(new[] { (Id(_town.Leader), ReminderKind.Ratings, "villages") }, Sent(_town.SendDue()));

        _town.At(15, 19, 30);
        var before = _town.Notices().Count;
        Assert.Equal(new[]
        {
            (Id(_town.Office), ReminderKind.Digest, "day"),
            (Id(_town.Examiner), ReminderKind.Categories, Village("新庄村")),
        }, Sent(_town.SendDue()));
        var categories = _town.NoticesTo(_town.Examiner, before).Single();
        Assert.Equal("""
            ⏰ 新庄村还有 2 个类别您已开始打分、尚未确认：
            • 党建工作 5/17
            • 精准扶贫 2/6
            请发送 /score，选新庄村，逐类核对后点“确认”。评分表须当日签字密封上报。
            """.ReplaceLineEndings("\n"), categories.Text);
        Assert.Equal(ReminderSender.KindName(ReminderKind.Categories), categories.Kind);
        var itemCount = _town.Chat.Period.Rubric.ItemCount;
        Assert.Equal($"""
            📊 1月15日（星期一）考核进度：
            现场考核：已评 {5 + 2 + _town.Chat.Period.Rubric.Categories[1].Items.Count}/{4 * itemCount} 项
            评分表：已签字密封 0/4 个村
            党政班子成员评分：已收到 4/8 份
            今天考核、尚未签字密封：新庄村
            详情请发送 /progress。
            """.ReplaceLineEndings("\n"), _town.NoticesTo(_town.Office, before).Single().Text);
        Assert.Empty(Sent(_town.SendDue())); // the same slot again: nothing twice

        // Tuesday 16th, 08:00: the day's village to the group, the unrated villages to 刘书记 (陈镇长 rated them all).
        _town.At(16, 8);
        before = _town.Notices().Count;
        Assert.Equal(new[]
        {
            (Id(_town.Examiner), ReminderKind.VisitDay, "day"),
            (Id(_town.Examiner2), ReminderKind.VisitDay, "day"),
            (Id(_town.GroupLeader), ReminderKind.VisitDay, "day"),
            (Id(_town.Leader), ReminderKind.Ratings, "villages"),
        }, Sent(_town.SendDue()));
        Assert.Equal("📅 今天 1月16日（星期二）的考核安排：\n9:00 东湾村", _town.NoticesTo(_town.GroupLeader, before).Single().Text);
        var ratings = _town.NoticesTo(_town.Leader, before).Single().Text;
        Assert.StartsWith("⏰ 您还有 4 个村未评分（共 4 个村）：新庄村、东湾村、西坪村、马家村\n评分截止：1月18日（星期四）。", ratings);
        Assert.Contains("新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2", ratings);
        Assert.Contains("/rate 新庄村", ratings);

        // 王强 scores and confirms every item of 东湾村; the evening: its sheet to the group leader, nothing more to 王强,
        // and 新庄村 (Monday's) is not the evening's business any more.
        _town.ScoreAllAndConfirm(_town.Examiner2, "东湾村");
        _town.At(16, 19, 30);
        before = _town.Notices().Count;
        Assert.Equal(new[]
        {
            (Id(_town.Office), ReminderKind.Digest, "day"),
            (Id(_town.GroupLeader), ReminderKind.Sheet, Village("东湾村")),
        }, Sent(_town.SendDue()));
        Assert.Equal($"⏰ 东湾村的评分表 {itemCount} 项已全部打分，还没有签字密封。请发送 /sign 东湾村 核对并签字密封。按方案要求，评分表当日签字密封后交镇政府。",
            _town.NoticesTo(_town.GroupLeader, before).Single().Text);

        // Wednesday and Thursday mornings: 刘书记 still; Friday 19th, after the due date: no more.
        _town.RateAll(_town.Leader);
        _town.At(17, 8);
        Assert.DoesNotContain(Sent(_town.SendDue()), s => s.Kind == ReminderKind.Ratings);
        _town.At(18, 8);
        var thursday = Sent(_town.SendDue());
        Assert.Equal(3, thursday.Count(s => s.Kind == ReminderKind.VisitDay));
        _town.At(18, 19, 30);
        Assert.Contains((Id(_town.Office), ReminderKind.Digest, "day"), Sent(_town.SendDue()));
        _town.At(19, 8);
        Assert.Empty(Sent(_town.SendDue()));
        _town.At(19, 19, 30);
        Assert.Empty(Sent(_town.SendDue())); // no visits on the 19th: no digest
    }

    [Fact]
    public async Task LeadersAreRemindedEveryMorningUntilTheirRatingsAreDue()
    {
        await _town.FourDaySchedule();
        await _town.Expect(_town.Office, "/remind due 1月17日", "1月17日");

        foreach (var (day, expected) in new[] { (16, true), (17, true), (18, false) })
        {
            _town.At(day, 8);
            Assert.Equal(expected, Sent(_town.SendDue()).Contains((Id(_town.Leader), ReminderKind.Ratings, "villages")));
        }
    }

    [Fact]
    public async Task TheServiceWakesAtEachSlotAndARestartMidDaySendsNothingTwice()
    {
        await _town.FourDaySchedule();
        _town.At(16, 6);
        var service = await _town.StartService();
        await Waiting.Until(() => service.Rounds >= 1, "the first round");
        Assert.DoesNotContain(_town.Notices(), n => n.Kind.StartsWith("reminder."));

        _town.At(16, 8); // the fake clock fires the service's timer: it woke for 07:30 (the end of quiet hours), then 08:00
        await Waiting.Until(() => _town.Notices().Count(n => n.Kind.StartsWith("reminder.")) == 5, "the morning's five reminders");
        var morning = _town.Notices().Where(n => n.Kind.StartsWith("reminder.")).ToList();
        Assert.Equal(3, morning.Count(n => n.Kind == "reminder.visitday"));
        Assert.Equal(2, morning.Count(n => n.Kind == "reminder.ratings"));

        // Restart at 10:00 (the morning slot still live): the new service reads what was sent from the same file.
        _town.At(16, 10);
        await service.StopAsync(CancellationToken.None);
        _town.Restart();
        var again = await _town.StartService();
        await Waiting.Until(() => again.Rounds >= 1, "the first round after the restart");
        Assert.Equal(morning.Count, _town.Notices().Count(n => n.Kind.StartsWith("reminder.")));
        Assert.Equal(5, _town.Store.Schedule.RemindersSent.Count());

        // The evening slot still goes out once from the new service.
        _town.Score(_town.Examiner, "东湾村", 0, 3);
        _town.At(16, 19, 30);
        await Waiting.Until(() => _town.Notices().Any(n => n.Kind == "reminder.categories"), "the evening's reminder");
        await Waiting.Until(() => again.Rounds >= 2, "the evening round");
        Assert.Single(_town.Notices(), n => n.Kind == "reminder.categories");
        await again.StopAsync(CancellationToken.None);
    }

    [Fact]
    public async Task AnEveningReminderDueInQuietHoursWaitsForTheMorningWhileTheOfficeActsAtOnce()
    {
        await _town.FourDaySchedule();
        var period = _town.Chat.Period.Id;
        Assert.Equal(SettingsRefusal.None, _town.Get<ReminderSettings>().Set(_town.Actor(_town.Office), period, "08:00", "22:00", null));
        _town.Score(_town.Examiner, "新庄村", 0, 3);

        _town.At(15, 22);
        Assert.Empty(_town.SendDue());
        var planner = _town.Get<ReminderPlanner>();
        Assert.Equal(new DateTimeOffset(2018, 1, 16, 7, 30, 0, TimeSpan.FromHours(8)), planner.NextWake(_town.Chat.Db.Clock.GetUtcNow()));

        // What the office does on purpose goes at once, quiet hours or not.
        _town.At(15, 23);
        var before = _town.Notices().Count;
        await _town.Expect(_town.Office, "/schedule 东湾村 1月16日 10:00", "已通知考核组 3 人");
        Assert.Equal(3, _town.Notices().Count - before);

        _town.At(16, 7, 30);
        var morning = _town.SendDue();
        Assert.Equal(new[]
        {
            (ReminderKind.Digest, new DateOnly(2018, 1, 15), SendResult.Sent),
            (ReminderKind.Categories, new DateOnly(2018, 1, 15), SendResult.Sent),
        }, morning.Select(o => (o.Reminder.Kind, o.Reminder.Date, o.Result)));
        _town.At(16, 8);
        Assert.DoesNotContain(_town.SendDue(), o => o.Reminder.Kind is ReminderKind.Digest or ReminderKind.Categories);
    }

    [Fact]
    public async Task RemindOffPausesAMembersRemindersForTheRestOfTheDayAndOnResumesThem()
    {
        await _town.FourDaySchedule();
        _town.At(16, 7);
        await _town.Expect(_town.Leader, "/remind off", "好的，今天不再给您发提醒，明天照常。");
        await _town.Expect(_town.Examiner, "/remind off", "今天不再给您发提醒");
        await _town.Expect(_town.Examiner, "/remind on", "已恢复提醒。");

        _town.At(16, 8);
        var sent = Sent(_town.SendDue());
        Assert.DoesNotContain(sent, s => s.Member == Id(_town.Leader));
        Assert.Contains((Id(_town.Examiner), ReminderKind.VisitDay, "day"), sent);

        _town.At(17, 8);
        Assert.Contains((Id(_town.Leader), ReminderKind.Ratings, "villages"), Sent(_town.SendDue()));
        await _town.Expect(_town.Leader, "/remind on", "您的提醒本来就开着。");
    }

    [Fact]
    public async Task RemindFromTheOfficeSendsNowToWhoeverOwesSomethingAndSaysWhoGotWhat()
    {
        await _town.FourDaySchedule();
        _town.RateAll(_town.Leader2);
        _town.Score(_town.Examiner, "新庄村", 0, 2);
        _town.Score(_town.Examiner, "东湾村", 3, 1);
        _town.ScoreAllAndConfirm(_town.Examiner2, "西坪村");
        await _town.Expect(_town.GroupLeader, "/remind off", "今天不再");
        _town.At(15, 22, 15); // quiet hours: /remind is on purpose

        var reply = (await _town.Chat.Send(_town.Office, "/remind")).Text();

        Assert.Equal("""
            已发出 3 条提醒，共 2 人：
            • 郑亚娜：新庄村 1 类未确认；东湾村 1 类未确认
            • 刘书记：4 个村未评分
            今天暂停了提醒：李组长（1 条）
            """.ReplaceLineEndings("\n"), reply);
        Assert.Equal(2, _town.NoticesTo(_town.Examiner).Count(n => n.Kind == "reminder.categories"));
        Assert.DoesNotContain(_town.NoticesTo(_town.Examiner2), n => n.Kind.StartsWith("reminder."));
        Assert.Empty(_town.NoticesTo(_town.Leader2));
        Assert.DoesNotContain(_town.NoticesTo(_town.GroupLeader), n => n.Kind.StartsWith("reminder."));

        await _town.Expect(_town.Office, "/remind", "没有新的提醒要发。\n今天已提醒过，不再重复：郑亚娜（2 条）、刘书记（1 条）\n今天暂停了提醒：李组长（1 条）");
        Assert.Equal(3, _town.Store.Schedule.RemindersSent.Count());
    }

    [Fact]
    public async Task RemindWithNothingOwedSendsNothingAndOnlyTheOfficeMayAsk()
    {
        _town.RateAll(_town.Leader);
        _town.RateAll(_town.Leader2);

        await _town.Expect(_town.Office, "/remind", "现在没有人有待办事项，没有发出提醒。");
        await _town.Expect(_town.Examiner, "/remind", "/remind 需要“考核办公室”角色");
        await _town.Expect(_town.Examiner, "/remind due 1月18日", "/remind 需要“考核办公室”角色");
        Assert.Empty(_town.Notices());
    }

    [Fact]
    public async Task ADueDateThatCannotBeReadIsRefusedAndTheSettingKept()
    {
        await _town.Expect(_town.Office, "/remind due 1月18日", "1月18日");

        await _town.Expect(_town.Office, "/remind due 下周", "没有保存。看不懂日期“下周”");

        Assert.Equal(new DateOnly(2018, 1, 18), _town.Get<ReminderSettings>().For(_town.Chat.Period.Id).RatingsDueBy);
        await _town.Expect(_town.Office, "/remind due 清除", "已清除评分截止日");
        Assert.Null(_town.Get<ReminderSettings>().For(_town.Chat.Period.Id).RatingsDueBy);
    }

    public void Dispose() => _town.Dispose();
}
