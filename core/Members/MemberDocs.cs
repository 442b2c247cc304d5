namespace ChatAppraisal.Members;

// A LiteDB document: a mutable class with a parameterless constructor so the mapper can fill it. Times are UTC.

/// <summary>A post holder. Roles belong to the post: renaming or re-roling a member keeps what they entered.</summary>
public sealed class MemberDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public List<Role> Roles { get; set; } = [];
    public bool Removed { get; set; }
    public DateTime CreatedAt { get; set; }
    /// <summary>The channel that messages the bot starts itself go to; null: every channel the member is bound on.</summary>
    public string? PreferredChannel { get; set; }
    /// <summary>The village a <see cref="Role.Village"/> member belongs to (set when invited); they see only this village.</summary>
    public int? VillageId { get; set; }

    /// <summary>The villages the member works for (包村干部): a conflict of interest, so they neither score nor rate them.</summary>
    public List<int> VillageIds { get; set; } = [];

    /// <summary>Whether the member works for the village (<see cref="VillageIds"/>).</summary>
    public bool WorksFor(int villageId) => VillageIds.Contains(villageId);

    /// <summary>Whether the member may act in the role: an admin may do everything the office does.</summary>
    public bool Has(Role role) => Holds(role) || (role == Role.Office && Holds(Role.Admin));

    /// <summary>Whether the member holds the post itself (who is reminded or counted as the office).</summary>
    public bool Holds(Role role) => !Removed && Roles.Contains(role);

    /// <summary>Whether the member is a village's own official who may act for <paramref name="villageId"/>.</summary>
    public bool OfVillage(int villageId) => Holds(Role.Village) && VillageId == villageId;
}

/// <summary>A chat account bound to a member. Id is "channel:userId".</summary>
public sealed class AccountDoc
{
    public string Id { get; set; } = "";
    public int MemberId { get; set; }
    /// <summary>The member's town: the account's updates are handled there (an account is bound to one member).</summary>
    public int TownId { get; set; }
    /// <summary>"zh" or "en"; null follows Bot:Language.</summary>
    public string? Language { get; set; }
    public DateTime BoundAt { get; set; }

    public static string Key(string channel, string userId) => $"{channel}:{userId}";
}

/// <summary>A single-use code that binds a chat account to a member (Telegram deep link payload).</summary>
public sealed class InviteDoc
{
    /// <summary>The code's hash (<see cref="Secrets.Hash"/>); the code itself is never stored.</summary>
    public string Id { get; set; } = "";

    /// <summary>The code, on an invite just created (to hand to the person); empty on one read back. Never stored (the engine's mapper leaves it out).</summary>
    public string Code { get; set; } = "";

    /// <summary>The code sealed by <see cref="IInviteSafe"/> (the pages' data-protection keys), so the console can show it again until used or expired; null when not kept.</summary>
    public string? SealedCode { get; set; }

    public int MemberId { get; set; }
    /// <summary>The member's town: <c>/start CODE</c> binds the account there.</summary>
    public int TownId { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }
    public string? UsedBy { get; set; }
}
