using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Publication;

/// <summary>An item scored below its maximum: where, how much was lost, and why (the examiner's reason, when given).</summary>
public sealed record Deduction(int Category, int Item, string CategoryName, string ItemName, decimal Max, decimal Score, string? Reason)
{
    public decimal Lost => Max - Score;
}

/// <summary>A category's on-site score against what it counts for.</summary>
public sealed record CategoryLine(string Name, decimal Score, decimal Max);

/// <summary>The closed ballot's counts (民主测评), in the grades' order.</summary>
public sealed record BallotLine(int Cast, int Issued, IReadOnlyList<(BallotGrade Grade, int Count)> Counts);

/// <summary>
/// A village's result as it is sent back to the village: the final score, its rank among how many, the grade (when the
/// plan sets grades), the on-site score per category, every deduction with its reason, the ballot and the leaders' mean.
/// </summary>
public sealed record VillageResultView(
    string Period, int VillageId, string Village, decimal Final, int Rank, int Villages, string? Grade,
    decimal Onsite, decimal Onsite1000, IReadOnlyList<CategoryLine> Categories, IReadOnlyList<Deduction> Deductions,
    BallotLine? Ballot, decimal LeaderMean, int LeadersRated, bool Complete);

/// <summary>Each village's result read from what is stored: the standings, the sheet (with its reasons) and the ballot.</summary>
public sealed class VillageResults(AppraisalStore store, StandingsQuery standings, Sheets sheets, BallotBook ballots)
{
    /// <summary>The period's publication while it stands (not reopened by an admin); null before publishing.</summary>
    public PublicationDoc? Published(int periodId) => store.Publication.Publications.FindById(periodId) is { Open: true } doc ? doc : null;

    public IReadOnlyList<VillageResultView> All(PeriodView period)
    {
        var ranking = standings.Compute(period).Ranking;
        return ranking.Select(r => Build(period, r, ranking)).OfType<VillageResultView>().ToList();
    }

    public VillageResultView? Of(PeriodView period, int villageId)
    {
        var ranking = standings.Compute(period).Ranking;
        return ranking.FirstOrDefault(r => r.Result.VillageId == villageId) is { } ranked ? Build(period, ranked, ranking) : null;
    }

    VillageResultView? Build(PeriodView period, Scoring.RankedVillage ranked, IReadOnlyList<Scoring.RankedVillage> ranking)
    {
        var r = ranked.Result;
        if (sheets.Load(period, r.VillageId) is not { } sheet) return null;
        var reasons = store.Scores.Items.FindByIdPrefix(ItemScoreDoc.VillagePrefix(period.Id, r.VillageId))
            .ToDictionary(s => (s.Category, s.Item), DeductionReasons.Of);
        var deductions = sheet.Categories.SelectMany(c => c.Items
                .Where(i => i.Score is { } s && s < i.Max)
                .Select(i => new Deduction(c.Index, i.Item, c.Name, SheetTree.Label(period.Rubric, c.Index, i.Item, i.Name), i.Max, i.Score!.Value, reasons.GetValueOrDefault((i.Category, i.Item)))))
            .ToList();
        var ballot = ballots.ForVillage(period.Id, r.VillageId) is { Closed: true } b
            ? new BallotLine(b.Cast, b.Issued, BallotGrades.All.Select(g => (g, b.Count(g))).ToList())
            : null;
        return new VillageResultView(period.Name, r.VillageId, r.Village, r.Final, ranked.Rank, ranking.Count,
            GradeOf(period.Rubric.Grades, ranked.Rank, r.Final), r.Onsite, r.Onsite1000,
            sheet.Categories.Select(c => new CategoryLine(c.Name, c.Score, c.Max)).ToList(), deductions, ballot,
            r.Leader, r.LeadersRated, r.Complete);
    }

    /// <summary>The plan's grade (等次) for a rank and final score; null when the plan sets none.</summary>
    public static string? GradeOf(Grades? grades, int rank, decimal final)
    {
        if (grades is null || grades.Lines.Count == 0) return null;
        if (grades.By == GradeBasis.Score)
            return grades.Lines.FirstOrDefault(g => g.MinScore is not { } line || final >= line)?.Name;
        var upTo = 0;
        foreach (var grade in grades.Lines)
        {
            if (grade.Count is not { } count) return grade.Name;
            upTo += count;
            if (rank <= upTo) return grade.Name;
        }
        return null;
    }
}
