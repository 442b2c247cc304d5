using ChatAppraisal.Rubrics;
using ChatAppraisal.Rubrics.Import;

namespace ChatAppraisal.Tests.Rubrics.Import;

/// <summary>Every import problem and every new rubric fault is said in Chinese and in English, never as a bare code.</summary>
public class ImportProblemTextTests
{
    [Fact]
    public void EveryImportFaultHasAChineseAndAnEnglishSentence()
    {
        foreach (var fault in Enum.GetValues<ImportFault>())
        {
            var problem = new ImportProblem(3, "text", fault, 10m, 12m, "党建工作",
                new RubricProblem(RubricFault.LeaderCapsSum, RubricPlace.Whole, 90m));
            var (zh, en) = (Texts.Zh.ImportProblemText(problem), Texts.En.ImportProblemText(problem));
            Assert.NotEqual(fault.ToString(), zh);
            Assert.NotEqual(fault.ToString(), en);
            Assert.NotEqual(zh, en);
            Assert.Matches(@"\p{IsCJKUnifiedIdeographs}", zh);
        }
    }

    [Fact]
    public void TheNewRubricFaultsAreSaidInBothLanguagesWithTheirPlace()
    {
        var nested = RubricPlace.OfCategory(0, "党建工作").OfItem(1, "组织建设").OfItem(2, "三会一课");
        Assert.Equal("第1类（党建工作）第2.3项（三会一课）：折合分值必须大于 0，现为 0。",
            Texts.Zh.RubricProblemText(new RubricProblem(RubricFault.ScaleToNotPositive, nested, 0m)));
        Assert.Equal("Category 1 (党建工作), item 2.3 (三会一课): scaleTo must be greater than 0, is 0.",
            new RubricProblem(RubricFault.ScaleToNotPositive, nested, 0m).ToString());
        var bonus = RubricPlace.OfSection(RubricSection.Bonus, 0) with { ItemName = "县级表彰" };
        Assert.Equal("加分项目第1条（县级表彰）：分值必须大于 0，现为 0。", Texts.Zh.RubricProblemText(new RubricProblem(RubricFault.PointsNotPositive, bonus, 0m)));
        foreach (var fault in new[] { RubricFault.ScaleToTooLarge, RubricFault.CapNegative, RubricFault.ConsequenceUnknown, RubricFault.GradeBasisUnknown,
                     RubricFault.GradeCountNotPositive, RubricFault.GradeRestTwice, RubricFault.GradeLinesNotDescending, RubricFault.GradeLineMissing, RubricFault.NoLines })
        {
            var problem = new RubricProblem(fault, RubricPlace.OfSection(RubricSection.Grades, 1) with { ItemName = "优秀" }, 1m, "x");
            Assert.DoesNotContain(fault.ToString(), Texts.Zh.RubricProblemText(problem));
            Assert.DoesNotContain(fault.ToString(), problem.ToString());
        }
    }

    [Fact]
    public void ANestedRubricIsValidatedAtEveryDepthAndRoundTripsThroughJson()
    {
        var rubric = new Rubric("t", [new Category("党建", "g", "党建", 10, 0, [new Item("组织", 10) { Items = [new Item("会议", 0), new Item("会议", 5)] }]) { ScaleTo = -1 }])
        {
            Veto = [new Veto("", VetoConsequence.Last)],
            Grades = new Grades(GradeBasis.Rank, [new Grade("优秀"), new Grade("一般")]),
            Bonus = new Side(-1, []),
        };
        var faults = RubricValidator.Problems(rubric).Select(p => (p.Fault, p.Place.ItemNumber)).ToList();
        Assert.Contains((RubricFault.MaxNotPositive, "1.1"), faults);
        Assert.Contains((RubricFault.NameUsedTwice, "1.2"), faults);
        Assert.Contains((RubricFault.ScaleToNotPositive, ""), faults);
        Assert.Contains((RubricFault.NameEmpty, ""), faults);
        Assert.Contains((RubricFault.GradeRestTwice, ""), faults);
        Assert.Contains((RubricFault.CapNegative, ""), faults);
        Assert.Contains((RubricFault.NoLines, ""), faults);

        var valid = rubric with
        {
            Categories = [new Category("党建", "g", "党建", 10, 0, [new Item("组织", 10) { Items = [new Item("会议", 5) { Criteria = "每缺一次扣1分" }, new Item("学习", 5) { Department = "组织办" }] }]) { ScaleTo = 5 }],
            Veto = [new Veto("重大事故", VetoConsequence.Last)],
            Grades = new Grades(GradeBasis.Rank, [new Grade("优秀", 2), new Grade("一般")]),
            Bonus = new Side(10, [new SideLine("县级表彰", 2, true)]),
        };
        Assert.Empty(RubricValidator.Problems(valid));
        Assert.Equal(valid, RubricJson.Parse(RubricJson.Write(valid)));
        Assert.Contains("\"scaleTo\":5", RubricJson.Write(valid));
        Assert.Equal(5m, valid.MaxTotal);
    }
}
