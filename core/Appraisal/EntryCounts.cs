using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

/// <summary>What has been entered against a village or in a period: item scores, leaders' ratings, seals.</summary>
public sealed record EntryCounts(int Scores, int Ratings, int Seals)
{
    public bool Any => Scores + Ratings + Seals > 0;

    public override string ToString() => $"{Scores} item scores, {Ratings} leader ratings, {Seals} seals";

    public static EntryCounts ForVillage(AppraisalStore store, int villageId) => new(
        // Bonus, deductions and vetoes count as scores, as in ForPeriod.
        store.Scores.Items.Count(s => s.VillageId == villageId) + store.Scores.Adjustments.Count(a => a.VillageId == villageId),
        store.Scores.Ratings.Count(r => r.VillageId == villageId),
        store.Scores.Seals.Count(s => s.VillageId == villageId));

    public static EntryCounts ForPeriod(AppraisalStore store, int periodId) => new(
        // Bonus, deductions and vetoes count as scores: they are entered against the rubric's lines.
        store.Scores.Items.Count(s => s.PeriodId == periodId) + store.Scores.Adjustments.Count(a => a.PeriodId == periodId),
        store.Scores.Ratings.Count(r => r.PeriodId == periodId),
        store.Scores.Seals.Count(s => s.PeriodId == periodId));
}
