using ChatAppraisal.Scoring;

namespace ChatAppraisal.Storage;

// LiteDB documents: mutable classes with parameterless constructors so the mapper can fill them.
// Times are UTC.

/// <summary>An appraisal year. Holds its own copy of the rubric (JSON) and policy, so editing one year never touches another.</summary>
public sealed class PeriodDoc
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string RubricJson { get; set; } = "";
    public ScoringPolicy Policy { get; set; } = new();
    public bool Active { get; set; }
    public DateTime CreatedAt { get; set; }
}

public sealed class VillageDoc
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Loaded for the console demo; safe to remove.</summary>
    public bool Sample { get; set; }
    public DateTime CreatedAt { get; set; }
}

public enum Role
{
    Examiner,
    GroupLeader,
    Leader,
    Office,
    Admin,
}

/// <summary>A post holder. Roles belong to the post: renaming or re-roling a member keeps what they entered.</summary>
public sealed class MemberDoc
{
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<Role> Roles { get; set; } = [];
    public bool Removed { get; set; }
    public DateTime CreatedAt { get; set; }

    public bool Has(Role role) => !Removed && Roles.Contains(role);
}

/// <summary>A chat account bound to a member. Id is "channel:userId".</summary>
public sealed class AccountDoc
{
    public string Id { get; set; } = "";
    public int MemberId { get; set; }
    /// <summary>"zh" or "en"; null follows Bot:Language.</summary>
    public string? Language { get; set; }
    public DateTime BoundAt { get; set; }

    public static string Key(string channel, string userId) => $"{channel}:{userId}";
}

/// <summary>A single-use code that binds a chat account to a member (Telegram deep link payload).</summary>
public sealed class InviteDoc
{
    public string Id { get; set; } = "";
    public int MemberId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public string? UsedBy { get; set; }
}

/// <summary>One on-site item score. Id is "period:village:category:item" so a re-score replaces it.</summary>
public sealed class ItemScoreDoc
{
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int Category { get; set; }
    public int Item { get; set; }
    public decimal Value { get; set; }
    public int MemberId { get; set; }
    public DateTime At { get; set; }
    public string Channel { get; set; } = "";

    public static string Key(int periodId, int villageId, int category, int item) => $"{periodId}:{villageId}:{category}:{item}";

    /// <summary>What every key of one village's scores in one period starts with: a range of the _id index.</summary>
    public static string VillagePrefix(int periodId, int villageId) => $"{periodId}:{villageId}:";
}

/// <summary>A leadership member's 15 category ratings of a village. Id is "period:village:member".</summary>
public sealed class LeaderRatingDoc
{
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int MemberId { get; set; }
    public List<decimal> Values { get; set; } = [];
    public DateTime At { get; set; }
    public string Channel { get; set; } = "";

    public static string Key(int periodId, int villageId, int memberId) => $"{periodId}:{villageId}:{memberId}";
}

/// <summary>The group leader's signature on a village's sheet. Id is "period:village"; reopening deletes it (audited).</summary>
public sealed class SealDoc
{
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int SignedBy { get; set; }
    public string SignedByName { get; set; } = "";
    public DateTime SignedAt { get; set; }
    /// <summary>SHA-256 of the sheet's canonical content, hex.</summary>
    public string Fingerprint { get; set; } = "";

    public static string Key(int periodId, int villageId) => $"{periodId}:{villageId}";
}

/// <summary>One change to anything that counts: a score, a rating, a seal, a village.</summary>
public sealed class AuditEntry
{
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string Action { get; set; } = "";
    public int PeriodId { get; set; }
    public int? VillageId { get; set; }
    public int? MemberId { get; set; }
    public string MemberName { get; set; } = "";
    public string Channel { get; set; } = "";
    public int? Category { get; set; }
    public int? Item { get; set; }
    public decimal? Old { get; set; }
    public decimal? New { get; set; }
    public string? Detail { get; set; }
}

public static partial class AuditActions
{
    public const string ScoreSet = "score.set";
    public const string ScoreCleared = "score.cleared";
    public const string RatingSet = "rating.set";
    public const string SheetSealed = "sheet.sealed";
    public const string SheetUnsealed = "sheet.unsealed";
    public const string VillageRemoved = "village.removed";
}
