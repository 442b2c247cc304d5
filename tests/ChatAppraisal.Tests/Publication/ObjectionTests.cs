using ChatAppraisal.Appraisal;
using ChatAppraisal.Publication;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Evidence;

namespace ChatAppraisal.Tests.Publication;

/// <summary>申诉 within the window: upheld (rescored, audited, resealed, told), rejected (told), late (refused), then final.</summary>
public class ObjectionTests
{
    [Fact]
    public async Task AnUpheldObjectionRescoresTheItemThroughAnAuditedReopenSealsAgainAndTellsTheVillage()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise();
        var office = town.Town.Office;
        Assert.Contains("✓ 已公示", (await town.Chat.Send(office, "/publish 5")).Text());
        var sealedBefore = town.Get<Sheets>().Load(town.Chat.Period, town.Id("上庄村"))!.Seal!;

        town.Town.At(16, 9);
        var made = (await town.Chat.Send(town.Wang, "申诉 做合格党员 会议记录已补交")).Text();
        Assert.Contains("✓ 已提交申诉 #1：上庄村 · 做合格党员（现 10 分）：会议记录已补交", made);
        Assert.Contains("📎 已附上证据“photo-1.jpg”（共 1 份）", (await town.Chat.SendFile(town.Wang, EvidenceFiles.Photo())).Text());
        Assert.Contains("申诉 #1 已提交（证据 1 份）", (await town.Chat.Press(town.Wang, "完成")).Text());
        await town.Channel.WaitForAsync(c => c.TextsTo(office.UserId).Any(t => t.Contains("📮 新申诉 #1")), "the office's notice");

        var list = (await town.Chat.Send(office, "/objections")).Text();
        Assert.Contains("#1 上庄村 · 做合格党员（现 10 分，满分 13）：会议记录已补交（王书记，", list);
        Assert.Contains("证据 1 份", list);
        Assert.Contains("没有保存：分数超出范围", (await town.Chat.Send(office, "/objections 1 采纳 14")).Text()); // above the maximum
        Assert.Equal(10m, town.Chat.Score(0, 2, "上庄村"));
        var decided = (await town.Chat.Send(office, "/objections 1 采纳 13")).Text();
        Assert.Contains("申诉 #1（上庄村 · 做合格党员）已采纳，改为 13 分", decided);

        // Score changed, audited in order, the sheet sealed again with a valid fingerprint.
        Assert.Equal(13m, town.Chat.Score(0, 2, "上庄村"));
        var trail = town.Chat.Audit().Where(a => a.VillageId == town.Id("上庄村") && a.At >= new DateTime(2018, 1, 16, 1, 0, 0, DateTimeKind.Utc)).ToList();
        Assert.Equal([AuditActions.ObjectionMade, AuditActions.ObjectionEvidence, AuditActions.SheetUnsealed, AuditActions.ScoreSet, AuditActions.SheetSealed, AuditActions.ObjectionUpheld],
            trail.Select(a => a.Action));
        Assert.StartsWith("reason: objection #1 upheld: 会议记录已补交", trail[2].Detail);
        // Rescored to full marks, the deduction's reason no longer applies: it is dropped, and the entry says so.
        Assert.Equal((10m, 13m, "objection #1; reason removed: 会议记录缺两次"), (trail[3].Old!.Value, trail[3].New!.Value, trail[3].Detail));
        Assert.Null(town.Town.Store.Scores.Items.Find(x => x.VillageId == town.Id("上庄村")).Single(x => x.Category == 0 && x.Item == 2).Reason);
        var seal = town.Get<Sheets>().Load(town.Chat.Period, town.Id("上庄村"))!.Seal!;
        Assert.True(seal.Valid);
        Assert.NotEqual(sealedBefore.Fingerprint, seal.Fingerprint);
        await town.Channel.WaitForAsync(c => c.TextsTo("wang").Any(t => t.Contains("已采纳")), "the village's answer");
        Assert.Contains("✓ 申诉 #1（上庄村 · 做合格党员）已采纳：得分由 10 分 改为 13 分，评分表已重新签字密封。", town.Channel.TextsTo("wang"));
        Assert.Empty(town.Get<Objections>().OfPeriod(town.Chat.Period.Id, openOnly: true));
    }

    [Fact]
    public async Task ARejectedObjectionIsToldALateOneRefusedAndAfterTheWindowTheResultsAreFinal()
    {
        await using var town = new PublicationTown();
        await town.StartAsync();
        town.Appraise();
        var office = town.Town.Office;
        await town.Chat.Send(office, "/publish 5");

        town.Town.At(19, 16); // Friday
        Assert.Contains("#1", (await town.Chat.Send(town.Wang, "/object 户内资料 资料已补齐")).Text());
        await town.Chat.Press(town.Wang, "完成");
        Assert.Contains("驳回 理由", (await town.Chat.Send(office, "/objections 1 驳回")).Text()); // a rejection needs its reason
        Assert.Contains("已驳回：台账仍缺三户", (await town.Chat.Send(office, "/objections 1 驳回 台账仍缺三户")).Text());
        await town.Channel.WaitForAsync(c => c.TextsTo("wang").Any(t => t.Contains("已驳回")), "the village's answer");
        Assert.Contains("申诉 #1（上庄村 · 户内资料）已驳回，理由：台账仍缺三户", town.Channel.TextsTo("wang"));
        Assert.Contains(town.Chat.Scores("上庄村"), s => s.Value == 24);
        Assert.Contains(town.Chat.Audit(), a => a.Action == AuditActions.ObjectionRejected && a.Detail == "objection #1: 台账仍缺三户");

        // One more made on the last day stays open past the window: not final until it is answered.
        town.Town.At(22, 23, 30);
        Assert.Contains("#2", (await town.Chat.Send(town.Wang, "/object 做合格党员 会议记录已补交")).Text());
        await town.Chat.Press(town.Wang, "完成");
        town.Town.At(23, 0, 1); // Tuesday: the window is over
        Assert.Contains("没有提交申诉。公示期已在 2018年1月22日（一） 结束", (await town.Chat.Send(town.Wang, "/object 做合格党员 另一个理由")).Text());
        Assert.Equal(2, town.Get<Objections>().OfPeriod(town.Chat.Period.Id, openOnly: false).Count);
        Assert.Empty(town.Get<Publications>().FinalizeDue());
        Assert.False(town.Get<Publications>().Find(town.Chat.Period.Id)!.Final);

        await town.Chat.Send(office, "/objections 2 驳回 补交超过期限");
        var publication = town.Get<Publications>().Find(town.Chat.Period.Id)!;
        Assert.True(publication.Final);
        Assert.Contains(town.Chat.Audit(), a => a.Action == AuditActions.ResultsFinal);
        Assert.Contains("考核结果已确定", (await town.Chat.Send(office, "/publish")).Text());
        Assert.Contains("考核结果已确定，不再受理申诉", (await town.Chat.Send(town.Wang, "/object 做合格党员 还有理由")).Text());
        Assert.Contains("已锁定", (await town.Chat.Send(town.Town.Leader, "新庄村 20 10 5 10 5 15 10 5 5 5 4 1 1 2 2")).Text()
                               + (await town.Chat.Send(town.Town.Leader, "确认")).Text());
        // Only an admin's reopen with a reason changes it now.
        Assert.Contains("已重新打开", (await town.Chat.Send(town.Admin, "/reopen 上级要求复核")).Text());
        Assert.Null(town.Get<VillageResults>().Published(town.Chat.Period.Id));
    }
}
