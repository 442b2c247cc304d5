using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Support;
using FsCheck;
using FsCheck.Fluent;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>
/// Generators of leaders' rating messages (<c>新庄村 18 9 5 …</c> and <c>新庄村 党建18 廉政9 …</c>), right and wrong,
/// shared by the parser's properties and the engine's.
/// </summary>
public static class RatingMessages
{
    /// <summary>A correct rating of <paramref name="village"/>: 15 values within the caps, plain or named, any accepted separators.</summary>
    public static Gen<(string Text, decimal[] Values)> Valid(Rubric rubric, string village) =>
        from values in Gen.CollectToArray(rubric.Categories.Select(c => FuzzText.ValidScore(c.LeaderCap)))
        from text in Write(rubric, village, values.Select(v => v.Typed).ToArray())
        select (text, values.Select(v => v.Value).ToArray());

    /// <summary>A rating with one value wrong (above its cap, negative, 3 decimals, not a number) or the wrong count.</summary>
    public static Gen<string> Invalid(Rubric rubric, string village)
    {
        var count = rubric.Categories.Count;
        var oneWrong =
            from values in Gen.CollectToArray(rubric.Categories.Select(c => FuzzText.ValidScore(c.LeaderCap).Select(v => v.Typed)))
            from wrong in Gen.Choose(0, count - 1)
            from bad in FuzzText.InvalidScore(rubric.Categories[wrong].LeaderCap)
            from text in Write(rubric, village, values.Select((v, i) => i == wrong ? bad : v).ToArray())
            select text;
        var wrongCount =
            from n in Gen.Choose(3, 2 * count).Where(n => n != count)
            from values in FuzzText.ValidScore(1).Select(v => v.Typed).ArrayOf(n)
            from separators in FuzzText.AcceptedSeparators(n + 1)
            select village + separators[0] + FuzzText.Join(values, separators);
        return Gen.OneOf(oneWrong, wrongCount);
    }

    static Gen<string> Write(Rubric rubric, string village, string[] typed)
    {
        var count = typed.Length;
        var plain =
            from separators in FuzzText.AcceptedSeparators(count + 1)
            from glued in Gen.Frequency((4, Gen.Constant(false)), (1, Gen.Constant(true)))
            select village + (glued && char.IsAsciiDigit(typed[0][0]) ? "" : separators[0]) + FuzzText.Join(typed, separators);
        var named =
            from order in Gen.Shuffle(Enumerable.Range(0, count))
            from joins in Gen.Elements("", " ", "：", ":", " ： ").ArrayOf(count)
            from useNames in Gen.Elements(false, false, true).ArrayOf(count)
            from separators in FuzzText.AcceptedSeparators(count + 1)
            select village + separators[0] + FuzzText.Join(order.Select(i =>
                (useNames[i] ? rubric.Categories[i].Name : rubric.Categories[i].Alias) + (Glues(joins[i], typed[i]) ? joins[i] : " ") + typed[i]), separators);
        return Gen.OneOf(plain, named);
    }

    // "党建" + "" + "+5" reads as 党建 +5, but a value starting with a letter or a space needs a real separator.
    static bool Glues(string join, string value) => join.Length > 0 || (value.Length > 0 && "0123456789.+-".Contains(value[0]));
}

/// <summary>LeaderRatings.Parse on any text, on correct ratings in every form, and on ratings with a mistake.</summary>
public sealed class LeaderRatingFuzzTests : IDisposable
{
    readonly TempDatabase _db = new();
    readonly LeaderRatings _ratings;
    readonly IReadOnlyList<VillageDoc> _villages;

    public LeaderRatingFuzzTests()
    {
        // 新庄村 and 新庄东村 make "新庄" ambiguous.
        foreach (var name in new[] { "新庄村", "新庄东村", "东湾村", "西坪村" }) _db.AddVillage(name);
        _ratings = new LeaderRatings(_db.Store, _db.ScoreBook);
        _villages = _ratings.Villages();
    }

    Rubric Rubric => _db.Periods.Active().Rubric;
    IReadOnlyList<string> Names => [.. _villages.Select(v => v.Name), .. Rubric.Categories.Select(c => c.Alias), "新庄"];

