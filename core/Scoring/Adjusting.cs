using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Scoring;

/// <summary>A veto recorded against a village: the rubric's veto (index) and the reason given.</summary>
public sealed record VetoEntry(int Veto, string Reason);

/// <summary>
/// What a village has on the plan's bonus and deduction sides (points entered per line, by line index) and the vetoes
/// recorded against it.
/// </summary>
public sealed record VillageAdjustments(
    IReadOnlyDictionary<int, decimal> Bonus,
    IReadOnlyDictionary<int, decimal> Deductions,
    IReadOnlyList<VetoEntry> Vetoes)
{
    public static VillageAdjustments None { get; } = new(new Dictionary<int, decimal>(), new Dictionary<int, decimal>(), []);

    public bool Any => Bonus.Count + Deductions.Count + Vetoes.Count > 0;
}

/// <summary>
/// The plan's parts beside its items: the sides' totals within their caps, vetoes (last place, or not 优秀) and grades
/// (等次, by rank counts or by score lines on the plan's points). Pure.
/// </summary>
public static class Adjusting
{
    /// <summary>Each side's total over the rubric's lines (lines the rubric no longer has are ignored), within the side's cap.</summary>
    public static (decimal Bonus, decimal Deductions) Sides(Rubric rubric, VillageAdjustments adjustments) =>
        (Total(rubric.Bonus, adjustments.Bonus), Total(rubric.Deductions, adjustments.Deductions));

    static decimal Total(Side? side, IReadOnlyDictionary<int, decimal> entered)
    {
        if (side is null) return 0;
        var sum = entered.Where(e => e.Key >= 0 && e.Key < side.Lines.Count).Sum(e => e.Value);
        return side.Cap is { } cap ? Math.Min(sum, cap) : sum;
    }

    /// <summary>What a line accepts: a fixed line up to its points, a per-event line a whole number of events times its points.</summary>
    public static bool Allowed(SideLine line, decimal points) =>
        points > 0 && decimal.Round(points, 2) == points
        && (line.PerEvent ? line.Points > 0 && points % line.Points == 0 : points <= line.Points);

    /// <summary>
    /// Highest final first, equal finals sharing a rank; a village vetoed to the last place comes after every other
    /// (among themselves by final). Then the grades.
    /// </summary>
    public static IReadOnlyList<RankedVillage> Rank(Rubric rubric, IReadOnlyList<VillageResult> results)
    {
        bool Last(VillageResult r) => r.Vetoes.Any(v => rubric.Veto[v.Veto].Consequence == VetoConsequence.Last);
        var ahead = ScoringEngine.Rank(results.Where(r => !Last(r)));
        var behind = ScoringEngine.Rank(results.Where(Last)).Select(r => r with { Rank = r.Rank + ahead.Count });
        var ranked = ahead.Concat(behind).ToList();
        if (rubric.Grades is not { Lines.Count: > 0 } grades) return ranked;
        return ranked.Select(r => r with { Grade = GradeOf(rubric, grades, r, ranked.Count, Last(r.Result)) }).ToList();
    }

    static string GradeOf(Rubric rubric, Grades grades, RankedVillage r, int villages, bool last)
    {
        var lines = grades.Lines;
        var index = grades.By == GradeBasis.Score
            ? (last ? lines.Count - 1 : ScoreLine(lines, r.Result.PlanScore))
            : RankLine(lines, r.Rank - 1, villages);
        var notExcellent = r.Result.Vetoes.Any(v => rubric.Veto[v.Veto].Consequence == VetoConsequence.NotExcellent);
        if (index == 0 && notExcellent && lines.Count > 1) index = 1;
        return lines[index].Name;
    }

    static int ScoreLine(IReadOnlyList<Grade> lines, decimal score)
    {
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].MinScore is not { } min || score >= min) return i;
        return lines.Count - 1;
    }

    /// <summary>
    /// By rank: the lines before the one without a count take their counts from the top, those after it from the bottom
    /// ("最后1名为较差"), the one without a count the rest. Equal finals share a rank and so a grade.
    /// </summary>
    static int RankLine(IReadOnlyList<Grade> lines, int position, int villages)
    {
        var rest = -1;
        for (var i = 0; i < lines.Count; i++)
            if (lines[i].Count is null) { rest = i; break; }
        var top = rest < 0 ? lines.Count : rest;
        var from = 0;
        for (var i = 0; i < top; i++)
        {
            from += lines[i].Count ?? 0;
            if (position < from) return i;
        }
        if (rest < 0) return lines.Count - 1;
        var to = villages;
        for (var i = lines.Count - 1; i > rest; i--)
        {
            to -= lines[i].Count ?? 0;
            if (position >= to) return i;
        }
        return rest;
    }
}
