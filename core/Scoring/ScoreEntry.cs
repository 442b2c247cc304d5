namespace ChatAppraisal.Scoring;

/// <summary>One typed score with the reason after it, as typed (the points not yet parsed: see <see cref="Points.Parse"/>).</summary>
public readonly record struct TypedScore(string Points, string? Reason);

/// <summary>
/// Reads scores with their reasons (扣分原因) as examiners type them: at an item prompt <c>10 会议记录缺两次</c> or
/// <c>10(会议记录缺两次)</c>; in quick entry each number may carry its reason in brackets, <c>19 5.5 10(会议记录缺两次) 13</c>
/// (ASCII or full-width brackets). The reason is kept as typed: only the points are folded (全角 digits).
/// </summary>
public static class ScoreEntry
{
    static readonly char[] Open = ['(', '（'];
    static readonly char[] Close = [')', '）'];

    /// <summary>
    /// The numbers of a message, each with the bracketed reason that follows it; null when a bracket is not closed or a
    /// bracket comes before any number (the message is not a score list).
    /// </summary>
    public static IReadOnlyList<TypedScore>? Split(string text)
    {
        var scores = new List<TypedScore>();
        var token = new System.Text.StringBuilder();
        void EndToken()
        {
            if (token.Length > 0) scores.Add(new TypedScore(token.ToString(), null));
            token.Clear();
        }
        for (var i = 0; i < text.Length; i++)
        {
            var ch = text[i];
            if (Array.IndexOf(Open, ch) >= 0)
            {
                EndToken();
                var end = text.IndexOfAny(Close, i + 1);
                if (end < 0 || scores.Count == 0 || scores[^1].Reason is not null) return null;
                scores[^1] = scores[^1] with { Reason = text[(i + 1)..end] };
                i = end;
            }
            else if (Array.IndexOf(Points.Separators, ch) >= 0) EndToken();
            else token.Append(ch);
        }
        EndToken();
        return scores;
    }

    /// <summary>
    /// "10 会议记录缺两次" (or "10分，会议记录缺两次", "10：…", "10会议记录…"): a number, then a reason. The reason must start
    /// with a Chinese character, or be set off by a space or a colon, and must not start with a digit: "19 5.5 10" stays a
    /// quick entry, "60，abc；10" a wrong one, "1e309" not a number, and it must hold a word ("5分分" and "3 +4.35" are mistyped scores). Null when the text is not a score with a reason.
    /// </summary>
    public static TypedScore? WithTrailingReason(string text)
    {
        var t = text.Trim();
        var i = 0;
        while (i < t.Length && (char.IsAsciiDigit(t[i]) || t[i] is >= '０' and <= '９' || t[i] is '.' or '．' or '+' or '-' or '－')) i++;
        var points = t[..i];
        if (!points.Any(ch => char.IsAsciiDigit(ch) || ch is >= '０' and <= '９')) return null;
        if (i < t.Length && t[i] == '分') i++;
        var start = i;
        while (i < t.Length && (char.IsWhiteSpace(t[i]) || t[i] is ',' or '，' or '、' or ':' or '：' or ';' or '；')) i++;
        if (i >= t.Length) return null;
        var separator = t[start..i];
        var first = t[i];
        if (char.IsAsciiDigit(first) || first is >= '０' and <= '９' || first is '.' or '．' or '+' or '-' or '－' || Array.IndexOf(Open, first) >= 0) return null;
        // A reason says something in words: "5分分" or a run of numbers is a mistyped score, not a score with a reason.
        if (!SaysSomething(t[i..])) return null;
        var chinese = first is >= '\u3400' and <= '\u9fff';
        var setOff = separator.Length > 0 && separator.All(ch => char.IsWhiteSpace(ch) || ch is ':' or '：');
        return chinese || setOff ? new TypedScore(points, t[i..]) : null;
    }

    /// <summary>
    /// Whether a reason holds a word: a Chinese character other than 分, or a Latin word of two letters or more that is not
    /// a number's spelling ("NaN", "Infinity": "10 NaN 7.4" is a mistyped score, not a reason).
    /// </summary>
    static bool SaysSomething(string reason) =>
        reason.Any(ch => ch is >= '\u3400' and <= '\u9fff' && ch != '分')
        || System.Text.RegularExpressions.Regex.Matches(reason, @"[\p{L}-[\u3400-\u9fff]]{2,}").Any(w => w.Value.ToLowerInvariant() is not ("nan" or "inf" or "infinity"));
}
