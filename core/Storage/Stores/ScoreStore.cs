using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;

namespace ChatAppraisal.Storage;

/// <summary>What the sheets hold: item scores, leaders' ratings, bonus, deductions and vetoes, seals, and the examiners' reviewed categories.</summary>
public sealed class ScoreStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<ItemScoreDoc> ItemsCollection = new Collection<ItemScoreDoc>("item_scores", s => s.PeriodId, s => s.VillageId, s => s.MemberId).OwnedByTown();
    public static readonly Collection<LeaderRatingDoc> RatingsCollection = new Collection<LeaderRatingDoc>("leader_ratings", r => r.PeriodId, r => r.VillageId, r => r.MemberId).OwnedByTown();
    public static readonly Collection<SealDoc> SealsCollection = new Collection<SealDoc>("seals", s => s.PeriodId, s => s.VillageId).OwnedByTown();
    public static readonly Collection<AdjustmentDoc> AdjustmentsCollection = new Collection<AdjustmentDoc>("adjustments", a => a.PeriodId, a => a.VillageId).OwnedByTown();
    public static readonly Collection<CategoryConfirmationDoc> ConfirmationsCollection = new Collection<CategoryConfirmationDoc>("category_confirmations", c => c.PeriodId, c => c.VillageId).OwnedByTown();

    public IDocs<ItemScoreDoc> Items => engine.Docs(ItemsCollection);
    public IDocs<LeaderRatingDoc> Ratings => engine.Docs(RatingsCollection);
    public IDocs<SealDoc> Seals => engine.Docs(SealsCollection);
    public IDocs<CategoryConfirmationDoc> Confirmations => engine.Docs(ConfirmationsCollection);

    /// <summary>Bonus and deduction lines and vetoes entered against villages.</summary>
    public IDocs<AdjustmentDoc> Adjustments => engine.Docs(AdjustmentsCollection);

    public void Prepare()
    {
        engine.Prepare(ItemsCollection);
        engine.Prepare(RatingsCollection);
        engine.Prepare(SealsCollection);
        engine.Prepare(ConfirmationsCollection);
        engine.Prepare(AdjustmentsCollection);
    }
}
