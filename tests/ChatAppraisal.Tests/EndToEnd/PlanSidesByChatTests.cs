using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>
/// A plan of 100 points with nested items, a bonus side capped at 5, a deduction side capped at 10, two vetoes and grades
/// by score lines, scored in Telegram; the ranking is checked against the figures worked out here by hand.
/// </summary>
public sealed class PlanSidesByChatTests : EndToEndTest
{
    const string Plan = """
        {"title":"测试镇2025年度村级综合考核",
         "categories":[
          {"name":"党建工作","group":"考核内容","alias":"党建","max":60,"leaderCap":0,"items":[
             {"name":"组织建设","max":40,"items":[{"name":"三会一课","max":20,"criteria":"每缺一次扣1分"},{"name":"党员管理","max":20}]},
             {"name":"宣传工作","max":20}]},
          {"name":"经济发展","group":"考核内容","alias":"经济","max":40,"leaderCap":0,"items":[{"name":"集体收入","max":25},{"name":"项目建设","max":15}]}],
         "bonus":{"cap":5,"lines":[{"name":"获得县级表彰","points":2,"perEvent":true},{"name":"创新工作","points":3,"perEvent":false}]},
         "deductions":{"cap":10,"lines":[{"name":"发生安全生产事故","points":5,"perEvent":true},{"name":"被县级通报批评","points":3,"perEvent":true}]},
         "veto":[{"event":"发生重大安全事故","consequence":"last"},{"event":"发生严重违纪违法案件","consequence":"notExcellent"}],
         "grades":{"by":"score","lines":[{"name":"优秀","minScore":90},{"name":"良好","minScore":80},{"name":"一般","minScore":60},{"name":"较差"}]}}
        """;

    async Task UsePlanAsync(string plan = Plan)
    {
        var setup = Service<PeriodSetup>();
        var admin = new Actor(0, "test", "test");
        Assert.True(setup.ReplaceRubric(admin, Period.Id, plan).Ok);
        Assert.True(setup.SetPolicy(admin, Period.Id, new ScoringPolicy { OnsiteWeight = 1, LeaderWeight = 0 }).Ok);
        await JoinAsync(Zheng, Role.Examiner);
        await JoinAsync(Qian, Role.Office);
    }

    /// <summary>Both categories by quick entry: 党建 three leaves, 经济 two.</summary>
    async Task ScoreAsync(string village, string dangjian, string jingji)
    {
        await SayAsync(Zheng, "/score " + village);
        var first = await SayAsync(Zheng, "党建");
        Assert.Contains("\n评分标准：每缺一次扣1分", first.Text); // the plan's criteria under the nested item's prompt
        await SayAsync(Zheng, dangjian);
        await SayAsync(Zheng, "确认");
        await SayAsync(Zheng, "经济");
        await SayAsync(Zheng, jingji);
        var categories = await SayAsync(Zheng, "确认");
        Assert.Contains("加分、扣分、一票否决：直接写“加分 项目 分数”、“扣分 项目 分数”、“否决 事项 理由”", categories.Text);
    }

