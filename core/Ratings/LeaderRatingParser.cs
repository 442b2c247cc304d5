using ChatAppraisal.Appraisal;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Scoring;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Ratings;

public enum RatingParseKind
{
    /// <summary>Plain chat with no number after its first word: not meant as a rating.</summary>
    NotARating,
    Rating,
    Refused,
}

/// <summary>
/// A checked rating: the village and one value per category, in rubric order. Plain data, so a dialog can keep it
/// in its stored state between the summary and 确认; the score book checks it again when it is saved.
/// </summary>
public sealed record ParsedRating(int VillageId, string Village, IReadOnlyList<decimal> Values)
{
    public decimal Total => Values.Sum();
}

public sealed record RatingParse(RatingParseKind Kind, ParsedRating? Rating, IReadOnlyList<RatingProblem> Problems)
{
    public static readonly RatingParse NotARating = new(RatingParseKind.NotARating, null, []);
}

/// <summary>
/// Reads a leader's rating message: <c>新庄村 18 9 5 …</c> (15 values in rubric order) or named pairs in any
/// order (<c>新庄村 党建18 廉政9 …</c>, also <c>党建 18</c> and <c>党建：18</c>). Numbers are separated by spaces,
/// commas, 、 or ；, ASCII or full-width. Pure: the caller supplies the villages and saves nothing here.
/// </summary>
public static class LeaderRatingParser
{
    public static RatingParse Parse(string? text, Rubric rubric, IReadOnlyList<VillageDoc> villages)
    {
        if (string.IsNullOrWhiteSpace(text)) return RatingParse.NotARating;
        var tokens = Tokens(text);
        if (tokens.Count == 0) return RatingParse.NotARating;

        string first;
        List<string> rest;
        NameMatchResult<VillageDoc> match;
        if (WholeNameAtStart(text, villages) is { } whole)
        {
            // A village's whole name may hold digits, spaces or dashes ("红星2组"), which the first word would cut.
            (first, rest, match) = (whole.Village.Name, Tokens(whole.After), new(MatchKind.Unique, whole.Village, [whole.Village]));
        }
        else
        {
            // The village is the first word; numbers typed right after it ("新庄村18 9 …") still count.
            (first, var glued) = SplitWord(tokens[0]);
            rest = glued is null ? tokens.Skip(1).ToList() : [glued, .. tokens.Skip(1)];
            match = NameMatch.Find(villages, v => v.Name, first);
        }
        if (!LooksLikeRating(first, match.Kind, rest, rubric)) return RatingParse.NotARating;

        var problems = new List<RatingProblem>();
        VillageDoc? village = null;
        if (first.Length == 0 || (match.Kind == MatchKind.None && CategoryOf(rubric, first) is not null))
        {
            problems.Add(new RatingProblem.MissingVillage());
            rest = tokens;
        }
        else if (match.Kind == MatchKind.None)
        {
            problems.Add(new RatingProblem.UnknownVillage(first, villages.Select(v => v.Name).ToList()));
        }
        else if (match.Kind == MatchKind.Ambiguous)
        {
            problems.Add(new RatingProblem.AmbiguousVillage(first, match.Candidates.Select(v => v.Name).ToList()));
        }
        else
        {
            village = match.Match;
        }

        var entries = Entries(rest);
        var named = entries.Count(e => e.Word is not null);
        var values = named > 0 && named >= entries.Count - named
            ? Named(entries, rubric, problems)
            : Plain(rest, rubric, problems);

        return problems.Count == 0 && village is not null && values is not null
            ? new RatingParse(RatingParseKind.Rating, new ParsedRating(village.Id, village.Name, values), [])
            : new RatingParse(RatingParseKind.Refused, null, problems);
    }

    /// <summary>The category an alias or full category name stands for (exact, case-insensitive).</summary>
    public static int? CategoryOf(Rubric rubric, string word)
    {
        for (var i = 0; i < rubric.Categories.Count; i++)
        {
            var c = rubric.Categories[i];
            if (string.Equals(c.Alias, word, StringComparison.OrdinalIgnoreCase) || string.Equals(c.Name, word, StringComparison.OrdinalIgnoreCase))
                return i;
        }
        return null;
    }

    /// <summary>
    /// A rating attempt has numbers after its first word, and either names a village (or starts with numbers
    /// or an alias) or carries at least 3 numbers; "明天10点开会" does not, "东湾 18 9 5 …" does.
    /// </summary>
    static bool LooksLikeRating(string first, MatchKind village, IReadOnlyList<string> rest, Rubric rubric)
    {
        if (!rest.Any(t => t.Any(char.IsAsciiDigit))) return false;
        if (first.Length == 0 || village != MatchKind.None || CategoryOf(rubric, first) is not null) return true;
        return rest.Count(t => t.Any(char.IsAsciiDigit)) >= 3;
    }

