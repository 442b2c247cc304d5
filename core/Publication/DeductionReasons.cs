using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Publication;

/// <summary>The reason stored with an item's score (扣分原因), where the score book keeps one.</summary>
public static class DeductionReasons
{
    public static string? Of(ItemScoreDoc score) => null;
}
