namespace ChatAppraisal.Conversations.Evidence;

/// <summary>Where an examiner stands in /attach: the file first, then village, category, item.</summary>
public enum AttachState
{
    File,
    Village,
    Category,
    Item,
}

/// <summary>The stored session of /attach: the files waiting (pending attachments), and the choices so far.</summary>
public sealed class AttachSession
{
    public AttachState State { get; set; } = AttachState.File;
    public List<long> PendingIds { get; set; } = [];
    public int VillageId { get; set; }
    public int Category { get; set; }
}
