using ChatAppraisal.Appraisal;
using ChatAppraisal.Backups;
using ChatAppraisal.Ballots;
using ChatAppraisal.Publication;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;

namespace ChatAppraisal.Tests.Publication;

/// <summary>公示: /publish through the test channel; the village's message against the stored sheet, field by field.</summary>
public class PublicationTests
{
    [Fact]
    public async Task PublishingWithAnUnsealedSheetIsRefusedOnceThenEachVillageIsToldItsResultFieldByField()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise(leaveUnsealed: "西坪村");
        var office = town.Town.Office;
        // Each seal asked for its backup, as in the bot (the harness registers Sheets as AddAppraisal does); publishing asks for one more.
        Assert.Equal(["新庄村", "东湾村", "马家村", "上庄村"], town.Backups.Requests.Where(r => r.Reason == BackupReason.Seal).Select(r => r.Note));
        town.Backups.Requests.Clear();

        // Refused once, naming the unsealed sheet; nothing stored, nobody told.
        var asked = (await town.Chat.Send(office, "发布结果 5")).Text();
        Assert.Contains("还有 1 个村的评分表没有签字密封：西坪村", asked);
        Assert.Null(town.Get<Publications>().Find(town.Chat.Period.Id));
        Assert.Empty(town.Backups.Requests);

        // Asked once more: published.
        var done = (await town.Chat.Press(office, "仍然发布")).Text();
        Assert.Contains("✓ 已公示考核结果，公示期 5 个工作日，到 2018年1月22日（一） 为止", done); // Tue 16 … Mon 22: the weekend skipped
        Assert.Contains("⚠ 发布时未签字密封：西坪村", done);
        Assert.Contains("已通知 1 人：上庄村 王书记（test）", done);
        Assert.Contains("没有村干部的村：新庄村、东湾村、西坪村、马家村", done);
        Assert.Equal([(BackupReason.Publication, town.Chat.Period.Name)], town.Backups.Requests);
        var publication = town.Get<Publications>().Find(town.Chat.Period.Id)!;
        Assert.Equal("2018-01-22", publication.LastDay);
        Assert.Equal(new DateTime(2018, 1, 22, 16, 0, 0, DateTimeKind.Utc), publication.WindowEndsAt); // midnight in Shanghai
        Assert.Contains(town.Chat.Audit(), a => a.Action == AuditActions.ResultsPublished && a.Detail!.Contains("unsealed sheets: 西坪村"));

        // The village's message, field by field against what is stored.
        await town.Channel.WaitForAsync(c => c.TextsTo("wang").Count == 1, "the village's result");
        var message = town.Channel.TextsTo("wang").Single().Split('\n');
        var period = town.Chat.Period;
        var sheet = town.Get<Sheets>().Load(period, town.Id("上庄村"))!;
        var ranking = town.Get<StandingsQuery>().Compute(period).Ranking;
        var ours = ranking.Single(r => r.Result.VillageId == town.Id("上庄村"));
        Assert.Equal($"上庄村 · {period.Name}考核结果（公示）", message[0]);
        Assert.Equal($"综合得分：{Points.Format(ours.Result.Final)}", message[1]);
        Assert.Equal($"排名：第 {ours.Rank} 名（共 5 个村）", message[2]);
        Assert.Equal("等次：考核方案未定等次", message[3]);
        Assert.Equal($"现场考核：{Points.Format(sheet.Onsite)} 分（千分制 {Points.Format(sheet.Onsite * 1000 / 1500)}）", message[4]);
        Assert.Equal("各类得分：", message[5]);
        Assert.Equal(sheet.Categories.Select(c => $"  {c.Name} {Points.Format(c.Score)}/{Points.Format(c.Max)}"), message[6..21]);
        var deductions = sheet.Categories.SelectMany(c => c.Items.Where(i => i.Score < i.Max).Select(i => (c.Name, i))).ToList();
        Assert.Equal(2, deductions.Count);
        Assert.Equal("扣分（2 项）：", message[21]);
        var reasons = town.Town.Store.Scores.Items.Find(x => x.VillageId == town.Id("上庄村")).ToDictionary(x => (x.Category, x.Item), x => x.Reason);
        Assert.Equal(deductions.Select(d => $"  {d.Name} · {d.i.Name}：{Points.Format(d.i.Score!.Value)}/{Points.Format(d.i.Max)}，扣 {Points.Format(d.i.Max - d.i.Score.Value)} 分；原因：{reasons[(d.i.Category, d.i.Item)] ?? "未写明"}"), message[22..24]);
        Assert.Equal("  党建工作 · 做合格党员：10/13，扣 3 分；原因：会议记录缺两次", message[22]);
        Assert.EndsWith("扣 6 分；原因：未写明", message[23]);
        Assert.Equal("民主测评：收回 3/3 票，好 2、较好 0、一般 1、较差 0", message[24]);
        var ratings = town.Town.Store.Scores.Ratings.Find(r => r.VillageId == town.Id("上庄村")).Select(r => r.Values.Sum()).ToList();
        Assert.Equal(2, ratings.Count);
        Assert.Equal($"党政班子成员评分平均：{Points.Format(ratings.Average())} 分（2 人评分）", message[25]);
        Assert.Equal("党政班子成员评分平均：92.5 分（2 人评分）", message[25]); // 100 and 85
        Assert.StartsWith("公示期 5 个工作日，到 2018年1月22日（一） 为止。", message[26]);
        Assert.Equal(27, message.Length);
        Assert.Equal(["上庄村"], publication.Told.Select(t => t.Village));