    [FuzzProperty(400)]
    public Property AnyTextIsARatingWithinTheCapsOrRefusedWithReasonsOrNotARating() => Prop.ForAll(
        Gen.OneOf(
            FuzzText.Message(Names),
            from village in Gen.Elements(Names.ToArray())
            from rest in FuzzText.Message(Names)
            select village + " " + rest).ToArbitrary(),
        text =>
        {
            var parse = _ratings.Parse(_db.Periods.Active(), text);
            switch (parse.Kind)
            {
                case RatingParseKind.Rating:
                    Assert.Empty(parse.Problems);
                    Assert.Contains(_villages, v => v.Id == parse.Rating!.VillageId);
                    Assert.Equal(Rubric.Categories.Count, parse.Rating!.Values.Count);
                    for (var i = 0; i < Rubric.Categories.Count; i++)
                        Assert.True(Points.IsValid(parse.Rating.Values[i], Rubric.Categories[i].LeaderCap), $"{FuzzText.Show(text)}: value {i + 1} = {parse.Rating.Values[i]}");
                    break;
                case RatingParseKind.Refused:
                    Assert.Null(parse.Rating);
                    Assert.NotEmpty(parse.Problems);
                    break;
                default:
                    Assert.Null(parse.Rating);
                    break;
            }
        });

    [FuzzProperty(250)]
    public Property EveryCorrectRatingIsReadWithItsValues() => Prop.ForAll(
        (from village in Gen.Elements(_villages.ToArray())
         from rating in RatingMessages.Valid(Rubric, village.Name)
         select (village, rating)).ToArbitrary(),
        c =>
        {
            var parse = _ratings.Parse(_db.Periods.Active(), c.rating.Text);
            Assert.True(parse.Kind == RatingParseKind.Rating, $"{FuzzText.Show(c.rating.Text)}: {parse.Kind} {string.Join("; ", parse.Problems)}");
            Assert.Equal(c.village.Id, parse.Rating!.VillageId);
            Assert.Equal(c.rating.Values, parse.Rating!.Values);
        });

    [FuzzProperty(250)]
    public Property ARatingWithAMistakeIsRefused() => Prop.ForAll(
        (from village in Gen.Elements(_villages.ToArray())
         from text in RatingMessages.Invalid(Rubric, village.Name)
         select text).ToArbitrary(),
        text =>
        {
            var parse = _ratings.Parse(_db.Periods.Active(), text);
            Assert.True(parse.Kind == RatingParseKind.Refused, $"{FuzzText.Show(text)} was read as {parse.Kind}");
            Assert.NotEmpty(parse.Problems);
        });

    public void Dispose() => _db.Dispose();
}

/// <summary>Villages are named by admins: whatever name the admin API accepts, a leader can rate that village by message.</summary>
public sealed class VillageNameRatingFuzzTests
{
    static readonly Rubric Rubric = RubricJson.Seed();

    /// <summary>Names the admin API accepts (Names.Clean keeps them): Chinese, with digits, spaces, punctuation, full-width forms.</summary>
    static Gen<string> VillageName { get; } =
        (from n in Gen.Choose(1, 6)
         from parts in Gen.Frequency(
             (6, Gen.Choose(0x4E00, 0x9FFF).Select(c => ((char)c).ToString())),
             (2, Gen.Elements("村", "组", "社区", "新", "东")),
             (2, Gen.Choose(0, 12).Select(i => i.ToString())),
             (1, Gen.Elements(" ", "-", ".", "+", "·", "(", ")", "（", "）", "２", "Ａ", "a", "B")),
             (1, Gen.Elements(FuzzText.Emoji))).ArrayOf(n)
         select string.Concat(parts))
        .Where(name => Names.Clean(name) == name);

    [FuzzProperty(250)]
    public Property AVillageWithAnyAcceptedNameCanBeRatedByMessage() => Prop.ForAll(
        (from name in VillageName
         from rating in RatingMessages.Valid(Rubric, name)
         select (name, rating)).ToArbitrary(),
        c =>
        {
            var villages = new[] { "新庄村", "东湾村", c.name }.Distinct().Select((n, i) => new VillageDoc { Id = i + 1, Name = n }).ToList();
            var parse = LeaderRatingParser.Parse(c.rating.Text, Rubric, villages);
            Assert.True(parse.Kind == RatingParseKind.Rating && parse.Rating!.Village == c.name,
                $"{FuzzText.Show(c.rating.Text)} for village {FuzzText.Show(c.name)}: {parse.Kind} {parse.Rating?.Village} {string.Join("; ", parse.Problems)}");
            Assert.Equal(c.rating.Values, parse.Rating!.Values);
        });
}
