namespace ChatAppraisal.Storage;

/// <summary>The democratic evaluation's entries in the audit trail: who opened, extended and closed a village's ballot.</summary>
public static partial class AuditActions
{
    public const string BallotOpened = "ballot.opened";
    public const string BallotSlipsAdded = "ballot.slips.added";
    public const string BallotClosed = "ballot.closed";
}
