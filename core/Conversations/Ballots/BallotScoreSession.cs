namespace ChatAppraisal.Conversations.Ballots;

/// <summary>Where an examiner stands in /ballotscore. Done closes the dialog.</summary>
public enum BallotScoreState
{
    Village,
    Proposal,
    Done,
}

/// <summary>The stored session of /ballotscore.</summary>
public sealed class BallotScoreSession
{
    public BallotScoreState State { get; set; } = BallotScoreState.Village;
    public int VillageId { get; set; }

    /// <summary>The proposal as shown (items and values): if the policy changes before 确认, the new proposal is shown first.</summary>
    public string? Shown { get; set; }
}
