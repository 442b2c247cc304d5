using ChatAppraisal.Ratings;
using ChatAppraisal.Reports;
using ChatAppraisal.Scoring;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;

namespace ChatAppraisal.Tests.Ratings;

public class LeaderRatingParserTests
{
    static readonly ChatAppraisal.Rubrics.Rubric Rubric = Scenario.Rubric;

    static readonly VillageDoc[] Villages =
    [
        new() { Id = 1, Name = "新庄村" },
        new() { Id = 2, Name = "新华村" },
        new() { Id = 3, Name = "庙台村" },
    ];

    static readonly decimal[] Example = [18, 9, 5, 9, 5, 14, 9, 5, 5, 5, 4, 1, 1, 2, 2];

    static RatingParse Parse(string text) => LeaderRatingParser.Parse(text, Rubric, Villages);

    static IReadOnlyList<RatingProblem> Refused(string text)
    {
        var parse = Parse(text);
        Assert.Equal(RatingParseKind.Refused, parse.Kind);
        Assert.Null(parse.Rating);
        return parse.Problems;
    }

    static string Zh(string text) => Texts.Zh.RatingRefused(Rubric, Refused(text));

    const string AliasTable = "顺序、简称和最高分：\n党建 20｜廉政 10｜文明 5｜综治 10｜帮扶 5\n扶贫 15｜农业 10｜社保 5｜民政 5｜安全 5\n财务 4｜林业 1｜电商 1｜劳务 2｜食药 2";

    [Fact]
    public void FifteenNumbersInRubricOrderRateTheVillage()
    {
        var parse = Parse("新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2");

        Assert.Equal(RatingParseKind.Rating, parse.Kind);
        Assert.Equal("新庄村", parse.Rating!.Village);
        Assert.Equal(Example, parse.Rating.Values);
        Assert.Equal(94m, parse.Rating.Total);
    }

    [Fact]
    public void FullWidthDigitsAndMixedSeparatorsAreRead()
    {
        var parse = Parse("新庄村　１８，９、５；９ ４．５,14，9、5;5 5 4 1 1 2 2分");

        Assert.Equal(RatingParseKind.Rating, parse.Kind);
        Assert.Equal([18m, 9m, 5m, 9m, 4.5m, 14m, 9m, 5m, 5m, 5m, 4m, 1m, 1m, 2m, 2m], parse.Rating!.Values);
    }

    [Fact]
    public void UniquePartOfAVillageNameFindsIt() =>
        Assert.Equal("庙台村", Parse("庙台 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2").Rating!.Village);

    [Fact]
    public void NumbersTypedRightAfterTheVillageStillCount() =>
        Assert.Equal(Example, Parse("新庄村18 9 5 9 5 14 9 5 5 5 4 1 1 2 2").Rating!.Values);

    [Fact]
    public void NamedPairsInAnyOrderWithSpacesAndColonsGiveTheSameRating()
    {
        var parse = Parse("新庄村 廉政9 党建18 文明5 综治 9 帮扶:5 扶贫：14 农业9、社保5，民政5；安全５ 财务4 林业1 电商1 劳务2 食药2");

        Assert.Equal(RatingParseKind.Rating, parse.Kind);
        Assert.Equal(Example, parse.Rating!.Values);
    }

    [Fact]
    public void FullCategoryNameWorksLikeItsAlias() =>
        Assert.Equal(Example, Parse("新庄村 党建工作18 廉政9 文明5 综治9 帮扶5 精准扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2").Rating!.Values);

    [Theory]
    [InlineData("你好")]
    [InlineData("收到，谢谢！")]
    [InlineData("新庄村")]
    [InlineData("新庄村 今天的会推迟")]
    [InlineData("明天上午10点开会")]
    [InlineData("")]
    [InlineData("   ")]
    public void PlainChatIsNotARating(string text) => Assert.Equal(RatingParseKind.NotARating, Parse(text).Kind);

    [Fact]
    public void FourteenNumbersAreRefusedNamingTheCountAndTheOrder()
    {
        Assert.Equal([new RatingProblem.WrongCount(14, 15)], Refused("新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2"));
        Assert.Equal("没有保存，请改正后重新发送：\n• 写了 14 个分数，需要 15 个，按下面的顺序。\n" + AliasTable,
            Zh("新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 2"));
    }

