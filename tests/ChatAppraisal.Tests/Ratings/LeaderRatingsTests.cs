using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Reports;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Ratings;

public class LeaderRatingsTests
{
    static string Plain(string text) => text.Replace(TextLayout.FigureSpace, ' ').Replace(TextLayout.IdeographicSpace, ' ');

    [Fact]
    public void LaterRatingBySameLeaderReplacesTheEarlierOneAndIsAuditedWithOldAndNew()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var leader = db.Members.Add("王明", [Role.Leader]);
        var actor = new Actor(leader.Id, leader.Name, "test");
        var ratings = new LeaderRatings(db.Store, db.ScoreBook);
        var period = db.Periods.Active();

        var first = ratings.Save(actor, period, ratings.Parse(period, "新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2").Rating!);
        db.Clock.Advance(TimeSpan.FromHours(2));
        var second = ratings.Parse(period, "新庄 党建20 廉政10 文明5 综治10 帮扶5 扶贫15 农业10 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2").Rating!;
        var earlier = ratings.Earlier(period, village.Id, leader.Id);
        var summary = Texts.Zh.RatingSummary(period.Rubric, second, earlier);
        var saved = ratings.Save(actor, period, second);

        Assert.Null(first.Replaced);
        Assert.Equal(new EarlierRating(94m, new DateTime(2018, 1, 15, 1, 0, 0, DateTimeKind.Utc)), saved.Replaced);
        Assert.Contains("将替换您 2018-01-15 09:00 的评分（合计 94）。", summary);
        Assert.Equal("已保存：新庄村，合计 100 分。\n替换了 2018-01-15 09:00 的评分（合计 94）。", Texts.Zh.RatingSaved("新庄村", saved));

        var stored = Assert.Single(db.Store.Scores.Ratings.FindAll());
        Assert.Equal(100m, stored.Values.Sum());
        var audit = db.Store.Audit.Entries.FindAll().Where(a => a.Action == AuditActions.RatingSet).OrderBy(a => a.Id).ToList();
        Assert.Equal(2, audit.Count);
        Assert.Equal((null, 94m), (audit[0].Old, audit[0].New));
        Assert.Equal((94m, 100m), (audit[1].Old, audit[1].New));
        Assert.Equal("18 9 5 9 5 14 9 5 5 5 4 1 1 2 2 → 20 10 5 10 5 15 10 5 5 5 4 1 1 2 2", audit[1].Detail);
    }

    [Fact]
    public void RefusedMessageChangesNothingStored()
    {
        using var db = new TempDatabase();
        db.AddVillage("新庄村");
        var ratings = new LeaderRatings(db.Store, db.ScoreBook);

        var parse = ratings.Parse(db.Periods.Active(), "新庄村 25 9 5 9 5 14 9 5 5 5 4 1 1 2 2");

        Assert.Equal(RatingParseKind.Refused, parse.Kind);
        Assert.Equal(0, db.Store.Scores.Ratings.Count());
        Assert.Equal(0, db.Store.Audit.Entries.Count());
    }

    [Fact]
    public void SavingForAVillageRemovedSinceTheSummaryIsRefusedWithAMessage()
    {
        using var db = new TempDatabase();
        var village = db.AddVillage("新庄村");
        var actor = new Actor(db.Members.Add("王明", [Role.Leader]).Id, "王明", "test");
        var ratings = new LeaderRatings(db.Store, db.ScoreBook);
        var period = db.Periods.Active();
        var parsed = ratings.Parse(period, "新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2").Rating!;
        db.Store.Setup.Villages.Delete(village.Id);

        var saved = ratings.Save(actor, period, parsed);

        Assert.Equal(ScoreRefusal.UnknownVillage, saved.Outcome.Refusal);
        Assert.Equal("没有保存：没有“新庄村”这个村（可能刚被删除）。", Texts.Zh.RatingSaved("新庄村", saved));
        Assert.Equal(0, db.Store.Scores.Ratings.Count());
    }

    [Fact]
    public void SummaryShowsFifteenValuesWithNamesCapsAndTheTotal()
    {
        var rubric = Scenario.Rubric;
        var rating = new ParsedRating(1, "新庄村", [18, 9, 5, 9, 4.5m, 14, 9, 5, 5, 5, 4, 1, 1, 2, 2]);

        Assert.Equal(
            """
            请核对 新庄村 的评分：
             18  党建工作（最高 20）
              9  党风廉政建设（最高 10）
              5  精神文明建设（最高 5）
              9  社会治安综合治理(平安建设)（最高 10）
            4.5  精准扶贫帮扶工作（最高 5）
             14  精准扶贫（最高 15）
              9  农业经济（最高 10）
              5  社会保险（最高 5）
              5  民政工作（最高 5）
              5  安全生产（最高 5）
              4  村级财务（最高 4）
              1  林业管理（最高 1）
              1  电子商务（最高 1）
              2  劳务输转（最高 2）
              2  食品药品安全（最高 2）
            合计 93.5 分（满分 100）
            确认保存吗？
            """.ReplaceLineEndings("\n"),
            Plain(Texts.Zh.RatingSummary(rubric, rating, null)));
        Assert.Contains("Total 93.5 of 100", Texts.En.RatingSummary(rubric, rating, null));
    }

    [Fact]
    public void MyRatingsListsWhatTheLeaderRatedAndWhatIsMissing()
    {
        using var db = new TempDatabase();
        db.AddVillage("庙台村");
        db.AddVillage("新庄村");
        db.AddVillage("李家塬村");
        var me = new Actor(db.Members.Add("王明", [Role.Leader]).Id, "王明", "test");
        var other = new Actor(db.Members.Add("李芳", [Role.Leader]).Id, "李芳", "test");
        var ratings = new LeaderRatings(db.Store, db.ScoreBook);
        var period = db.Periods.Active();
        ratings.Save(me, period, ratings.Parse(period, "新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2").Rating!);
        db.Clock.Advance(TimeSpan.FromMinutes(30));
        ratings.Save(me, period, ratings.Parse(period, "李家塬 20 10 5 10 5 15 10 5 5 5 4 1 1 2 1.5").Rating!);
        ratings.Save(other, period, ratings.Parse(period, "庙台村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2").Rating!);

        var mine = ratings.Mine(period, me.MemberId);

        Assert.Equal(
            """
            2017年度 我的评分：已评 2/3 个村
            新庄村     94 分  2018-01-15 09:00
            李家塬村  99.5 分  2018-01-15 09:30
            未评（1 个）：庙台村
            """.ReplaceLineEndings("\n"),
            Plain(Texts.Zh.MyRatings(mine)));
        Assert.Equal("全部已评。", Texts.Zh.MyRatings(mine with { Missing = [] }).Split('\n')[^1]);
        Assert.EndsWith("Not rated (1): 庙台村", Texts.En.MyRatings(mine));
    }

    [Fact]
    public void HelpShowsTheFormatAnExampleAndTheAliases()
    {
        Assert.Equal(
            """
            党政班子成员评分：发一条消息，村名在前，后面按顺序写 15 个分数：
            新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2
            也可以每个分数前写简称，顺序不限：
            新庄村 党建18 廉政9 文明5 …
            分数之间用空格、逗号、顿号或分号隔开。
            顺序、简称和最高分：
            党建 20｜廉政 10｜文明 5｜综治 10｜帮扶 5
            扶贫 15｜农业 10｜社保 5｜民政 5｜安全 5
            财务 4｜林业 1｜电商 1｜劳务 2｜食药 2
            """.ReplaceLineEndings("\n"),
            Texts.Zh.RatingHelp(Scenario.Rubric));
    }
}
