namespace ChatAppraisal.Rubrics.Import;

/// <summary>The leadership part's list of caps ("其中党建工作(20分)，…"), matched to the categories by name.</summary>
public static class LeaderCaps
{
    /// <summary>Each category's cap (0 where the list has none); the list's names that match no category are problems.</summary>
    public static decimal[] Match(IReadOnlyList<string> categories, IReadOnlyList<PlanNode> caps, List<ImportProblem> problems)
    {
        var result = new decimal[categories.Count];
        var taken = new bool[categories.Count];
        var left = new List<PlanNode>();
        foreach (var cap in caps)
        {
            var at = IndexOf(categories, taken, c => Plain(c) == Plain(cap.Title));
            if (at < 0) left.Add(cap);
            else (result[at], taken[at]) = (cap.Points ?? 0, true);
        }
        foreach (var cap in left)
        {
            var name = Plain(cap.Title);
            var at = name.Length == 0 ? -1 : IndexOf(categories, taken, c => Plain(c).Contains(name) || name.Contains(Plain(c)));
            if (at < 0) problems.Add(new ImportProblem(cap.Line, cap.Source, ImportFault.LeaderCapUnmatched, cap.Points, Detail: cap.Title));
            else (result[at], taken[at]) = (cap.Points ?? 0, true);
        }
        return result;
    }

    static int IndexOf(IReadOnlyList<string> categories, bool[] taken, Func<string, bool> fits)
    {
        var candidates = Enumerable.Range(0, categories.Count).Where(i => !taken[i] && fits(categories[i])).ToList();
        return candidates.Count == 0 ? -1 : candidates.MinBy(i => categories[i].Length);
    }

    /// <summary>A name without its bracketed note ("社会治安综合治理(平安建设)" → 社会治安综合治理).</summary>
    static string Plain(string name)
    {
        var bracket = name.IndexOfAny(['(', '（']);
        return (bracket > 0 ? name[..bracket] : name).Trim();
    }
}
