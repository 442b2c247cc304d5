using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Export;

/// <summary>One consistent reading of a period for export: the ranking, every village's sheet, the raw ratings, the members' names.</summary>
public sealed record ExportSnapshot(
    Standings Standings,
    IReadOnlyDictionary<int, Sheet> Sheets,
    IReadOnlyList<LeaderRatingDoc> Ratings,
    IReadOnlyDictionary<int, string> MemberNames,
    int LeadersExpected)
{
    public PeriodView Period => Standings.Period;

    /// <summary>The democratic evaluations of the period, by village (none where no ballot was opened).</summary>
    public IReadOnlyDictionary<int, Ballots.BallotTally> Ballots { get; init; } = new Dictionary<int, Ballots.BallotTally>();
}

/// <summary>Reads an <see cref="ExportSnapshot"/> through the same queries the chat uses (no scores recomputed here).</summary>
public sealed class ExportReader(AppraisalStore store, Sheets sheets, StandingsQuery standings)
{
    public ExportSnapshot Read(PeriodView period) =>
        // One consistent reading: a score entered halfway through would otherwise make the summary disagree with a sheet.
        store.Read(() =>
        {
            var ranking = standings.Compute(period);
            var villageSheets = ranking.Ranking
                .Select(r => sheets.Load(period, r.Result.VillageId))
                .OfType<Sheet>()
                .ToDictionary(s => s.Village.Id);
            var ratings = store.Scores.Ratings.Find(r => r.PeriodId == period.Id).ToList();
            var names = store.Roster.Members.FindAll().ToDictionary(m => m.Id, m => m.Name);
            return new ExportSnapshot(ranking, villageSheets, ratings, names, standings.LeadersExpected())
            {
                Ballots = Ballots.BallotTally.InPeriod(store, period.Id),
            };
        });
}
