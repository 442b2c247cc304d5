using System.Net.Http.Headers;
using System.Text;
using System.Text.Json.Nodes;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Telegram;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Tests.EndToEnd;

/// <summary>
/// A plan of another shape than the seed's (four levels, a block scored out of 100 and counted as 30, a bonus side
/// capped at 5, a deduction side capped at 10, two vetoes, grades by rank), read from its text by the admin API, made the
/// active period's rubric, scored through the Telegram double and through the browser chat in Chromium, sealed by the
/// group leader and ranked; the ranking is checked against figures computed here from the plan's own rules.
/// </summary>
public sealed class NestedPlanEndToEndTests(ChromiumFixture chromium) : IClassFixture<ChromiumFixture>
{
    internal const string Plan = """
        青山镇2025年度村级综合考核实施方案
        一、考核内容及分值
        （一）党的建设（40分）
        1. 组织建设（20分）
        （1）三会一课（10分）每月召开支委会，每缺一次扣1分。
        （2）党员发展（10分）
        2. 党风廉政（20分）负责考核部门：镇纪委
        （1）廉政教育（8分）
        （2）村务公开（12分）每季度公开一次，未公开的每次扣3分。
        （二）经济发展（100分，总分按折合30分计算）
        1. 集体经济收入（60分）
        2. 招商引资（40分）
        （三）社会事业（30分）
        1. 教育卫生（15分）
        2. 平安建设（15分）
        二、加分项目（加分最多不超过5分）
        1. 获得县级以上表彰的，每项加2分。
        2. 工作创新被县级推广的，加3分。
        三、扣分项目（扣分上限10分）
        1. 发生安全生产事故的，每起扣5分。
        2. 被县级通报批评的，每次扣2分。
        四、一票否决
        1. 发生重大安全事故的，实行一票否决，排名列最后。
        2. 发生严重违纪违法案件的，不得评为优秀。
        五、考核等次
        前1名为优秀，第2名为良好，其余为一般。
        """;

    static readonly FakeUser Zheng = new(3001, "郑亚娜");
    static readonly FakeUser Zhou = new(3002, "周建国");
    static readonly FakeUser Qian = new(3003, "钱卫东");

    /// <summary>The plan's arithmetic, written out here rather than taken from the rubric: blocks capped, 经济 scaled 100 → 30.</summary>
    static decimal Onsite(decimal[] party, decimal[] economy, decimal[] social) =>
        Math.Min(40, Math.Min(20, party[0] + party[1]) + Math.Min(20, party[2] + party[3]))
        + Math.Min(100, economy[0] + economy[1]) * 30 / 100
        + Math.Min(30, social[0] + social[1]);

    /// <summary>On the 1000 scale: the plan's 100 points (40 + 30 + 30) with the sides, the leaders weighing 0.</summary>
    static decimal Final(decimal onsite, decimal bonus, decimal deductions) => (onsite + bonus - deductions) * 1000 / 100;

    /// <summary>The bot with both the Telegram channel (against the double) and the pages on Kestrel, as a town may run it.</summary>
    sealed class TelegramAndWebApp(BotApiDouble api) : WebBotApp(settings: new Dictionary<string, string?>
    {
        ["Telegram:BotToken"] = api.Token,
        ["Telegram:ApiBaseUrl"] = api.BaseUrl,
    })
    {
        protected override void ConfigureServices(IServiceCollection services) =>
            services.Replace(ServiceDescriptor.Singleton(TelegramBotApp.FastTuning));
    }

