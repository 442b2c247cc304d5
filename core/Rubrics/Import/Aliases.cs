namespace ChatAppraisal.Rubrics.Import;

/// <summary>The short names leaders type (党建, 社保): a well-known abbreviation, else the name less its ending, two characters.</summary>
public static class Aliases
{
    /// <param name="shorter">The name the leadership list gives the category, where it is shorter ("帮扶工作" for 精准扶贫帮扶工作).</param>
    public static IReadOnlyList<string> Make(IReadOnlyList<string> names, IReadOnlyList<string?> shorter)
    {
        var aliases = new List<string>();
        for (var i = 0; i < names.Count; i++)
        {
            var alias = Of(shorter[i] is { Length: > 0 } s && s.Length < names[i].Length ? s : names[i]);
            // Two categories would share it: the second keeps its whole name, which is always unique.
            aliases.Add(aliases.Contains(alias) ? names[i] : alias);
        }
        return aliases;
    }

    static string Of(string name)
    {
        var bracket = name.IndexOfAny(['(', '（']);
        if (bracket > 0) name = name[..bracket];
        foreach (var (full, alias) in ImportKeywords.KnownAliases)
            if (name == full) return alias;
        foreach (var suffix in ImportKeywords.AliasSuffixes)
            if (name.Length > suffix.Length + 1 && name.EndsWith(suffix, StringComparison.Ordinal)) name = name[..^suffix.Length];
        return name.Length <= 2 ? name : name[..2];
    }
}