    [Fact]
    public async Task BonusDeductionsAndVetoesAreEnteredWithinTheirRulesAndTheRankingAndGradesFollowTheHandComputation()
    {
        await UsePlanAsync();

        await ScoreAsync("新庄村", "20 20 20", "25 15");
        var saved = await SayAsync(Zheng, "加分 县级表彰 2");
        Assert.StartsWith("已记加分：获得县级表彰 2 分。加分合计 2/5 分。", saved.Text);
        await SayAsync(Zheng, "加分 创新 3");

        // Refused, each saying what is allowed, and nothing changes.
        var overCap = await ExchangeAsync(Zheng, "加分 县级表彰 4", replies: 2);
        Assert.StartsWith("加分合计最多 5 分，这一项现在最多还能录 2 分。未保存。\n加分项目（合计最多 5 分）：\n1. 获得县级表彰：每次 2 分", overCap[0].Text);
        Assert.Contains("本村已记：获得县级表彰 2 分；创新工作 3 分", overCap[0].Text);
        var notMultiple = await ExchangeAsync(Zheng, "加分 县级表彰 1", replies: 2);
        Assert.StartsWith("“获得县级表彰”每次 2 分，只能录 2 的整数倍", notMultiple[0].Text);
        var unknown = await ExchangeAsync(Zheng, "扣分 乱扔垃圾 5", replies: 2);
        Assert.StartsWith("没有“乱扔垃圾”这一项，未保存。\n扣分项目（合计最多 10 分）：", unknown[0].Text);
        var noReason = await ExchangeAsync(Zheng, "否决 违纪", replies: 2);
        Assert.StartsWith("请写明否决的理由", noReason[0].Text);
        var veto = await SayAsync(Zheng, "否决 违纪 村干部被立案调查");
        Assert.StartsWith("已记一票否决：发生严重违纪违法案件（不得评为优秀）。理由：村干部被立案调查", veto.Text);

        await ScoreAsync("东湾村", "18 20 15", "20 10");
        Assert.StartsWith("已记扣分：发生安全生产事故 5 分。", (await SayAsync(Zheng, "扣分 安全事故 5")).Text);
        await SayAsync(Zheng, "扣分 通报批评 3");

        await ScoreAsync("西坪村", "20 20 20", "25 15");
        await SayAsync(Zheng, "否决 重大安全事故 7月3日发生火灾");

        // By hand, on the plan's 100 points: 新庄 60 + 40 + (2 + 3) = 105, vetoed from 优秀 → 良好;
        // 东湾 53 + 30 − (5 + 3) = 75 → 一般; 西坪 100, vetoed to the last place → 较差. Finals on the 1000 scale are × 10.
        var expected = new[] { ("新庄村", 1, 1050m, 5m, 0m, "良好"), ("东湾村", 2, 750m, 0m, 8m, "一般"), ("西坪村", 3, 1000m, 0m, 0m, "较差") };
        var standings = Store.Write(() => Service<StandingsQuery>().Compute(Period));
        Assert.Equal(expected, standings.Ranking.Select(r => (r.Result.Village, r.Rank, r.Result.Final, r.Result.Bonus, r.Result.Deductions, r.Grade!)));

        // Stored and audited together: one document per line, one audit entry per change, none for the refusals.
        var xinzhuang = Village("新庄村").Id;
        var entries = Store.Scores.Adjustments.Find(a => a.VillageId == xinzhuang).OrderBy(a => a.Id).ToList();
        Assert.Equal([(AdjustmentKind.Bonus, 0, 2m), (AdjustmentKind.Bonus, 1, 3m), (AdjustmentKind.Veto, 1, 0m)], entries.Select(a => (a.Kind, a.Line, a.Points)));
        Assert.Equal([AuditActions.BonusSet, AuditActions.BonusSet, AuditActions.VetoSet],
            Audit("新庄村").Where(a => a.Category is null).Select(a => a.Action));
        Assert.Contains("reason: 村干部被立案调查", Audit("新庄村").Last().Detail);

        var ranking = await SayAsync(Qian, "排名 文字");
        Assert.Contains("加5 一票否决 良好", ranking.Text);
        Assert.Contains("扣8 一般", ranking.Text);
        Assert.Contains("一票否决 较差", ranking.Text);
        var sheet = await SayAsync(Qian, "评分表 西坪村 文字");
        Assert.Contains("‼️ 一票否决：发生重大安全事故（排名最后），理由：7月3日发生火灾", sheet.Text);
        Assert.Contains("扣分 0/10 分：无", sheet.Text);
    }

    [Fact]
    public async Task ASealedSheetTakesNoBonusAndTheWordAloneListsTheLines()
    {
        await UsePlanAsync();
        await ScoreAsync("新庄村", "20 20 20", "25 15");
        var rules = await ExchangeAsync(Zheng, "加分", replies: 2);
        Assert.StartsWith("加分项目（合计最多 5 分）：\n1. 获得县级表彰：每次 2 分（录次数 × 2）\n2. 创新工作：最多 3 分", rules[0].Text);

        Assert.Equal(SealRefusal.None, Service<Sheets>().Seal(new Actor(0, "组长", "test"), Period, Village("新庄村").Id));
        var refused = await ExchangeAsync(Zheng, "加分 县级表彰 2", replies: 2);
        Assert.Equal("新庄村 的评分表已签字密封，签字人 组长，不能再修改。", refused[0].Text);
        Assert.Empty(Store.Scores.Adjustments.FindAll());
    }