    [Fact]
    public async Task ANestedPlanReadFromItsTextIsScoredInTelegramAndTheBrowserSealedAndRankedAsComputedByHand()
    {
        await using var api = await BotApiDouble.StartAsync();
        await using var app = new TelegramAndWebApp(api);
        app.StartServer();
        await api.WaitUntilAsync(() => api.RequestsFor("getUpdates").Count > 0, "the bot to poll Telegram");
        var roster = app.Services.GetRequiredService<VillageRoster>();
        foreach (var name in new[] { "新庄村", "东湾村", "西坪村" }) roster.Add(new Actor(0, "test", "test"), name);

        // The office: next year's period, the plan read from its text, the proposal made that period's rubric and activated.
        using var http = new HttpClient { BaseAddress = new Uri(app.BaseUrl) };
        http.DefaultRequestHeaders.Add("X-Api-Key", WebBotApp.ApiKey);
        var created = JsonNode.Parse(await (await http.PostAsync("/api/periods", Json("""{"name":"2025年度"}"""))).Content.ReadAsStringAsync())!;
        var periodId = (int)created["id"]!;
        var import = await http.PostAsync("/api/rubric/import", new StringContent(Plan, Encoding.UTF8, "text/plain"));
        var proposal = JsonNode.Parse(await import.Content.ReadAsStringAsync())!;
        Assert.Equal(200, (int)import.StatusCode);
        // Its one doubt: 党风廉政's department line is kept as its criteria too; nothing that keeps it from being saved.
        Assert.DoesNotContain(proposal["problems"]!.AsArray(), p => (string)p!["problem"]! is var text && text.Contains("rule"));
        Assert.Equal((1m, 0m), ((decimal)proposal["policy"]!["onsiteWeight"]!, (decimal)proposal["policy"]!["leaderWeight"]!));
        Assert.True((await http.PostAsync($"/api/periods/{periodId}/activate", null)).IsSuccessStatusCode);
        var put = await http.PutAsync("/api/rubric", Json(proposal["rubric"]!.ToJsonString()));
        Assert.True(put.IsSuccessStatusCode, await put.Content.ReadAsStringAsync());
        Assert.True((await http.PutAsync($"/api/periods/{periodId}/policy", Json("""{"onsiteWeight":1,"leaderWeight":0,"leaderAggregation":"mean","capCategoryAtMax":true}"""))).IsSuccessStatusCode);
        var rubric = app.Services.GetRequiredService<Periods>().Active().Rubric;
        Assert.Equal(("2025年度", 8, 100m), (app.Services.GetRequiredService<Periods>().Active().Name, rubric.ItemCount, rubric.MaxTotal));

        var members = app.Services.GetRequiredService<MemberDirectory>();
        async Task Join(FakeUser user, Role role)
        {
            var member = members.Add(user.FirstName, [role]);
            api.SendText(user, "/start " + members.CreateInvite(member.Id).Code);
            await api.WaitUntilAsync(() => api.MessagesIn(user.Id).Any(m => m.Text!.StartsWith("欢迎")), $"{user.FirstName} to be welcomed");
        }
        // The first of the bot's replies (a refusal is followed by the prompt again).
        async Task<string> Say(FakeUser user, string text, int replies = 1)
        {
            var before = api.MessagesIn(user.Id).Count;
            api.SendText(user, text);
            return (await api.WaitForMessagesAsync(user.Id, before + replies))[before].Text!;
        }
        await Join(Zheng, Role.Examiner);
        await Join(Zhou, Role.GroupLeader);
        await Join(Qian, Role.Office);

        // Telegram: 新庄村 by its lowest blocks, the prompt naming where each item sits and showing its criteria.
        await Say(Zheng, "/score 新庄村");
        var first = await Say(Zheng, "党建");
        Assert.StartsWith("党的建设 › 组织建设 1/4 · 三会一课（满分 10 分）", first);
        Assert.Contains("\n一次输入 2 个数可录入“组织建设”的 2 项。", first);
        Assert.Contains("\n评分标准：每月召开支委会，每缺一次扣1分。", first);
        var next = await Say(Zheng, "9 10");
        Assert.StartsWith("✓ 组织建设：2 项已保存，合计 19 分\n党的建设 › 党风廉政 3/4 · 廉政教育（满分 8 分）", next);
        var wrong = await Say(Zheng, "8 12 3", replies: 2);
        Assert.Contains("您输入了 3 个数。单项请输入 1 个数；“党风廉政”请输入 2 个数；整类请输入 4 个数。没有保存。", wrong);
        var review = await Say(Zheng, "8 12");
        Assert.Contains("▸ 组织建设（20 分）\n1. 三会一课 9/10\n2. 党员发展 10/10\n▸ 党风廉政（20 分）\n3. 廉政教育 8/8\n4. 村务公开 12/12", review);
        await Say(Zheng, "确认");
        await Say(Zheng, "经济");
        await Say(Zheng, "50 30");
        await Say(Zheng, "确认");
        await Say(Zheng, "社会");
        await Say(Zheng, "15 12");
        await Say(Zheng, "确认");
        Assert.StartsWith("已记加分：获得县级以上表彰 2 分。", await Say(Zheng, "加分 县级表彰 2"));
        await Say(Zheng, "加分 工作创新 3");
        Assert.StartsWith("加分合计最多 5 分", await Say(Zheng, "加分 县级表彰 4", replies: 2));

        // Telegram: 东湾村 by whole categories, then vetoed to the last place.
        await Say(Zheng, "/score 东湾村");
        foreach (var (category, scores) in new[] { ("党建", "10 10 8 12"), ("经济", "60 40"), ("社会", "15 15") })
        {
            await Say(Zheng, category);
            await Say(Zheng, scores);
            await Say(Zheng, "确认");
        }
        Assert.StartsWith("已记一票否决：发生重大安全事故（排名最后）", await Say(Zheng, "否决 重大安全事故 7月3日发生火灾"));

        // The browser chat: 西坪村 on a phone in Chromium, by blocks and buttons.
        var webCode = members.CreateInvite(members.Add("孙丽", [Role.Examiner]).Id).Code;
        await using var context = await chromium.Phone();
        var chat = await ChatPage.Open(context, app.BaseUrl);
        await chat.SignIn(webCode);
        await chat.Send("/score");
        await chat.Press("西坪村 0/8");
        await chat.Press("党的建设 0/4");
        await chat.Shows("党的建设 › 组织建设 1/4 · 三会一课");
        await chat.Send("8 9");
        await chat.Shows("党的建设 › 党风廉政 3/4 · 廉政教育");
        await chat.Send("7 10");
        await chat.Shows("▸ 党风廉政（20 分）");
        await chat.Screenshot("nested-plan-review-360");
        await chat.Press("确认");
        await chat.Press("经济发展 0/2");
        await chat.Send("55 36");
        await chat.Press("确认");
        await chat.Press("社会事业 0/2");
        await chat.Send("14 13");
        await chat.Press("确认");
        await chat.Send("扣分 通报批评 2");
        await chat.Shows("已记扣分：被县级通报批评 2 分。");
        Assert.Empty(chat.Errors);

        // The group leader seals the three sheets in Telegram.
        foreach (var village in new[] { "新庄", "东湾", "西坪" })
        {
            var before = api.MessagesIn(Zhou.Id).Count;
            api.SendText(Zhou, "/sign " + village);
            var summary = (await api.WaitForMessagesAsync(Zhou.Id, before + 1))[^1];
            api.PressButton(Zhou, summary, "签字密封");
            await api.WaitUntilAsync(() => api.MessagesIn(Zhou.Id).Any(m => m.Text!.StartsWith("已签字密封：" + village)), $"{village} to be sealed");
        }
        var store = app.Services.GetRequiredService<AppraisalStore>();
        var period = app.Services.GetRequiredService<Periods>().Active();
        Assert.Equal(3, store.Scores.Seals.FindAll().Count(s => s.PeriodId == period.Id));

        // By the plan's rules, computed here: 新庄 90 + 5 = 95; 西坪 88.3 − 2 = 86.3; 东湾 100 but vetoed to the last place.
        var xinzhuang = Final(Onsite([9, 10, 8, 12], [50, 30], [15, 12]), 5, 0);
        var xiping = Final(Onsite([8, 9, 7, 10], [55, 36], [14, 13]), 0, 2);
        var dongwan = Final(Onsite([10, 10, 8, 12], [60, 40], [15, 15]), 0, 0);
        Assert.Equal((950m, 863m, 1000m), (xinzhuang, xiping, dongwan));
        var standings = store.Write(() => app.Services.GetRequiredService<StandingsQuery>().Compute(period));
        Assert.Equal([("新庄村", 1, xinzhuang, "优秀"), ("西坪村", 2, xiping, "良好"), ("东湾村", 3, dongwan, "一般")],
            standings.Ranking.Select(r => (r.Result.Village, r.Rank, r.Result.Final, r.Grade!)));

        var ranking = await Say(Qian, "排名 文字");
        // A plan without a leadership part expects no ratings: sealed sheets are complete.
        Assert.DoesNotContain("未完成", ranking);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(ranking, @"\n1\s+新庄村\s+900\.00\s+0\.00\s+950\.00\s.*加5\s优秀\n"), ranking);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(ranking, @"\n2\s+西坪村\s+883\.00\s+0\.00\s+863\.00\s.*扣2\s良好\n"), ranking);
        Assert.True(System.Text.RegularExpressions.Regex.IsMatch(ranking, @"\n3\s+东湾村\s+1000\.00\s+0\.00\s+1000\.00\s.*一票否决\s一般\n"), ranking);
    }

    static StringContent Json(string json) => new(json, Encoding.UTF8, new MediaTypeHeaderValue("application/json"));
}
