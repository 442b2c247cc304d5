namespace ChatAppraisal.Conversations.Examiners;

/// <summary>Where an examiner stands in /score. InVillage is the super-state of the steps inside one village.</summary>
public enum ScoreState
{
    Village,
    InVillage,
    Category,
    Item,
    Review,
}

/// <summary>The stored session of /score (indices are 0-based into the active period's rubric).</summary>
public sealed class ScoreSession
{
    public ScoreState State { get; set; } = ScoreState.Village;
    public int VillageId { get; set; }
    public int Category { get; set; }
    public int Item { get; set; }

    /// <summary>The item was opened from the review ("修改第 N 项"): answering it returns to the review.</summary>
    public bool FromReview { get; set; }
}