    [Fact]
    public async Task PublishedResultsTakeNoBonusDeductionOrVetoOnASheetLeftUnsealedAndSayWhy()
    {
        await UsePlanAsync();
        await ScoreAsync("新庄村", "20 20 20", "25 15");
        Assert.True(Service<Publications>().Publish(new Actor(0, "管理员", "test"), Period, 5, confirmed: true).Ok);
        var audited = Audit("新庄村").Count;

        // Each refused saying why and how a correction is made, back at the village list; nothing stored or audited.
        foreach (var typed in new[] { "加分 县级表彰 2", "扣分 安全事故 5", "否决 违纪 村干部被立案调查" })
        {
            var refused = await ExchangeAsync(Zheng, typed, replies: 2);
            Assert.StartsWith("没有保存：考核结果已公示", refused[0].Text);
            await SayAsync(Zheng, "新庄村");
        }
        Assert.Empty(Store.Scores.Adjustments.FindAll());
        Assert.Equal(audited, Audit("新庄村").Count);
    }

    [Fact]
    public async Task ACriteriaTooLongForThePromptIsCutThereAndSentWholeWhenTheExaminerTypes标准()
    {
        const string whole = "每月召开一次支部委员会，每季度召开一次党员大会，每季度上一次党课；会议记录要写明时间、地点、出席人员和议题。\n每缺一次扣1分，记录不全扣0.5分。";
        await UsePlanAsync(Plan.Replace("每缺一次扣1分", whole.Replace("\n", "\\n")));
        await SayAsync(Zheng, "/score 新庄村");
        var prompt = await SayAsync(Zheng, "党建");
        var oneLine = whole.Replace("\n", " ");
        Assert.Contains($"\n评分标准：{oneLine[..60]}…（发送“标准”看全文）", prompt.Text);

        // The whole, line by line, above the same prompt; nothing is scored.
        var shown = await SayAsync(Zheng, "标准");
        Assert.StartsWith($"“三会一课”的评分标准：\n{whole}\n党建工作 › 组织建设 1/3 · 三会一课", shown.Text);
        Assert.Empty(Scores("新庄村"));
        Assert.StartsWith("✓ 三会一课：18 分", (await SayAsync(Zheng, "18")).Text);
    }

    [Fact]
    public async Task AVillageRemovedTakesItsBonusDeductionAndVetoLinesWithItEachAudited()
    {
        await UsePlanAsync();
        var admin = new Actor(0, "管理员", "test");
        var adjustments = Service<Adjustments>();
        var dongwan = Village("东湾村").Id;
        Assert.True(adjustments.SetLine(admin, Period, dongwan, AdjustmentKind.Deduction, 0, 5).Ok);
        Assert.True(adjustments.SetVeto(admin, Period, dongwan, 0, "7月3日发生火灾").Ok);

        // They count as entries: removing the village asks for force, naming them among its scores.
        var roster = Service<VillageRoster>();
        var asked = roster.Remove(admin, dongwan, force: false);
        Assert.Equal((VillageRefusal.HasEntries, 2), (asked.Refusal, asked.Entries!.Scores));

        // Forced, they go with it, each audited; nothing is left to keep the period's rubric from being replaced.
        Assert.True(roster.Remove(admin, dongwan, force: true).Ok);
        Assert.Empty(Store.Scores.Adjustments.FindAll());
        var cleared = Store.Audit.Entries.Find(a => a.VillageId == dongwan).OrderBy(a => a.Id)
            .Where(a => a.Action is AuditActions.DeductionCleared or AuditActions.VetoCleared).ToList();
        Assert.Equal([(AuditActions.DeductionCleared, 5m), (AuditActions.VetoCleared, (decimal?)null)], cleared.Select(a => (a.Action, a.Old)));
        Assert.EndsWith("veto 1 was 0, reason: 7月3日发生火灾", cleared[1].Detail);
        Assert.True(Service<PeriodSetup>().ReplaceRubric(admin, Period.Id, Plan).Ok);
    }
}
