namespace ChatAppraisal.Appraisal;

public enum MatchKind
{
    Unique,
    None,
    Ambiguous,
}

public sealed record NameMatchResult<T>(MatchKind Kind, T? Match, IReadOnlyList<T> Candidates);

/// <summary>
/// Finds what a user typed among named things: the exact name wins, otherwise a unique part of a name
/// ("新庄" finds 新庄村). Used for villages and categories typed in chat.
/// </summary>
public static class NameMatch
{
    public static NameMatchResult<T> Find<T>(IEnumerable<T> items, Func<T, string> name, string? typed)
    {
        var text = typed?.Trim() ?? "";
        var list = items.ToList();
        if (text.Length == 0) return new(MatchKind.None, default, []);
        var exact = list.Where(i => string.Equals(name(i), text, StringComparison.OrdinalIgnoreCase)).ToList();
        if (exact.Count == 1) return new(MatchKind.Unique, exact[0], exact);
        var partial = list.Where(i => name(i).Contains(text, StringComparison.OrdinalIgnoreCase)).ToList();
        return partial.Count switch
        {
            0 => new(MatchKind.None, default, []),
            1 => new(MatchKind.Unique, partial[0], partial),
            _ => new(MatchKind.Ambiguous, default, partial),
        };
    }

    /// <summary>
    /// Things with several names (a category's name and its alias): an exact name or alias wins, then a unique part of
    /// the first names, then of the next. So "安全", 安全生产's alias, is not lost among the names that contain it
    /// (食品药品安全).
    /// </summary>
    public static NameMatchResult<T> Find<T>(IEnumerable<T> items, string? typed, params Func<T, string>[] names)
    {
        var text = typed?.Trim() ?? "";
        var list = items.ToList();
        if (text.Length == 0) return new(MatchKind.None, default, []);
        var exact = list.Where(i => names.Any(name => string.Equals(name(i), text, StringComparison.OrdinalIgnoreCase))).ToList();
        if (exact.Count == 1) return new(MatchKind.Unique, exact[0], exact);
        foreach (var name in names)
            if (Find(list, name, text) is { Kind: not MatchKind.None } match) return match;
        return new(MatchKind.None, default, []);
    }
}