    [Fact]
    public void WithTheWrongCountAValueAboveEveryCapIsNamedToo()
    {
        Assert.Equal([new RatingProblem.WrongCount(14, 15), new RatingProblem.AboveEveryCap(25, 20)],
            Refused("新庄村 25 9 5 9 5 14 9 5 5 5 4 1 1 2"));
        Assert.Equal("没有保存，请改正后重新发送：\n• 写了 14 个分数，需要 15 个，按下面的顺序。\n• 25 比每一类的最高分都高（最高 20 分）。\n" + AliasTable,
            Zh("新庄村 25 9 5 9 5 14 9 5 5 5 4 1 1 2"));
        Assert.Equal([new RatingProblem.WrongCount(14, 15), new RatingProblem.BadValue(null, "-3", PointsError.Negative)],
            Refused("新庄村 -3 9 5 9 5 14 9 5 5 5 4 1 1 2"));
    }

    [Fact]
    public void EnglishRefusalGivesTheSameFactsAndTheAliasTable() =>
        Assert.Equal("Nothing saved. Please fix and send again:\n• 14 numbers given, 15 needed, in the order below.\n• \"x\" is not a number.\n" +
            "Order, aliases and caps:\n党建 20 | 廉政 10 | 文明 5 | 综治 10 | 帮扶 5\n扶贫 15 | 农业 10 | 社保 5 | 民政 5 | 安全 5\n财务 4 | 林业 1 | 电商 1 | 劳务 2 | 食药 2",
            Texts.En.RatingRefused(Rubric, Refused("新庄村 18 9 5 9 5 14 9 5 5 5 4 1 1 x")));

    [Fact]
    public void ValueAboveItsCategoryCapNamesCategoryCapAndValue()
    {
        Assert.Equal([new RatingProblem.AboveCap(5, 16m, 15m)], Refused("新庄村 18 9 5 9 5 16 9 5 5 5 4 1 1 2 2"));
        Assert.Equal("没有保存，请改正后重新发送：\n• 精准扶贫（扶贫）最高 15 分，你写了 16。", Zh("新庄村 18 9 5 9 5 16 9 5 5 5 4 1 1 2 2"));
        Assert.Equal("Nothing saved. Please fix and send again:\n• 精准扶贫 (扶贫) allows at most 15, you gave 16.",
            Texts.En.RatingRefused(Rubric, Refused("新庄村 扶贫16 党建18 廉政9 文明5 综治9 帮扶5 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2")));
    }

    [Fact]
    public void NegativeNonNumberAndThreeDecimalsAreEachRefused()
    {
        var problems = Refused("新庄村 -3 9 五 9 5 14 9 5 5 5 4 1 1 2 1.555");

        Assert.Equal(
        [
            new RatingProblem.BadValue(0, "-3", PointsError.Negative),
            new RatingProblem.BadValue(2, "五", PointsError.NotANumber),
            new RatingProblem.BadValue(14, "1.555", PointsError.TooManyDecimals),
        ], problems);
        Assert.Equal("没有保存，请改正后重新发送：\n" +
            "• 党建工作（党建）：分数不能是负数（-3）。\n" +
            "• 精神文明建设（文明）：“五”不是数字。\n" +
            "• 食品药品安全（食药）：最多两位小数（1.555）。",
            Zh("新庄村 -3 9 五 9 5 14 9 5 5 5 4 1 1 2 1.555"));
    }

    [Fact]
    public void WithTheWrongCountBadNumbersAreStillReported() =>
        Assert.Equal([new RatingProblem.WrongCount(3, 15), new RatingProblem.BadValue(null, "x1", PointsError.NotANumber)],
            Refused("新庄村 18 9 x1"));

    [Fact]
    public void UnknownVillageIsRefusedListingTheVillages()
    {
        Assert.Equal("没有保存，请改正后重新发送：\n• 没有叫“东湾村”的村。现有的村：新庄村、新华村、庙台村",
            Zh("东湾村 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2"));
    }

    [Fact]
    public void AmbiguousVillageIsRefusedListingTheCandidates()
    {
        Assert.Equal([new RatingProblem.AmbiguousVillage("新", ["新庄村", "新华村"])], Refused("新 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2"),
            new ProblemComparer());
        Assert.Equal("没有保存，请改正后重新发送：\n• “新”对应多个村：新庄村、新华村。请写全村名。", Zh("新 18 9 5 9 5 14 9 5 5 5 4 1 1 2 2"));
    }

