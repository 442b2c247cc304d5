using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.Schedule;

public sealed class ScheduleCommandTests : IDisposable
{
    readonly Township _town = new();

    [Fact]
    public async Task SettingAVisitTellsEveryExaminerAndGroupLeaderAtOnce()
    {
        var reply = await _town.Expect(_town.Office, "/schedule 新庄村 1月15日 14:00 村委会议室", "已安排：新庄村 1月15日（星期一）14:00（村委会议室）。");

        Assert.Contains("已通知考核组 3 人", reply);
        var notices = _town.Notices();
        Assert.Equal(new[] { _town.MemberId(_town.Examiner), _town.MemberId(_town.Examiner2), _town.MemberId(_town.GroupLeader) }, notices.Select(n => n.MemberId));
        Assert.All(notices, n => Assert.Equal("📅 考核安排：1月15日（星期一）14:00到新庄村考核（村委会议室）。（考核办公室 郑主任）", n.Text));
        Assert.All(notices, n => Assert.Equal(VisitSchedule.NoticeKind, n.Kind));
        var audit = Assert.Single(_town.Chat.Audit(), a => a.Action == AuditActions.VisitSet);
        Assert.Equal("none → 2018-01-15 14:00 村委会议室", audit.Detail);
    }

    [Fact]
    public async Task ChangingAVisitSaysWhatChangedAndTellsTheGroupAgain()
    {
        await _town.Expect(_town.Office, "/schedule 新庄村 1月15日 14:00 村委会议室", "已安排");

        var reply = await _town.Expect(_town.Office, "/schedule 新庄 1/16 9点", "已修改新庄村的考核安排：1月15日（星期一）14:00 → 1月16日（星期二）9:00。");

        Assert.Contains("已通知考核组 3 人", reply);
        var changed = _town.NoticesTo(_town.Examiner).Last();
        Assert.Equal("📅 考核安排有变：新庄村改为 1月16日（星期二）9:00（原定 1月15日（星期一）14:00）。（考核办公室 郑主任）", changed.Text);
        Assert.Equal(6, _town.Notices().Count);

        await _town.Expect(_town.Office, "/schedule 新庄村 2018-01-16 09:00", "新庄村的安排没有变化");
        Assert.Equal(6, _town.Notices().Count);
    }

    [Fact]
    public async Task TheScheduleIsListedInOrderOfDayAndTimeWithTheVillagesLeft()
    {
        await _town.Expect(_town.Office, "/schedule 西坪村 1月17日 9:00", "已安排");
        await _town.Expect(_town.Office, "/schedule 东湾村 1月16日 14:30 村部", "已安排");
        await _town.Expect(_town.Office, "/schedule 新庄村 1月16日 9:00", "已安排");

        var list = (await _town.Chat.Send(_town.Office, "/schedule")).Text();

        Assert.Equal("""
            2017年度考核安排（共 3 个村）：
            1月16日（星期二）
              9:00 新庄村
              14:30 东湾村（村部）
            1月17日（星期三）
              9:00 西坪村
            尚未安排：马家村
            提醒时间：早上 8:00，晚上 19:30（21:30 至次日 7:30 不发自动提醒）。
            党政班子成员评分截止：1月17日（星期三）（最后一个考核日）。
            """.ReplaceLineEndings("\n"), list);
    }

    [Fact]
    public async Task ClearingAVisitRemovesItAndTellsTheGroup()
    {
        await _town.Expect(_town.Office, "/schedule 新庄村 1月15日 14:00", "已安排");

        await _town.Expect(_town.Office, "/schedule 新庄村 清除", "已取消新庄村的考核安排（原定 1月15日（星期一）14:00）。已通知考核组 3 人。");

        Assert.Empty(_town.Get<VisitSchedule>().List(_town.Chat.Period.Id));
        Assert.Equal("📅 新庄村原定 1月15日（星期一）14:00的考核已取消，时间另行通知。（考核办公室 郑主任）", _town.NoticesTo(_town.GroupLeader).Last().Text);
        await _town.Expect(_town.Office, "/schedule 新庄村 clear", "新庄村没有考核安排，无需清除。");
        Assert.Single(_town.Chat.Audit(), a => a.Action == AuditActions.VisitCleared);
    }

