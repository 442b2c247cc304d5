using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Tests.Rubrics.Import;

/// <summary>Plans of other shapes than the seed's, each read as intended, with its problems named by line.</summary>
public class PlanShapesImportTests
{
    const string FourLevels = """
        某某镇2024年度村级综合考核办法
        一、党建工作（40分）
        （一）组织建设（20分）
        1. 三会一课（10分）
        （1）支部委员会（5分）每月一次，每缺一次扣1分。
        （2）党员大会（5分）每季度一次。
        2. 党员管理（10分）
        负责考核部门：组织办
        （二）党风廉政（20分）
        1. 廉政教育（8分）
        2. 监督执纪（12分）
        二、经济发展（100分，总分按折合30分计算）
        （一）集体经济（60分）
        （二）产业发展（40分）
        三、社会事业（30分）：教育（10分），卫生（10分），文化（10分）。
        """;

    [Fact]
    public void GradesNamingSingleRanksCountThemOneByOneAndPartyBuildingIsShortenedAs党建()
    {
        var result = RubricImporter.FromText("""
            一、党的建设（60分）
            1. 组织建设（60分）
            二、经济发展（40分）
            1. 集体收入（40分）
            三、考核等次
            第1名为优秀，第2、3名为良好，第4名为一般，其余为较差。
            """);
        Assert.Equal(new Grades(GradeBasis.Rank, [new Grade("优秀", 1), new Grade("良好", 2), new Grade("一般", 1), new Grade("较差")]), result.Rubric.Grades);
        Assert.Equal(["党建", "经济"], result.Rubric.Categories.Select(c => c.Alias));
        Assert.DoesNotContain(result.Problems, p => p.Fault == ImportFault.GradeUnread);
    }

    [Fact]
    public void FourLevelsAreReadAsATreeWithCriteriaDepartmentAndAScaledBlock()
    {
        var result = RubricImporter.FromText(FourLevels);
        var r = result.Rubric;

        Assert.Equal("某某镇2024年度村级综合", r.Title);
        Assert.Equal(["党建工作", "经济发展", "社会事业"], r.Categories.Select(c => c.Name));
        var party = r.Categories[0];
        Assert.Equal(40m, party.Max);
        var organisation = party.Items[0];
        Assert.Equal(("组织建设", 20m), (organisation.Name, organisation.Max));
        var meetings = organisation.Items[0];
        Assert.Equal(["支部委员会", "党员大会"], meetings.Items.Select(i => i.Name));
        Assert.Equal("每月一次，每缺一次扣1分。", meetings.Items[0].Criteria);
        Assert.Equal("组织办", organisation.Items[1].Department);
        Assert.Equal(["支部委员会", "党员大会", "党员管理", "廉政教育", "监督执纪"], party.Leaves.Select(i => i.Name));
        Assert.Equal((100m, 30m), (r.Categories[1].Max, r.Categories[1].ScaleTo));
        Assert.Equal(["教育", "卫生", "文化"], r.Categories[2].Items.Select(i => i.Name));
        Assert.Equal(100m, r.MaxTotal);

        // No leadership part: no caps, and the leaders weigh nothing.
        Assert.All(r.Categories, c => Assert.Equal(0m, c.LeaderCap));
        Assert.Equal(new FinalFormula(1, 0), result.Policy);
        Assert.Empty(result.Problems);
        Assert.Empty(RubricValidator.Problems(r));
    }

    [Fact]
    public void TheTreeIsScoredLevelByLevelThenScaled()
    {
        var r = RubricImporter.FromText(FourLevels).Rubric;
        // Every leaf at its maximum except 支部委员会 = 3; 经济发展 full (100 → counted 30).
        var scores = new Dictionary<(int, int), decimal>();
        foreach (var (c, i) in r.ItemKeys()) scores[(c, i)] = r.Categories[c].Leaves[i].Max;
        scores[(0, 0)] = 3;
        scores[(1, 0)] = 45; // 集体经济 45 of 60: 85 of 100 → 25.5 of 30
        var result = ScoringEngine.Score(r, ScoringPolicy.Default with { OnsiteWeight = 1, LeaderWeight = 0 },
            new VillageInput(1, "新庄村", scores, []), 0);

        Assert.Equal([38m, 25.5m, 30m], result.Categories.Select(c => c.Score));
        Assert.Equal(93.5m, result.Onsite);
        Assert.Equal(935m, result.Final);
        Assert.False(result.Categories[1].Capped);
    }

