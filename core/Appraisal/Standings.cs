using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

/// <summary>A period's ranking as computed from what is stored now.</summary>
public sealed record Standings(PeriodView Period, IReadOnlyList<RankedVillage> Ranking, DateTime ComputedAt)
{
    /// <summary>
    /// Sealed villages whose final score is no longer the one they were sealed with (a leader's rating replaced after the
    /// seal): village id → the final at the seal. The ranking marks them; the change itself is in the audit.
    /// </summary>
    public IReadOnlyDictionary<int, decimal> ChangedAfterSeal { get; init; } = new Dictionary<int, decimal>();

    /// <summary>Each village changed after its seal, with its final then and now.</summary>
    public IReadOnlyList<(string Village, decimal AtSeal, decimal Now)> ChangesAfterSeal() =>
        Ranking.Where(r => ChangedAfterSeal.ContainsKey(r.Result.VillageId))
            .Select(r => (r.Result.Village, ChangedAfterSeal[r.Result.VillageId], r.Result.Final)).ToList();
}

/// <summary>Loads a period's entries and ranks its villages with the scoring engine.</summary>
public sealed class StandingsQuery(AppraisalStore store, TimeProvider clock)
{
    /// <summary>What the ranking is computed from, every village's, read as one consistent reading.</summary>
    public IReadOnlyList<VillageInput> Inputs(PeriodView period) => store.Read(() => InputsNow(period));

    IReadOnlyList<VillageInput> InputsNow(PeriodView period)
    {
        var villages = store.Setup.Villages.FindAll().OrderBy(v => v.Id).ToList();
        var scores = store.Scores.Items.Find(s => s.PeriodId == period.Id).ToLookup(s => s.VillageId);
        var ratings = store.Scores.Ratings.Find(r => r.PeriodId == period.Id).ToLookup(r => r.VillageId);
        var adjustments = store.Scores.Adjustments.Find(a => a.PeriodId == period.Id).ToLookup(a => a.VillageId);
        // Leaders who work for a village (包村干部): under "exclude" their rating is left out of its mean; under "refuse"
        // they are not expected to rate it.
        var leaders = store.Roster.Members.FindAll().Where(m => !m.Removed && m.Roles.Contains(Role.Leader)).ToList();
        var conflicted = leaders.Where(m => m.VillageIds.Count > 0).ToDictionary(m => m.Id, m => m.VillageIds.ToHashSet());
        bool WorksFor(int memberId, int villageId) => conflicted.TryGetValue(memberId, out var ids) && ids.Contains(villageId);
        var exclude = period.Policy.ConflictedLeaders == ConflictedLeaders.Exclude;
        return villages.Select(v =>
        {
            var excluded = exclude ? ratings[v.Id].Where(r => WorksFor(r.MemberId, v.Id)).ToList() : [];
            return new VillageInput(
                v.Id, v.Name,
                scores[v.Id].ToDictionary(s => (s.Category, s.Item), s => s.Value),
                ratings[v.Id].Except(excluded).Select(r => (IReadOnlyList<decimal>)r.Values).ToList())
            {
                Adjustments = Adjustments.Of(adjustments[v.Id]),
                ExcludedRatings = excluded.Count,
                LeadersNotExpected = exclude ? 0 : leaders.Count(m => WorksFor(m.Id, v.Id)),
            };
        }).ToList();
    }

    /// <summary>Leaders expected to rate every village: current members holding the leader role.</summary>
    public int LeadersExpected() => store.Roster.Members.FindAll().Where(m => !m.Removed).Count(m => m.Roles.Contains(Role.Leader));

    /// <summary>The ranking: its inputs read as one consistent reading (never under the write lock), computed after it.</summary>
    public Standings Compute(PeriodView period)
    {
        var (inputs, leaders, seals) = store.Read(() => (InputsNow(period), LeadersExpected(),
            store.Scores.Seals.FindByIdPrefix($"{period.Id}:").Where(s => s.PeriodId == period.Id).ToList()));
        var ranking = ScoringEngine.Rank(period.Rubric, period.Policy, inputs, leaders);
        var finals = ranking.ToDictionary(r => r.Result.VillageId, r => r.Result.Final);
        var changed = seals
            .Where(s => s.FinalAtSeal is { } then && finals.TryGetValue(s.VillageId, out var now) && Points.Round2(then) != Points.Round2(now))
            .ToDictionary(s => s.VillageId, s => s.FinalAtSeal!.Value);
        return new(period, ranking, clock.GetUtcNow().UtcDateTime) { ChangedAfterSeal = changed };
    }

    /// <summary>One village's final score as the ranking computes it now (kept on its seal).</summary>
    public decimal FinalOf(PeriodView period, int villageId)
    {
        var (inputs, leaders) = store.Read(() => (InputsNow(period), LeadersExpected()));
        return inputs.Where(v => v.VillageId == villageId).Select(v => ScoringEngine.Score(period.Rubric, period.Policy, v, leaders).Final).FirstOrDefault();
    }
}
