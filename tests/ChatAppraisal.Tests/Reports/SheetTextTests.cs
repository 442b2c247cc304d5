using ChatAppraisal.Appraisal;
using ChatAppraisal.Reports;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;
using static ChatAppraisal.Tests.Reports.ReportScenario;

namespace ChatAppraisal.Tests.Reports;

public class SheetTextTests
{
    const string WorkedExampleCategories =
        """
        97.5/100  党建工作
         100/100  党风廉政建设
         100/100  精神文明建设
         100/100  社会治安综合治理(平安建设)（封顶，合计 104）
         100/100  精准扶贫帮扶工作
          94/100  精准扶贫
         100/100  农业经济
         100/100  社会保险
         100/100  民政工作
         100/100  安全生产
         100/100  村级财务
         100/100  林业管理
         100/100  电子商务
         100/100  劳务输转
         100/100  食品药品安全
        现场考核合计 1491.5 分（满分 1500）
        已评 117/117 项
        未评分项：无
        """;

    static (ReportScenario Scenario, Sheets Sheets, Actor GroupLeader) Sealed(TempDatabase db)
    {
        var s = new ReportScenario(db);
        var groupLeader = Actor(db.Members.Add("张晓岩", [Role.GroupLeader]));
        var sheets = new Sheets(db.Store, db.Clock);
        s.Enter(s.XinZhuang, Scenario.WorkedExampleItems());
        Assert.Equal(SealRefusal.None, sheets.Seal(groupLeader, s.Period, s.XinZhuang.Id));
        return (s, sheets, groupLeader);
    }

    [Fact]
    public void SealedSheetShowsCategoryScoresTheCapAndAValidFingerprint()
    {
        using var db = new TempDatabase();
        var (s, sheets, _) = Sealed(db);
        var sheet = sheets.Load(s.Period, s.XinZhuang.Id)!;

        Assert.Equal(
            "新庄村 评分表（2017年度）\n" + WorkedExampleCategories.ReplaceLineEndings("\n") + "\n" +
            $"已签字密封：张晓岩，2018-01-15 09:00\n指纹有效 sha256:{Sheets.Fingerprint(sheet)[..16]}…",
            Plain(Texts.Zh.Sheet(sheet)));
    }

    [Fact]
    public void SheetChangedAfterSealingIsReportedLoudlyAtTheTopAndBottom()
    {
        using var db = new TempDatabase();
        var (s, sheets, _) = Sealed(db);
        var fingerprint = sheets.Load(s.Period, s.XinZhuang.Id)!.Seal!.Fingerprint;
        var doc = db.Store.Scores.Items.FindById(ItemScoreDoc.Key(s.Period.Id, s.XinZhuang.Id, 0, 0))!;
        doc.Value = 1m;
        db.Store.Scores.Items.Update(doc);   // a direct edit of the file, bypassing the score book

        var sheet = sheets.Load(s.Period, s.XinZhuang.Id)!;
        var zh = Plain(Texts.Zh.Sheet(sheet));
        var en = Texts.En.Sheet(sheet);

        Assert.StartsWith("‼️ 警告：指纹不符，签字密封后评分表被改动过！\n新庄村 评分表（2017年度）\n79.5/100  党建工作\n", zh);
        Assert.EndsWith($"已签字密封：张晓岩，2018-01-15 09:00\n‼️ 指纹不符：现在的内容和签字密封时（sha256:{fingerprint[..16]}…）不一样。请立即核查，并告知管理员。", zh);
        Assert.StartsWith("‼️ WARNING: FINGERPRINT INVALID", en);
        Assert.Contains("‼️ FINGERPRINT INVALID: the content no longer matches the seal", en);
    }

    [Fact]
    public void UnsealedSheetSaysSo()
    {
        using var db = new TempDatabase();
        var s = new ReportScenario(db);
        s.Enter(s.XinZhuang, Scenario.WorkedExampleItems());

        Assert.EndsWith("未评分项：无\n未签字密封。", Texts.Zh.Sheet(new Sheets(db.Store, db.Clock).Load(s.Period, s.XinZhuang.Id)!));
    }

    /// <summary>庙台村: full marks except 户内资料 and 信访 of 精准扶贫 (65/100) and all 17 items of 劳务输转 → 1365, 98/117.</summary>
    static Sheet Incomplete(TempDatabase db)
    {
        var s = new ReportScenario(db);
        var items = Scenario.FullMarks();
        items.Remove((Scenario.FuPin, 3));
        items.Remove((Scenario.FuPin, 5));
        foreach (var key in items.Keys.Where(k => k.Item1 == 13).ToList()) items.Remove(key);
        s.Enter(s.MiaoTai, items);
        return new Sheets(db.Store, db.Clock).Load(s.Period, s.MiaoTai.Id)!;
    }

