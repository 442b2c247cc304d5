namespace ChatAppraisal.Conversations.Evidence;

/// <summary>Where an examiner stands in /report: the village, then the written report, then the first secretary's account.</summary>
public enum ReportState
{
    Village,
    Written,
    Account,
}

/// <summary>The stored session of /report: the village and the messages pasted so far for the current report.</summary>
public sealed class ReportSession
{
    public ReportState State { get; set; } = ReportState.Village;
    public int VillageId { get; set; }
    public List<string> Draft { get; set; } = [];
}