    const string PointsColumn = "某镇村级考核细则\n"
        + "一、考核内容\n"
        + "考核项目\t考核指标\t分值\t评分标准\t考核部门\n"
        + "基层党建\t组织生活\t10\t每缺一次扣1分\t组织办\n"
        + "\t党员教育\t10\t未开展不得分\t组织办\n"
        + "乡村振兴（30分）\t产业发展\t15\t\t农业办\n"
        + "\t人居环境\t15\t\t农业办\n"
        + "二、加分项目（加分最多不超过10分）\n"
        + "1. 获得县级表彰的，每项加2分。\n"
        + "2. 获得市级以上表彰的，每项加5分。\n"
        + "三、扣分项目（扣分上限20分）\n"
        + "1. 发生安全生产事故的，每起扣5分。\n"
        + "2. 被县级通报批评的，每次扣3分。\n"
        + "四、一票否决\n"
        + "1. 发生重大安全事故的，实行一票否决，不得评为优秀。\n"
        + "2. 发生严重违纪违法案件的，实行一票否决，排名列最后。\n"
        + "五、考核等次\n"
        + "得分90分以上为优秀，80分至89分为良好，60分至79分为一般，60分以下为较差。\n";

    [Fact]
    public void APointsColumnWithBareNumbersAndMergedCellsIsReadAsATable()
    {
        var result = RubricImporter.FromText(PointsColumn);
        var r = result.Rubric;

        Assert.Equal(["基层党建", "乡村振兴"], r.Categories.Select(c => c.Name));
        Assert.Equal(["组织生活", "党员教育"], r.Categories[0].Items.Select(i => i.Name));
        Assert.Equal([10m, 10m], r.Categories[0].Items.Select(i => i.Max));
        Assert.Equal("每缺一次扣1分", r.Categories[0].Items[0].Criteria);
        Assert.Equal("农业办", r.Categories[1].Items[1].Department);
        Assert.Equal(30m, r.Categories[1].Max);
        Assert.Equal("考核内容", r.Categories[0].Group);
        // 基层党建 gives no points of its own: counted as its items' sum, and said so on its row.
        Assert.Equal(20m, r.Categories[0].Max);
        Assert.Contains(result.Problems, p => p is { Fault: ImportFault.BlockWithoutPoints, Line: 4, Detail: "基层党建", Value: 20m });
    }

    [Fact]
    public void ABonusAndADeductionSideAreReadWithTheirCapsAndPerEventRules()
    {
        var r = RubricImporter.FromText(PointsColumn).Rubric;

        Assert.Equal(new Side(10m, [new SideLine("获得县级表彰", 2m, true), new SideLine("获得市级以上表彰", 5m, true)]),
            r.Bonus! with { Lines = r.Bonus!.Lines.Select(l => l with { Criteria = null }).ToList() });
        Assert.Equal(20m, r.Deductions!.Cap);
        Assert.Equal([("发生安全生产事故", 5m, true), ("被县级通报批评", 3m, true)], r.Deductions.Lines.Select(l => (l.Name, l.Points, l.PerEvent)));
        Assert.Equal("发生安全生产事故的，每起扣5分。", r.Deductions.Lines[0].Criteria);
    }

    [Fact]
    public void VetoesAreReadWithTheirConsequences()
    {
        var r = RubricImporter.FromText(PointsColumn).Rubric;

        Assert.Equal([new Veto("发生重大安全事故", VetoConsequence.NotExcellent), new Veto("发生严重违纪违法案件", VetoConsequence.Last)], r.Veto);
    }