    [Fact]
    public void NumbersWithoutAVillageAskForTheVillageFirst()
    {
        Assert.Equal([new RatingProblem.MissingVillage()], Refused("18 9 5 9 5 14 9 5 5 5 4 1 1 2 2"));
        Assert.Equal([new RatingProblem.MissingVillage()],
            Refused("党建18 廉政9 文明5 综治9 帮扶5 扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2"));
    }

    [Fact]
    public void UnknownAliasIsRefusedListingTheValidOnes()
    {
        var text = "新庄村 党键18 廉政9 文明5 综治9 帮扶5 扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2";

        Assert.Equal([new RatingProblem.UnknownAlias("党键"), new RatingProblem.MissingCategories([0])], Refused(text), new ProblemComparer());
        Assert.Equal("没有保存，请改正后重新发送：\n• 不认识“党键”，请用下面的简称。\n• 还缺 1 类：党建。每类都要打分。\n" + AliasTable, Zh(text));
    }

    [Fact]
    public void CategoryNamedTwiceIsRefused()
    {
        var text = "新庄村 党建18 党建17 廉政9 文明5 综治9 帮扶5 扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1 劳务2 食药2";

        Assert.Equal([new RatingProblem.NamedTwice(0)], Refused(text));
        Assert.Equal("没有保存，请改正后重新发送：\n• 党建工作（党建）写了两次。", Zh(text));
    }

    [Fact]
    public void NamedFormWithoutSomeCategoriesListsThem()
    {
        var text = "新庄村 党建18 廉政9 文明5 综治9 帮扶5 扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1";

        Assert.Equal([new RatingProblem.MissingCategories([13, 14])], Refused(text), new ProblemComparer());
        Assert.StartsWith("没有保存，请改正后重新发送：\n• 还缺 2 类：劳务、食药。每类都要打分。\n顺序、简称和最高分：", Zh(text));
    }

    [Fact]
    public void AliasWithoutANumberAndNumbersWithoutAnAliasAreRefused()
    {
        var text = "新庄村 党建 廉政9 文明5 综治9 帮扶5 扶贫14 农业9 社保5 民政5 安全5 财务4 林业1 电商1 2 2";

        Assert.Equal([new RatingProblem.UnnamedValues(["2", "2"]), new RatingProblem.MissingValue(0), new RatingProblem.MissingCategories([13, 14])],
            Refused(text), new ProblemComparer());
        Assert.Contains("• 2、2 前面没有简称。要么按顺序写 15 个分数，要么每个分数前都写简称。", Zh(text));
        Assert.Contains("• 党建工作（党建）后面没有分数。", Zh(text));
    }

    [Fact]
    public void EveryProblemIsReportedTogether()
    {
        var problems = Refused("东湾村 25 9 5 9 5 14 9 5 5 5 4 1 1 2 abc");

        Assert.Equal(3, problems.Count);
        Assert.IsType<RatingProblem.UnknownVillage>(problems[0]);
        Assert.Equal(new RatingProblem.AboveCap(0, 25m, 20m), problems[1]);
        Assert.Equal(new RatingProblem.BadValue(14, "abc", PointsError.NotANumber), problems[2]);
    }

    /// <summary>Records holding lists compare them by reference; compare their texts instead.</summary>
    sealed class ProblemComparer : IEqualityComparer<RatingProblem>
    {
        public bool Equals(RatingProblem? x, RatingProblem? y) => Describe(x) == Describe(y);
        public int GetHashCode(RatingProblem obj) => Describe(obj).GetHashCode();

        static string Describe(RatingProblem? p) => p switch
        {
            RatingProblem.AmbiguousVillage a => $"ambiguous {a.Typed}: {string.Join(",", a.Candidates)}",
            RatingProblem.UnknownVillage u => $"unknown village {u.Typed}: {string.Join(",", u.Known)}",
            RatingProblem.MissingCategories m => $"missing {string.Join(",", m.Categories)}",
            RatingProblem.UnnamedValues u => $"unnamed {string.Join(",", u.Values)}",
            _ => p?.ToString() ?? "",
        };
    }
}
