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
}
