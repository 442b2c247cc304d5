namespace ChatAppraisal.Conversations.Leaders;

/// <summary>Where a leader stands in /rate (or in the 确认 step of a rating message). Done closes the dialog.</summary>
public enum RateState
{
    Village,
    Category,
    Confirm,
    Done,
}

/// <summary>
/// The stored session of /rate. At <see cref="RateState.Confirm"/> it holds the checked rating (village and 15 values)
/// between the summary and 确认; the score book checks it again when it is saved.
/// </summary>
public sealed class RateSession
{
    public RateState State { get; set; } = RateState.Village;
    public int VillageId { get; set; }
    public string Village { get; set; } = "";

    /// <summary>The category being asked, 0-based in rubric order.</summary>
    public int Category { get; set; }

    /// <summary>One per category; null until answered. Starts from the leader's earlier rating of the village, if any.</summary>
    public List<decimal?> Values { get; set; } = [];
}