    static decimal[]? Plain(IReadOnlyList<string> tokens, Rubric rubric, List<RatingProblem> problems)
    {
        var needed = rubric.Categories.Count;
        if (tokens.Count != needed)
        {
            problems.Add(new RatingProblem.WrongCount(tokens.Count, needed));
            // Without the right count no value belongs to a category, so only its form can be checked, and a value above
            // every category's cap, which is wrong wherever it stands.
            var highest = rubric.Categories.Max(c => c.LeaderCap);
            foreach (var token in tokens)
            {
                var parsed = Points.Parse(token, decimal.MaxValue);
                if (!parsed.Ok) problems.Add(new RatingProblem.BadValue(null, token, parsed.Error));
                else if (parsed.Value > highest) problems.Add(new RatingProblem.AboveEveryCap(parsed.Value, highest));
            }
            return null;
        }
        var values = new decimal[needed];
        var ok = true;
        for (var i = 0; i < needed; i++)
            ok &= Check(i, tokens[i], rubric, problems, out values[i]);
        return ok ? values : null;
    }

    static decimal[]? Named(IReadOnlyList<Entry> entries, Rubric rubric, List<RatingProblem> problems)
    {
        var count = rubric.Categories.Count;
        var values = new decimal[count];
        var seen = new bool[count];
        var twice = new HashSet<int>();
        var ok = true;
        var unnamed = entries.Where(e => e.Word is null).Select(e => e.Value!).ToList();
        if (unnamed.Count > 0)
        {
            problems.Add(new RatingProblem.UnnamedValues(unnamed));
            ok = false;
        }
        foreach (var entry in entries.Where(e => e.Word is not null))
        {
            if (CategoryOf(rubric, entry.Word!) is not { } category)
            {
                problems.Add(new RatingProblem.UnknownAlias(entry.Word!));
                ok = false;
                continue;
            }
            if (seen[category])
            {
                if (twice.Add(category)) problems.Add(new RatingProblem.NamedTwice(category));
                ok = false;
                continue;
            }
            seen[category] = true;
            if (entry.Value is null)
            {
                problems.Add(new RatingProblem.MissingValue(category));
                ok = false;
                continue;
            }
            ok &= Check(category, entry.Value, rubric, problems, out values[category]);
        }
        var missing = Enumerable.Range(0, count).Where(i => !seen[i]).ToList();
        if (missing.Count > 0)
        {
            problems.Add(new RatingProblem.MissingCategories(missing));
            ok = false;
        }
        return ok ? values : null;
    }

    static bool Check(int category, string token, Rubric rubric, List<RatingProblem> problems, out decimal value)
    {
        var cap = rubric.Categories[category].LeaderCap;
        var result = Points.Parse(token, cap);
        value = result.Value;
        if (result.Ok) return true;
        problems.Add(result.Error == PointsError.AboveMaximum
            ? new RatingProblem.AboveCap(category, result.Value, cap)
            : new RatingProblem.BadValue(category, token, result.Error));
        return false;
    }

    /// <summary>An alias with its value (<c>党建18</c>, <c>党建 18</c>), or a bare value (Word null), or an alias alone (Value null).</summary>
    sealed record Entry(string? Word, string? Value);

    static List<Entry> Entries(IReadOnlyList<string> tokens)
    {
        var entries = new List<Entry>();
        for (var i = 0; i < tokens.Count; i++)
        {
            var (word, value) = SplitWord(tokens[i]);
            if (word.Length == 0) entries.Add(new Entry(null, tokens[i]));
            else if (value is not null) entries.Add(new Entry(word, value));
            else if (i + 1 < tokens.Count && SplitWord(tokens[i + 1]).Word.Length == 0) entries.Add(new Entry(word, tokens[++i]));
            else entries.Add(new Entry(word, null));
        }
        return entries;
    }

    /// <summary>
    /// The village whose whole name (full-width folded, any case) starts the message and is followed by a separator,
    /// a colon, a number or nothing; the longest such name wins. Null when none is.
    /// </summary>
    static (VillageDoc Village, string After)? WholeNameAtStart(string text, IReadOnlyList<VillageDoc> villages)
    {
        var message = Points.Normalize(text);
        (VillageDoc Village, string After)? best = null;
        foreach (var village in villages)
        {
            var name = Points.Normalize(village.Name);
            if (name.Length == 0 || name.Length <= (best?.Village.Name.Length ?? 0) || !message.StartsWith(name, StringComparison.OrdinalIgnoreCase)) continue;
            var rest = message[name.Length..];
            if (rest.Length == 0 || Points.Separators.Contains(rest[0]) || NumberStart.Contains(rest[0]) || rest[0] is ':' or '：')
                best = (village, rest);
        }
        return best;
    }

    /// <summary>Splits "党建18" into ("党建", "18"); "18" into ("", "18"); "新庄村" into ("新庄村", null).</summary>
    static (string Word, string? Value) SplitWord(string token)
    {
        var at = token.IndexOfAny(NumberStart);
        return at switch
        {
            < 0 => (token, null),
            0 => ("", token),
            _ => (token[..at], token[at..]),
        };
    }

    static readonly char[] NumberStart = ['0', '1', '2', '3', '4', '5', '6', '7', '8', '9', '.', '-', '+'];

    /// <summary>Full-width folded, split on the number separators and on colons (党建：18).</summary>
    static List<string> Tokens(string text) =>
        Points.Normalize(text).Replace('：', ' ').Replace(':', ' ')
            .Split(Points.Separators, StringSplitOptions.RemoveEmptyEntries).ToList();
}