    [Fact]
    public void SignSummaryListsScoresMissingItemsAndTheRubricWarnings()
    {
        using var db = new TempDatabase();

        Assert.Equal(
            """
            签字密封：庙台村（2017年度）
            100/100  党建工作（封顶，合计 100.5）
            100/100  党风廉政建设
            100/100  精神文明建设
            100/100  社会治安综合治理(平安建设)（封顶，合计 104）
            100/100  精准扶贫帮扶工作
             65/100  精准扶贫（已评 4/6 项）
            100/100  农业经济
            100/100  社会保险
            100/100  民政工作
            100/100  安全生产
            100/100  村级财务
            100/100  林业管理
            100/100  电子商务
              0/100  劳务输转（已评 0/17 项）
            100/100  食品药品安全
            现场考核合计 1365 分（满分 1500）
            已评 98/117 项
            未评分项（19 项）：
            精准扶贫：户内资料、信访
            劳务输转：全部 17 项
            提示：
            党建工作 各项满分合计 100.5，超过 100 按 100 计。
            社会治安综合治理(平安建设) 各项满分合计 104，超过 100 按 100 计。
            签字密封后评分表不能再修改；撤销签字密封需管理员说明理由。
            """.ReplaceLineEndings("\n"),
            Plain(Texts.Zh.SignSummary(Incomplete(db))));
    }

    [Fact]
    public void SecondConfirmationNamesHowManyItemsAreMissing()
    {
        using var db = new TempDatabase();
        var sheet = Incomplete(db);

        Assert.Equal("庙台村还有 19 项未评分，未评的项按 0 分计，签字密封后不能再补录。\n确定仍要签字密封吗？", Texts.Zh.SignSecondConfirmation(sheet));
        Assert.Equal("庙台村 still has 19 unscored items; they count as 0 and cannot be added once it is signed and sealed.\nSign and seal anyway?",
            Texts.En.SignSecondConfirmation(sheet));
        Assert.Contains("党建工作 items sum to 100.5, capped at 100.", Texts.En.SignSummary(sheet));
        Assert.Equal(["仍然签字密封", "取消"], [Texts.Zh.SignAnyway, Texts.Zh.Cancel]);
    }

    [Fact]
    public void AfterSealingTheChangeOfAScoreIsRefusedNamingWhoSealedAndWhen()
    {
        using var db = new TempDatabase();
        var (s, sheets, groupLeader) = Sealed(db);
        var sheet = sheets.Load(s.Period, s.XinZhuang.Id)!;

        var outcome = db.ScoreBook.SetItem(s.Examiner, s.Period, s.XinZhuang.Id, 0, 0, 10m);

        Assert.Equal(
            $"已签字密封：新庄村\n签字人：张晓岩，2018-01-15 09:00\n现场考核合计 1491.5 分，已评 117/117 项\n指纹 sha256:{sheet.Seal!.Fingerprint[..16]}…",
            Texts.Zh.SheetSealed(sheet));
        Assert.Equal("没有保存：新庄村的评分表已由张晓岩于 2018-01-15 09:00 签字密封，不能再修改。需要更正请找管理员撤销签字密封。",
            Texts.Zh.ScoreRefused(outcome, "新庄村"));
        Assert.Equal("新庄村的评分表已由张晓岩于 2018-01-15 09:00 签字密封。",
            Texts.Zh.SealRefused(sheets.Seal(groupLeader, s.Period, s.XinZhuang.Id), "新庄村", sheet.Seal));
    }

    [Fact]
    public void VillageTypedForASheetThatMatchesNoneOrSeveralIsExplained()
    {
        using var db = new TempDatabase();
        db.AddVillage("新庄村");
        db.AddVillage("新华村");
        var villages = db.Store.Setup.Villages.FindAll().ToList();
        var names = villages.Select(v => v.Name).ToList();

        Assert.Equal("“新”对应多个村：新庄村、新华村。请写全村名。",
            Texts.Zh.VillageNotFound(NameMatch.Find(villages, v => v.Name, "新"), "新", names));
        Assert.Equal("没有叫“东湾”的村。现有的村：新庄村、新华村",
            Texts.Zh.VillageNotFound(NameMatch.Find(villages, v => v.Name, "东湾"), "东湾", names));
    }
}
