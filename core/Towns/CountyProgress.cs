using ChatAppraisal.Appraisal;
using ChatAppraisal.Reports;

namespace ChatAppraisal.Towns;

/// <summary>One town's appraisal at a glance: its active period's progress and its first and last villages.</summary>
public sealed record TownProgress(int Id, string Name, string Period, int Villages, int ItemsScored, int ItemsTotal, int SheetsSealed,
    int RatingsGiven, int RatingsExpected, string? Top, string? Bottom);

/// <summary>The county's view: every town's progress, each read in its own town's scope.</summary>
public sealed class CountyProgress(TownList towns, Periods periods, ProgressQuery progress, StandingsQuery standings)
{
    public IReadOnlyList<TownProgress> Build() => towns.EachTown(Of).Select(t => t.Result).ToList();

    TownProgress Of(TownDoc town)
    {
        var period = periods.Active();
        var report = progress.Build(period);
        var ranking = standings.Compute(period).Ranking;
        return new TownProgress(town.Id, town.Name, period.Name, report.Villages.Count, report.ItemsScored, report.ItemsTotal, report.SealedCount,
            report.RatingsGiven, report.RatingsExpected, ranking.FirstOrDefault()?.Result.Village, ranking.Count > 1 ? ranking[^1].Result.Village : null);
    }
}
