using System.Globalization;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Appraisal;

/// <summary>An examiner's "确认" after reviewing a category. Id is "period:village:category".</summary>
public sealed class CategoryConfirmationDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int Category { get; set; }
    public int MemberId { get; set; }
    public decimal Score { get; set; }
    public DateTime At { get; set; }

    public static string Key(int periodId, int villageId, int category) => $"{periodId}:{villageId}:{category}";
}

/// <summary>
/// Which categories of a village were reviewed and confirmed (the /score dialog's review, core/Conversations/Examiners). A
/// later change to one of their items withdraws the confirmation, so a "finished" mark always means "reviewed as it stands".
/// </summary>
public sealed class CategoryConfirmations(AppraisalStore store)
{
    public const string AuditAction = AuditActions.CategoryConfirmed;

    IDocs<CategoryConfirmationDoc> Docs => store.Scores.Confirmations;

    public IReadOnlySet<int> Confirmed(int periodId, int villageId) =>
        Docs.Find(d => d.PeriodId == periodId && d.VillageId == villageId).Select(d => d.Category).ToHashSet();

    /// <summary>Records the confirmation with its audit entry, in the caller's transaction when there is one.</summary>
    public void Confirm(Actor actor, PeriodView period, int villageId, SheetCategory category, DateTime now) => store.Write(() =>
    {
        Docs.Upsert(new CategoryConfirmationDoc
        {
            Id = CategoryConfirmationDoc.Key(period.Id, villageId, category.Index), PeriodId = period.Id, VillageId = villageId,
            Category = category.Index, MemberId = actor.MemberId, Score = category.Score, At = now,
        });
        store.Audit.Add(ScoreBook.Entry(actor, period.Id, villageId, now, AuditAction, category.Index, @new: category.Score,
            detail: $"{category.ItemsScored}/{category.Items.Count} items",
            args: [category.ItemsScored.ToString(CultureInfo.InvariantCulture), category.Items.Count.ToString(CultureInfo.InvariantCulture)]));
    });

    public void Withdraw(int periodId, int villageId, int category) => Docs.Delete(CategoryConfirmationDoc.Key(periodId, villageId, category));
}