    [Theory]
    [InlineData("/schedule 新庄村 1月32日 9:00", "没有保存。没有“1月32日”这一天，请核对日期。")]
    [InlineData("/schedule 新庄村 2月29日 9:00", "没有保存。没有“2月29日”这一天")]
    [InlineData("/schedule 新庄村 明天 9:00", "没有保存。看不懂日期“明天”。日期可写 1月15日、1/15 或 2018-01-15")]
    [InlineData("/schedule 新庄村 1月15日", "没有保存。请写上到达时间，例如：1月15日（星期一） 9:00。")]
    [InlineData("/schedule 新庄村 1月15日 上午", "没有保存。看不懂时间“上午”。")]
    [InlineData("/schedule 新庄村 1月15日 25:00", "没有保存。“25:00”不是有效的时间，时间在 0:00 到 23:59 之间。")]
    [InlineData("/schedule 马庄 1月15日 9:00", "没有叫“马庄”的村")]
    [InlineData("/schedule 村 1月15日 9:00", "“村”对应多个村")]
    public async Task ABadScheduleIsRefusedSayingWhatIsAllowedAndNothingIsStored(string text, string expected)
    {
        await _town.Expect(_town.Office, text, expected);

        Assert.Empty(_town.Get<VisitSchedule>().List(_town.Chat.Period.Id));
        Assert.Empty(_town.Notices());
        Assert.DoesNotContain(_town.Chat.Audit(), a => a.Action == AuditActions.VisitSet);
    }

    [Fact]
    public async Task AVillageAloneShowsItsVisitAndHowToChangeIt()
    {
        await _town.Expect(_town.Office, "/schedule 东湾村", "东湾村还没有安排考核时间。安排：/schedule 东湾村 1月15日 9:00 [备注]");
        await _town.Expect(_town.Office, "/schedule 东湾村1月16日 9:00", "已安排：东湾村 1月16日（星期二）9:00。");

        await _town.Expect(_town.Office, "/schedule 东湾", "东湾村：1月16日（星期二）9:00\n修改：/schedule 东湾村 日期 时间 [备注]；取消：/schedule 东湾村 清除");
    }

    [Fact]
    public async Task TwoVillagesAtTheSameTimeAreSavedWithAWarning()
    {
        await _town.Expect(_town.Office, "/schedule 新庄村 1月15日 9:00", "已安排");

        await _town.Expect(_town.Office, "/schedule 东湾村 1月15日 9:00", "注意：新庄村也安排在这个时间。");
    }

    [Fact]
    public async Task TheOfficeOrAnAdminSchedulesVisitsNotALeader()
    {
        var admin = _town.Chat.Member("管理员甲", Role.Admin);

        await _town.Expect(_town.Leader, "/schedule 新庄村 1月15日 9:00", "/schedule 需要“考核办公室”角色；您的角色：党政班子成员。");
        Assert.Empty(_town.Get<VisitSchedule>().List(_town.Chat.Period.Id));

        // An admin does everything the office does (issue 29).
        await _town.Chat.Send(admin, "/schedule 新庄村 1月15日 9:00");
        Assert.Single(_town.Get<VisitSchedule>().List(_town.Chat.Period.Id));
    }

    [Fact]
    public async Task EnglishRepliesAndNoticesFollowTheMembersLanguage()
    {
        await _town.Chat.Send(_town.Examiner, "/lang en");
        await _town.Chat.Send(_town.Office, "/lang en");

        var reply = await _town.Expect(_town.Office, "/schedule 新庄村 1/15 14:00 committee room", "Scheduled: 新庄村 on Mon 15 Jan at 14:00 (committee room). 3 members of the group were told.");

        Assert.Equal("📅 Visit: 新庄村 on Mon 15 Jan at 14:00 (committee room). (appraisal office, 郑主任)", _town.NoticesTo(_town.Examiner).Single().Text);
        Assert.StartsWith("📅 考核安排", _town.NoticesTo(_town.Examiner2).Single().Text);
        Assert.DoesNotContain("已", reply);
    }

    public void Dispose() => _town.Dispose();
}
