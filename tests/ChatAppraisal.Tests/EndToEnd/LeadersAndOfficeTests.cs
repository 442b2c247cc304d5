using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>A leader's rating message, the office's /ranking chart, and the bot in the office's group chat.</summary>
public sealed class LeadersAndOfficeTests : EndToEndTest
{
    static readonly FakeGroup OfficeGroup = new(-1001234567890, "考核办公室");

    [Fact]
    public async Task ALeadersRatingMessageIsSavedOnConfirmAndTheOfficesRankingChartArrivesAsAPhoto()
    {
        await JoinAsync(Qian, Role.Leader);
        await JoinAsync(Sun, Role.Office);

        var summary = await SayAsync(Qian, "新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2");
        Assert.StartsWith("请核对 新庄村 的评分：", summary.Text);
        Assert.Contains("合计 94 分（满分 100）", summary.Text);
        Assert.Equal(["确认", "取消"], summary.AllButtons.Select(b => b.Label));
        Assert.Empty(Store.Scores.Ratings.FindAll());

        var saved = await PressAsync(Qian, summary, "确认");

        Assert.Equal("已保存：新庄村，合计 94 分。", saved.Text);
        var rating = Assert.Single(Store.Scores.Ratings.FindAll());
        Assert.Equal(new decimal[] { 18, 9, 5, 9, 5, 14, 9, 5, 5, 5, 4, 1, 1, 2, 2 }, rating.Values);
        Assert.Equal((Village("新庄村").Id, "telegram"), (rating.VillageId, rating.Channel));
        var audit = Assert.Single(Audit("新庄村"));
        Assert.Equal((AuditActions.RatingSet, "钱卫东", (decimal?)null, (decimal?)94m), (audit.Action, audit.MemberName, audit.Old, audit.New));

        var chart = await SayAsync(Sun, "/ranking");

        var upload = Assert.Single(Api.RequestsFor("sendPhoto"));
        Assert.True(upload.Multipart);
        Assert.Equal("attach://0", upload.String("photo"));
        Assert.Equal(chart.Photo!.Content, upload.Files["0"].Content);
        Assert.True(chart.Photo.Content.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47]), "a PNG");
        Assert.StartsWith("2017年度综合考核排名", chart.Caption);
        Assert.Contains("第 1 名 新庄村 ", chart.Caption);

        var table = await SayAsync(Sun, "/ranking text");
        Assert.StartsWith("2017年度 排名", table.Text);
        Assert.Contains("新庄村", table.Text);
    }

    [Fact]
    public async Task InTheOfficeGroupRankingForOurBotAnswersAMemberOfTheOfficeAndOnlyTellsOthersWhatTheyLack()
    {
        await JoinAsync(Sun, Role.Office);
        await JoinAsync(Zheng, Role.Examiner);

        // Another bot's command and a stranger's: the first is not for us, the second gets only the join hint.
        Api.SendText(Stranger, "/ranking@other_bot", OfficeGroup);
        var hint = await SayAsync(Stranger, $"/ranking@{Api.BotUsername}", OfficeGroup);
        Assert.Equal("您好！这里是村级目标管理综合考核。您还没有加入，请向管理员要邀请码，然后发送：/start 邀请码", hint.Text);
        Assert.Single(Api.MessagesIn(OfficeGroup.Id));

        var refused = await SayAsync(Zheng, $"/ranking@{Api.BotUsername}", OfficeGroup);
        Assert.Equal("/ranking 需要“考核办公室”角色；您的角色：考核组业务人员。", refused.Text);

        var chart = await SayAsync(Sun, $"/ranking@{Api.BotUsername}", OfficeGroup);
        Assert.NotNull(chart.Photo);
        Assert.Equal(OfficeGroup.Id, Assert.Single(Api.RequestsFor("sendPhoto")).ChatId);
        Assert.Empty(Api.MessagesIn(Sun.Id).Skip(1)); // only the welcome in Sun's private chat: the answer went to the group
        Assert.Equal(3, Api.MessagesIn(OfficeGroup.Id).Count);
    }

    [Fact]
    public async Task TheOfficeTypesWordsInTelegramAndGetsTheRankingChartAndTheProgress()
    {
        await JoinAsync(Sun, Role.Office);

        var menu = await SayAsync(Sun, "你好");
        Assert.Equal(["进度", "排名", "导出", "帮助"], menu.AllButtons.Select(b => b.Label));
        var chart = await SayAsync(Sun, "排名");
        var progress = await SayAsync(Sun, "进度");

        Assert.NotNull(chart.Photo);
        Assert.Contains("新庄村", progress.Text);
        Assert.DoesNotContain(Api.MessagesIn(Sun.Id), m => m.Text?.Contains("没有") == true && m.Text.Contains("这个命令"));
    }
}
