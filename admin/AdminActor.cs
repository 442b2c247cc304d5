using ChatAppraisal.Appraisal;

namespace ChatAppraisal.Admin;

/// <summary>
/// Who the admin API acts as in the audit trail. The key identifies no person, so changes are attributed to
/// "admin-api" (member id 0, which no member has: LiteDB ids start at 1) on channel "admin-api".
/// </summary>
public static class AdminActor
{
    public const string Channel = "admin-api";

    public static readonly Actor Instance = new(0, "admin-api", Channel);
}
