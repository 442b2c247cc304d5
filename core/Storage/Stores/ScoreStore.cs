using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations.Examiners;
using ChatAppraisal.Ratings;

namespace ChatAppraisal.Storage;

/// <summary>What the sheets hold: item scores, leaders' ratings, bonus, deductions and vetoes, seals, and the examiners' reviewed categories.</summary>
public sealed class ScoreStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<ItemScoreDoc> ItemsCollection = new("item_scores", s => s.PeriodId, s => s.VillageId, s => s.MemberId);
    public static readonly Collection<LeaderRatingDoc> RatingsCollection = new("leader_ratings", r => r.PeriodId, r => r.VillageId, r => r.MemberId);
    public static readonly Collection<SealDoc> SealsCollection = new("seals", s => s.PeriodId, s => s.VillageId);
    public static readonly Collection<AdjustmentDoc> AdjustmentsCollection = new("adjustments", a => a.PeriodId, a => a.VillageId);
    public static readonly Collection<CategoryConfirmationDoc> ConfirmationsCollection = new("category_confirmations", c => c.PeriodId, c => c.VillageId);

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
