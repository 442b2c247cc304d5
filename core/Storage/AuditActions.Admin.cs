namespace ChatAppraisal.Storage;

// Changes made by an admin (the admin API, later perhaps the chat): villages, members, periods, rubric, policy.
// Kept beside the scoring actions so one list names everything the audit trail can hold.
public static partial class AuditActions
{
    public const string VillageAdded = "village.added";
    public const string VillageRenamed = "village.renamed";
    /// <summary>A leader's ratings of a village removed with the village (<c>?force=true</c>).</summary>
    public const string RatingCleared = "rating.cleared";
    public const string MemberAdded = "member.added";
    public const string MemberChanged = "member.changed";
    public const string MemberInvited = "member.invited";
    public const string MemberRemoved = "member.removed";
    public const string PeriodCreated = "period.created";
    public const string PeriodActivated = "period.activated";
    public const string RubricReplaced = "rubric.replaced";
    public const string PolicyChanged = "policy.changed";
}