    [Fact]
    public void GradesByScoreLinesAreRead()
    {
        var result = RubricImporter.FromText(PointsColumn);

        Assert.Equal(new Grades(GradeBasis.Score, [new Grade("优秀", MinScore: 90), new Grade("良好", MinScore: 80), new Grade("一般", MinScore: 60), new Grade("较差")]),
            result.Rubric.Grades);
        Assert.Empty(RubricValidator.Problems(result.Rubric));
        Assert.Equal(RubricJson.Write(result.Rubric), RubricJson.Write(RubricJson.Parse(RubricJson.Write(result.Rubric))));
    }

    const string TwoParts = """
        一、考核内容
        （一）现场考核（100分）
        1. 党的建设（50分）：组织建设（20分），党员管理（20分）。
        2. 经济发展（50分）：产业（30分），就业（25）。
        3. 社会治理：矛盾调处（10分），信访（10分）。
        （二）领导班子评分（100分）
        党的建设（60分），经济发展（30分），民生保障（10分）。
        二、计分方法
        最终得分=现场考核得分×80%+领导班子评分×20%。
        三、等次评定
        前2名为优秀，第3至5名为良好，其余为一般，最后1名为较差。
        """;

    [Fact]
    public void SumsThatDoNotAddUpABlockWithoutPointsAndPointsWithoutFenAreNamedByLine()
    {
        var result = RubricImporter.FromText(TwoParts);
        var problems = result.Problems;

        Assert.Contains(problems, p => p is { Fault: ImportFault.ChildrenDoNotAddUp, Line: 3, Detail: "党的建设", Value: 40m, Expected: 50m });
        Assert.Contains(problems, p => p is { Fault: ImportFault.ChildrenDoNotAddUp, Line: 4, Detail: "经济发展", Value: 55m, Expected: 50m });
        Assert.Contains(problems, p => p is { Fault: ImportFault.PointsWithoutFen, Line: 4, Detail: "就业", Value: 25m });
        Assert.Contains(problems, p => p is { Fault: ImportFault.BlockWithoutPoints, Line: 5, Detail: "社会治理", Value: 20m });
        Assert.Contains(problems, p => p is { Fault: ImportFault.LeaderCapUnmatched, Line: 7, Detail: "民生保障", Value: 10m });
        Assert.Contains(problems, p => p is { Fault: ImportFault.LeaderCapMissing, Detail: "社会治理" });
        var first = problems.First(p => p.Fault == ImportFault.ChildrenDoNotAddUp);
        Assert.Equal("“党的建设”写的是 50 分，下面各项合计 40 分；按原文保留，得分不超过 50 分。", Texts.Zh.ImportProblemText(first));
        Assert.Equal("'党的建设' says 50 points and its items add up to 40; kept as written, its score is capped at 50.", first.ToString());
    }

    [Fact]
    public void TheLeadershipPartTheFormulasWeightsAndGradesByRankAreRead()
    {
        var result = RubricImporter.FromText(TwoParts);
        var r = result.Rubric;

        Assert.Equal(["党的建设", "经济发展", "社会治理"], r.Categories.Select(c => c.Name));
        Assert.Equal([60m, 30m, 0m], r.Categories.Select(c => c.LeaderCap));
        Assert.All(r.Categories, c => Assert.Equal("现场考核", c.Group));
        Assert.Equal(new FinalFormula(0.8m, 0.2m), result.Policy);
        Assert.Equal(new Grades(GradeBasis.Rank, [new Grade("优秀", 2), new Grade("良好", 3), new Grade("一般"), new Grade("较差", 1)]), r.Grades);
        // The caps sum to 90: the rubric rule is named too, so nothing half-read is saved.
        Assert.Contains(result.Problems, p => p.Fault == ImportFault.RubricRule && p.Rubric!.Fault == RubricFault.LeaderCapsSum);
    }

    [Fact]
    public void TextWithNothingScoredSaysWhatTheImporterLooksFor()
    {
        var result = RubricImporter.FromText("会议通知\n请各村于明日上午九点到镇政府开会。");

        Assert.Empty(result.Rubric.Categories);
        var problem = Assert.Single(result.Problems);
        Assert.Equal(ImportFault.NoCategories, problem.Fault);
        Assert.Contains("一、 (一) 1. (1)", problem.ToString());
    }
}
