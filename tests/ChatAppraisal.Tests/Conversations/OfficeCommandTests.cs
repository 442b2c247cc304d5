using ChatAppraisal.Conversations;
using ChatAppraisal.Reports;
using ChatAppraisal.Scoring;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Reports;

namespace ChatAppraisal.Tests.Conversations;

/// <summary>The office's commands through the engine, over the hand-computed three-village scenario (新庄村 984.90).</summary>
public class OfficeCommandTests
{
    static (ChatHarness Chat, ReportScenario Scenario, ChatUser Office) Scenario()
    {
        var chat = new ChatHarness(samples: false);
        var scenario = new ReportScenario(chat.Db).EnterAll();
        return (chat, scenario, chat.Member("刘主任", Role.Office));
    }

    [Fact]
    public async Task RankingTextShowsTheHandComputedTableWithTheFormulaLine()
    {
        var (chat, scenario, office) = Scenario();
        using var _ = chat;

        var reply = Assert.Single(await chat.Send(office, "/ranking text"));

        Assert.Equal(
            $"""
            2017年度 排名（2018-01-15 09:00）
            名次｜村｜现场考核｜党政班子成员评分｜综合得分（千分制）｜状态
            1  李家塬村  998.67  903.33  989.13  完成
            2  新庄村   994.33  900.00  984.90  完成
            3  庙台村   933.33  750.00  915.00  未完成 94%
            {Texts.Zh.PolicyLine(scenario.Period.Policy)}
            """.ReplaceLineEndings("\n"),
            ReportScenario.Plain(Assert.IsType<TextReply>(reply).Text));
    }

    [Fact]
    public async Task ProgressShowsEachVillageAndWhoStillOwesWhat()
    {
        var (chat, scenario, office) = Scenario();
        using var _ = chat;
        chat.Services.GetSheets().Seal(ReportScenario.Actor(chat.Db.Members.Add("张晓岩", [Role.GroupLeader])), scenario.Period, scenario.XinZhuang.Id);

        var text = ReportScenario.Plain((await chat.Send(office, "/progress")).Text());

        Assert.Contains("现场考核已评 345/351 项", text);
        Assert.Contains("已签字密封 1/3 个村", text);
        Assert.Contains("党政班子成员评分 8/9 份", text);
        Assert.Contains("庙台村   111/117  班子 2/3  未签字密封", text);
        Assert.Contains("新庄村   117/117  班子 3/3  已签字密封（张晓岩）", text);
        Assert.Contains("赵强：1 个：庙台村", text);
        Assert.Contains("【待签字密封】2 个：庙台村、李家塬村", text);
    }

    [Fact]
    public async Task ALongProgressIsSplitIntoMessagesOfAtMost4096Characters()
    {
        using var chat = new ChatHarness(samples: false);
        var names = Enumerable.Range(1, 300).Select(i => $"第{i:000}村民委员会").ToList();
        foreach (var name in names) chat.Db.AddVillage(name);
        var office = chat.Member("刘主任", Role.Office);

        var replies = (await chat.Send(office, "/progress")).OfType<TextReply>().ToList();

        Assert.True(replies.Count > 1, $"{replies.Count} message(s)");
        Assert.All(replies, r => Assert.InRange(r.Text.Length, 1, MessageSplitter.TelegramLimit));
        var all = string.Join("\n", replies.Select(r => r.Text));
        Assert.All(names, n => Assert.Contains(n, all));
    }

    [Fact]
    public async Task SheetTextShowsAVillagesCategoryScoresAndSealState()
    {
        var (chat, _, office) = Scenario();
        using var __ = chat;

        var text = ReportScenario.Plain((await chat.Send(office, "/sheet 新庄 text")).Text());

        Assert.StartsWith("新庄村 评分表（2017年度）", text);
        Assert.Contains("\n97.5/100  党建工作", text);
        Assert.Contains("100/100  社会治安综合治理(平安建设)（封顶，合计 104）", text);
        Assert.Contains("现场考核合计 1491.5 分（满分 1500）", text);
        Assert.EndsWith("未签字密封。", text);
    }

    [Theory]
    [InlineData("/sheet", "用法：/sheet 村名")]
    [InlineData("/sheet 东湾", "没有叫“东湾”的村。现有的村：庙台村、新庄村、李家塬村")]
    [InlineData("/sheet 东湾 text", "没有叫“东湾”的村。")]
    [InlineData("/sheet 村", "“村”对应多个村")]
    [InlineData("/ranking chart please", "用法：/ranking")]
    public async Task OfficeCommandsExplainWhatTheyNeed(string command, string expected)
    {
        var (chat, _, office) = Scenario();
        using var __ = chat;

        Assert.Contains(expected, (await chat.Send(office, command)).Text());
    }

    [Theory]
    [InlineData("/progress")]
    [InlineData("/ranking text")]
    [InlineData("/sheet 新庄")]
    public async Task ALeaderTryingAnOfficeCommandIsToldTheRoleItNeeds(string command)
    {
        var (chat, _, _) = Scenario();
        using var __ = chat;
        var leader = chat.Member("王明", Role.Leader);

        var reply = await chat.Send(leader, command);

        Assert.Equal($"{command.Split(' ')[0]} 需要“考核办公室”角色；您的角色：党政班子成员。", reply.Text());
    }

    [Fact]
    public async Task AnOfficeCommandInsideAnOpenDialogAnswersAndKeepsThePlace()
    {
        var (chat, _, _) = Scenario();
        using var __ = chat;
        var both = chat.Member("刘主任", Role.Office, Role.Leader);
        await chat.Send(both, "/rate 新庄");

        var reply = await chat.Send(both, "/ranking text");

        Assert.Contains("2  新庄村", ReportScenario.Plain(reply.Text()));
        Assert.Contains("新庄村 · 第 1/15 类", reply.Text());
    }
}