        // The leaders' ratings are frozen; the village sees its result again with /village; a second publish is refused.
        Assert.Contains("党政班子成员评分已锁定", (await town.Chat.Send(town.Town.Leader, "新庄村 20 10 5 10 5 15 10 5 5 5 4 1 1 2 2")).Text()
                                        + (await town.Chat.Send(town.Town.Leader, "确认")).Text());
        Assert.Contains("综合得分：", (await town.Chat.Send(town.Wang, "/village")).Text());
        Assert.Contains("已经在", (await town.Chat.Send(office, "/publish 5")).Text());
    }

    [Fact]
    public async Task AnAdminsReopenNeedsAReasonThawsTheRatingsAndIsAudited()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise();
        Assert.Contains("✓ 已公示", (await town.Chat.Send(town.Town.Office, "/publish 3")).Text());

        Assert.Contains("需要“管理员”", (await town.Chat.Send(town.Town.Office, "/reopen 录入有误")).Text());
        Assert.Contains("请写明原因", (await town.Chat.Send(town.Admin, "/reopen")).Text());
        Assert.Contains("已重新打开考核结果（原因：上庄村录入有误）", (await town.Chat.Send(town.Admin, "/reopen 上庄村录入有误")).Text());
        Assert.Contains(town.Chat.Audit(), a => a.Action == AuditActions.ResultsReopened && a.Detail!.StartsWith("reason: 上庄村录入有误"));
        Assert.True(town.Chat.Db.ScoreBook.SetRating(town.Town.Actor(town.Town.Leader), town.Chat.Period, town.Id("上庄村"),
            town.Chat.Period.Rubric.Categories.Select(c => c.LeaderCap).ToList()).Ok);
    }

    [Fact]
    public async Task ASheetPublishedUnsealedIsFrozenWithTheRestUntilAnAdminReopensTheResults()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise(leaveUnsealed: "西坪村");
        await town.Chat.Send(town.Town.Office, "发布结果 5");
        Assert.Contains("✓ 已公示", (await town.Chat.Press(town.Town.Office, "仍然发布")).Text());
        var book = town.Chat.Db.ScoreBook;
        var examiner = town.Town.Actor(town.Town.Examiner);
        var key = ItemScoreDoc.Key(town.Chat.Period.Id, town.Id("西坪村"), 0, 0);
        var before = town.Town.Store.Scores.Items.FindById(key)?.Value;
        var audited = town.Chat.Audit().Count();

        // An examiner's change to the unsealed sheet is refused, saying how a correction is made; nothing is stored.
        var refused = book.SetItem(examiner, town.Chat.Period, town.Id("西坪村"), 0, 0, 0.5m, reason: "补录");
        Assert.Equal(ScoreRefusal.Published, refused.Refusal);
        Assert.Equal(before, town.Town.Store.Scores.Items.FindById(key)?.Value);
        Assert.Equal(audited, town.Chat.Audit().Count());

        // After an admin's reopen with a reason the sheet takes scores again.
        Assert.Contains("已重新打开考核结果", (await town.Chat.Send(town.Admin, "/reopen 西坪村补录")).Text());
        Assert.True(book.SetItem(examiner, town.Chat.Period, town.Id("西坪村"), 0, 0, 0.5m, reason: "补录").Ok);
        Assert.Equal(0.5m, town.Town.Store.Scores.Items.FindById(key)!.Value);
    }

    [Fact]
    public async Task TheChatRefusesAScoreAndABallotsProposalOnASheetPublishedUnsealedSayingWhy()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise(leaveUnsealed: "西坪村");
        var period = town.Chat.Period;
        var xiping = town.Id("西坪村");
        var examiner = town.Town.Examiner;
        // 社会保险 (the 8th category: 50, 40, 10) left unscored on the unsealed sheet, as the office publishes anyway.
        Assert.True(town.Chat.Db.ScoreBook.SetItems(town.Town.Actor(examiner), period, xiping, 7, [(0, null), (1, null), (2, null)]).Ok);
        await town.Chat.Send(town.Town.Office, "发布结果 5");
        Assert.Contains("✓ 已公示", (await town.Chat.Press(town.Town.Office, "仍然发布")).Text());
        var scores = town.Town.Store.Scores.Items.Find(s => s.VillageId == xiping).Count();
        var scoresAudited = town.Chat.Audit().Count(a => a.Action == AuditActions.ScoreSet);

        // A quick entry in /score: refused saying why and how a correction is made, back at the village list; nothing stored.
        await town.Chat.Send(examiner, "/score 西坪村");
        await town.Chat.Send(examiner, "8");
        var refused = (await town.Chat.Send(examiner, "50 37.5 10")).Text();
        Assert.Contains("没有保存：考核结果已公示，现场考核评分和党政班子成员评分已锁定", refused);
        Assert.Contains("/reopen", refused);

        // A ballot closed after publishing proposes nothing to store, saying why.
        var ballots = town.Get<BallotBook>();
        var opened = ballots.Open(town.Town.Actor(examiner), period, xiping, 5);
        foreach (var code in opened.NewCodes!) ballots.Vote(code, BallotGrade.Good);
        var closed = (await town.Chat.Send(examiner, "/ballot 西坪村 close")).Text();
        Assert.Contains("已收 5/5", closed);
        Assert.Contains("没有保存：考核结果已公示", closed);
        Assert.Equal(BallotScoreRefusal.Published, town.Get<BallotScores>().Check(period, xiping).Refusal);

        Assert.Equal(scores, town.Town.Store.Scores.Items.Find(s => s.VillageId == xiping).Count());
        Assert.Equal(scoresAudited, town.Chat.Audit().Count(a => a.Action == AuditActions.ScoreSet));

        // After an admin's reopen the ballot's proposal can be stored again.
        await town.Chat.Send(town.Admin, "/reopen 西坪村补录");
        Assert.True(town.Get<BallotScores>().Check(period, xiping).Ok);
    }

    [Fact]
    public async Task AVillageInPublishedResultsIsNotRemovedEvenWithForceUntilAnAdminReopens()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise(leaveUnsealed: "西坪村");
        await town.Chat.Send(town.Town.Office, "发布结果 5");
        Assert.Contains("✓ 已公示", (await town.Chat.Press(town.Town.Office, "仍然发布")).Text());
        var roster = town.Get<VillageRoster>();
        var admin = town.Town.Actor(town.Admin);
        var store = town.Town.Store;
        var (villages, scores, seals, audited) = (store.Setup.Villages.FindAll().Count(), store.Scores.Items.FindAll().Count(),
            store.Scores.Seals.FindAll().Count(), town.Chat.Audit().Count());

        // Refused, not failed halfway: the sheet published unsealed and a sealed one alike; nothing removed or audited.
        foreach (var village in new[] { "西坪村", "新庄村" })
            Assert.Equal(VillageRefusal.Published, roster.Remove(admin, town.Id(village), force: true).Refusal);
        Assert.Equal((villages, scores, seals, audited), (store.Setup.Villages.FindAll().Count(), store.Scores.Items.FindAll().Count(),
            store.Scores.Seals.FindAll().Count(), town.Chat.Audit().Count()));

        // After an admin's reopen the village goes, with its entries.
        await town.Chat.Send(town.Admin, "/reopen 西坪村撤并");
        Assert.True(roster.Remove(admin, town.Id("西坪村"), force: true).Ok);
    }

    [Fact]
    public async Task PublishedResultsTakeNoNewVillageAndNoNewPolicyUntilAnAdminReopens()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise(leaveUnsealed: "西坪村");
        await town.Chat.Send(town.Town.Office, "发布结果 5");
        Assert.Contains("✓ 已公示", (await town.Chat.Press(town.Town.Office, "仍然发布")).Text());
        var (roster, setup) = (town.Get<VillageRoster>(), town.Get<PeriodSetup>());
        var admin = town.Town.Actor(town.Admin);
        var store = town.Town.Store;
        var period = store.ActivePeriod();
        var weighted = period.Policy with { OnsiteWeight = 0.8m, LeaderWeight = 0.2m };
        var (villages, audited) = (store.Setup.Villages.FindAll().Count(), town.Chat.Audit().Count());

        // Either would change the published ranking: a village joining it unscored, other weights for every final score.
        Assert.Equal(VillageRefusal.Published, roster.Add(admin, "新建村").Refusal);
        Assert.Equal(PeriodRefusal.Published, setup.SetPolicy(admin, period.Id, weighted).Refusal);
        Assert.Equal((villages, audited, period.Policy), (store.Setup.Villages.FindAll().Count(), town.Chat.Audit().Count(), store.ActivePeriod().Policy));

        await town.Chat.Send(town.Admin, "/reopen 新村并入");
        Assert.True(roster.Add(admin, "新建村").Ok);
        Assert.True(setup.SetPolicy(admin, period.Id, weighted).Ok);
        Assert.Equal(0.8m, store.ActivePeriod().Policy.OnsiteWeight);
    }
}
