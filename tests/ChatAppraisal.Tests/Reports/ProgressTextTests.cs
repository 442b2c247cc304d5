using ChatAppraisal.Appraisal;
using ChatAppraisal.Reports;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;
using static ChatAppraisal.Tests.Reports.ReportScenario;

namespace ChatAppraisal.Tests.Reports;

public class ProgressTextTests
{
    /// <summary>
    /// 新庄村: 李四 entered all 117 items, 张晓岩 sealed it. 庙台村: 李四 entered 党建工作 items 1–10 (10/17),
    /// 王五 精准扶贫 items 1–2 (2/6) and all 9 of 农业经济. 李家塬村: nothing.
    /// 王明 rated all three villages, 李芳 only 新庄村, 赵强 none. → 138/351 items, 1/3 sealed, 4/9 ratings.
    /// </summary>
    static (ReportScenario Scenario, Sheets Sheets, ProgressQuery Query) Build(TempDatabase db)
    {
        var s = new ReportScenario(db);
        var groupLeader = Actor(db.Members.Add("张晓岩", [Role.GroupLeader, Role.Examiner]));
        var wangWu = Actor(db.Members.Add("王五", [Role.Examiner]));
        db.Members.Add("刘洋", [Role.Office]);
        var sheets = new Sheets(db.Store, db.Clock);

        s.Enter(s.XinZhuang, Scenario.WorkedExampleItems());
        Assert.Equal(SealRefusal.None, sheets.Seal(groupLeader, s.Period, s.XinZhuang.Id));
        var full = Scenario.FullMarks();
        s.Enter(s.MiaoTai, full.Where(i => i.Key.Item1 == Scenario.DangJian && i.Key.Item2 < 10).ToDictionary());
        s.Enter(s.MiaoTai, full.Where(i => i.Key.Item1 == Scenario.FuPin && i.Key.Item2 < 2).ToDictionary(), wangWu);
        s.Enter(s.MiaoTai, full.Where(i => i.Key.Item1 == NongYe).ToDictionary(), wangWu);
        s.Rate(s.XinZhuang, 90, 85);
        s.Rate(s.MiaoTai, 80);
        s.Rate(s.LiJiaYuan, 75);
        return (s, sheets, new ProgressQuery(db.Store, db.Standings, sheets));
    }

    [Fact]
    public void ProgressShowsEachVillageAndWhatEachExaminerAndLeaderStillOwes()
    {
        using var db = new TempDatabase();
        var (scenario, _, query) = Build(db);

        var text = Texts.Zh.Progress(query.Build(scenario.Period));

        Assert.Equal(
            """
            2017年度 进度（2018-01-15 09:00）
            现场考核已评 138/351 项
            已签字密封 1/3 个村
            党政班子成员评分 4/9 份

            【各村】现场考核已评项｜党政班子成员评分｜签字密封
            庙台村    21/117  班子 1/3  未签字密封
            新庄村   117/117  班子 2/3  已签字密封（张晓岩）
            李家塬村    0/117  班子 1/3  未签字密封

            【考核组】已开始、还没评完的
            李四：庙台村 党建工作 10/17
            张晓岩：还没有录入
            王五：庙台村 精准扶贫 2/6

            【党政班子成员】未评的村
            王明：全部已评
            李芳：2 个：庙台村、李家塬村
            赵强：还没有评分（0/3）

            【待签字密封】2 个：庙台村、李家塬村
            """.ReplaceLineEndings("\n"),
            Plain(text));
    }

    [Fact]
    public void EnglishProgressSaysTheSame()
    {
        using var db = new TempDatabase();
        var (scenario, _, query) = Build(db);

        var lines = Plain(Texts.En.Progress(query.Build(scenario.Period))).Split('\n');

        Assert.Equal("On-site appraisal: 138/351 items scored", lines[1]);
        Assert.Equal("新庄村   117/117  leadership 2/3  sealed (张晓岩)", lines[7]);
        Assert.Equal("王五: 庙台村 精准扶贫 2/6", lines[13]);
        Assert.Equal("李芳: 2: 庙台村, 李家塬村", lines[17]);
        Assert.Equal("[To sign and seal] 2: 庙台村, 李家塬村", lines[^1]);
    }

    [Fact]
    public void ProgressFlagsASealWhoseFingerprintNoLongerMatches()
    {
        using var db = new TempDatabase();
        var (scenario, _, query) = Build(db);
        var doc = db.Store.Scores.Items.FindById(ItemScoreDoc.Key(scenario.Period.Id, scenario.XinZhuang.Id, 0, 0))!;
        doc.Value = 1m;
        db.Store.Scores.Items.Update(doc);   // a direct edit of the file, bypassing the score book

        var text = Texts.Zh.Progress(query.Build(scenario.Period));

        Assert.Contains("新庄村   117/117  班子 2/3  已签字密封（张晓岩）‼️指纹不符", Plain(text));
    }

    [Fact]
    public void ProgressOfThreeHundredVillagesIsSplitIntoMessagesWithinTheLimitLosingNothing()
    {
        using var db = new TempDatabase();
        var period = db.Periods.Active();
        db.Store.Write(() => db.Store.Setup.Villages.InsertBulk(Enumerable.Range(1, 300)
            .Select(i => new VillageDoc { Name = $"第{i:000}村", CreatedAt = db.Clock.GetUtcNow().UtcDateTime })));
        var examiner = Actor(db.Members.Add("李四", [Role.Examiner]));
        var leaders = Enumerable.Range(1, 5).Select(i => Actor(db.Members.Add($"班子{i}", [Role.Leader]))).ToList();
        var villages = db.Store.Setup.Villages.FindAll().OrderBy(v => v.Id).ToList();
        foreach (var village in villages.Take(50))
            Assert.True(db.ScoreBook.SetItem(examiner, period, village.Id, 0, 0, 10m).Ok);
        Assert.True(db.ScoreBook.SetRating(leaders[0], period, villages[0].Id, RatingsWithTotal(90)).Ok);

        var text = Texts.Zh.Progress(new ProgressQuery(db.Store, db.Standings, new Sheets(db.Store, db.Clock)).Build(period));
        var parts = MessageSplitter.Split(text);

        Assert.True(text.Length > 3 * MessageSplitter.TelegramLimit);
        Assert.True(parts.Count >= 4);
        Assert.All(parts, p => Assert.InRange(p.Length, 1, MessageSplitter.TelegramLimit));
        Assert.Equal(text, string.Join("\n", parts));
        Assert.All(villages, v => Assert.Single(parts, p => ("\n" + p).Contains($"\n{v.Name}")));
        Assert.Contains($"李四：{string.Join("；", villages.Take(50).Select(v => $"{v.Name} 党建工作 1/17"))}", text);
        Assert.Contains($"班子1：299 个：{string.Join("、", villages.Skip(1).Select(v => v.Name))}", text);
    }

    [Fact]
    public void ProgressWithoutVillagesSaysSo()
    {
        using var db = new TempDatabase();
        var query = new ProgressQuery(db.Store, db.Standings, new Sheets(db.Store, db.Clock));

        Assert.Equal("2017年度 进度：现在还没有登记任何村。", Texts.Zh.Progress(query.Build(db.Periods.Active())));
    }
}
