using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Members;

public enum MemberRefusal
{
    None,
    InvalidName,
    NoRoles,
    /// <summary>A current member already has this name: chat replies and the audit trail would not tell them apart.</summary>
    DuplicateName,
    UnknownMember,
    /// <summary>The village role without a village: a village's official sees and acts for one village only.</summary>
    VillageRequired,
    /// <summary>The village named is not a current village.</summary>
    UnknownVillage,
}

/// <param name="Member">The member changed; on a duplicate name, the member that holds it.</param>
/// <param name="Invite">The new invite code, for <see cref="MemberRoster.Add"/> and <see cref="MemberRoster.Invite"/>.</param>
public sealed record MemberOutcome(MemberRefusal Refusal, MemberDoc? Member = null, InviteDoc? Invite = null)
{
    public bool Ok => Refusal == MemberRefusal.None;
}

/// <summary>
/// Post holders as an admin manages them: add (with an invite), change name and roles, new invite, remove.
/// Entries stay attributed to the member id, so a change or removal never loses what was entered. Audited.
/// </summary>
public sealed class MemberRoster(AppraisalStore store, MemberDirectory directory, TimeProvider clock)
{
    /// <param name="villageId">The village a <see cref="Role.Village"/> member belongs to (required with that role, ignored without).</param>
    public MemberOutcome Add(Actor actor, string? name, IReadOnlyCollection<Role> roles, int? villageId = null) => store.Write(() =>
    {
        if ((Refuse(name, roles, exceptId: null) ?? RefuseVillage(roles, villageId)) is { } refusal) return refusal;
        var member = directory.Add(Names.Clean(name)!, roles);
        if (roles.Contains(Role.Village))
        {
            member.VillageId = villageId;
            store.Roster.Members.Update(member);
        }
        var invite = Stored(directory.CreateInvite(member.Id));
        Audit(actor, AuditActions.MemberAdded, $"#{member.Id} {Describe(member)}");
        return new MemberOutcome(MemberRefusal.None, member, invite);
    });

    /// <param name="villageId">A <see cref="Role.Village"/> member's village; null keeps the one they have.</param>
    public MemberOutcome Change(Actor actor, int id, string? name, IReadOnlyCollection<Role> roles, int? villageId = null) => store.Write(() =>
    {
        if (directory.Find(id) is not { } member) return new MemberOutcome(MemberRefusal.UnknownMember);
        var village = villageId ?? member.VillageId;
        if ((Refuse(name, roles, exceptId: id) ?? RefuseVillage(roles, village)) is { } refusal) return refusal;
        var before = Describe(member);
        member.Name = Names.Clean(name)!;
        member.Roles = roles.Distinct().ToList();
        member.VillageId = roles.Contains(Role.Village) ? village : null;
        if (Describe(member) == before) return new MemberOutcome(MemberRefusal.None, member);
        store.Roster.Members.Update(member);
        Audit(actor, AuditActions.MemberChanged, $"#{id} {before} → {Describe(member)}");
        return new MemberOutcome(MemberRefusal.None, member);
    });

    /// <summary>
    /// The villages the member works for (包村干部), replacing the earlier ones; unknown village ids are refused (null and
    /// nothing changed). Audited with both lists.
    /// </summary>
    public MemberOutcome? AssignVillages(Actor actor, int id, IReadOnlyCollection<int> villageIds) => store.Write(() =>
    {
        if (directory.Find(id) is not { } member) return new MemberOutcome(MemberRefusal.UnknownMember);
        if (villageIds.Any(v => store.Setup.Villages.FindById(v) is null)) return null;
        var ids = villageIds.Distinct().Order().ToList();
        if (ids.SequenceEqual(member.VillageIds.Order())) return new MemberOutcome(MemberRefusal.None, member);
        var before = string.Join(",", member.VillageIds.Order());
        member.VillageIds = ids;
        store.Roster.Members.Update(member);
        Audit(actor, AuditActions.MemberVillages, $"#{id} {member.Name}: villages [{before}] → [{string.Join(",", ids)}]");
        return new MemberOutcome(MemberRefusal.None, member);
    });

    /// <summary>
    /// A new member with the villages they work for, in one transaction (the API's add): refused as a whole when either part
    /// is. <paramref name="villageIds"/> null or empty assigns none.
    /// </summary>
    public MemberOutcome AddWithVillages(Actor actor, string? name, IReadOnlyCollection<Role> roles, int? villageId, IReadOnlyCollection<int>? villageIds) => store.Write(() =>
    {
        if (villageIds is { Count: > 0 } && villageIds.Any(v => store.Setup.Villages.FindById(v) is null)) return new MemberOutcome(MemberRefusal.UnknownVillage);
        var outcome = Add(actor, name, roles, villageId);
        return outcome is { Ok: true, Member: { } added } && villageIds is { Count: > 0 }
            ? outcome with { Member = AssignVillages(actor, added.Id, villageIds)!.Member }
            : outcome;
    });

    /// <summary>
    /// Name, roles, the village official's village and the villages the member works for, in one transaction (the 成员 page
    /// and the API alike). <paramref name="villageIds"/> null keeps the villages they work for; an unknown village refuses.
    /// </summary>
    public MemberOutcome ChangeWithVillages(Actor actor, int id, string? name, IReadOnlyCollection<Role> roles, int? villageId, IReadOnlyCollection<int>? villageIds) => store.Write(() =>
    {
        var outcome = Change(actor, id, name, roles, villageId);
        if (!outcome.Ok || villageIds is null) return outcome;
        // As the 成员 page always said it: a village that vanished meanwhile reads as the member being gone.
        return AssignVillages(actor, id, villageIds) ?? outcome with { Refusal = MemberRefusal.UnknownMember };
    });

    /// <summary>A new single-use invite code; earlier unused codes stay valid until they expire.</summary>
    public MemberOutcome Invite(Actor actor, int id) => store.Write(() =>
    {
        if (directory.Find(id) is not { } member) return new MemberOutcome(MemberRefusal.UnknownMember);
        var invite = Stored(directory.CreateInvite(id));
        // The code itself is a credential: the audit says that one was made, not what it is.
        Audit(actor, AuditActions.MemberInvited, $"#{id} {member.Name}: invite valid until {invite.ExpiresAt:u}");
        return new MemberOutcome(MemberRefusal.None, member, invite);
    });

    /// <summary>Marks the member removed: their chat accounts stop working, their entries stay attributed to them.</summary>
    public MemberOutcome Remove(Actor actor, int id) => store.Write(() =>
    {
        if (directory.Find(id) is not { } member) return new MemberOutcome(MemberRefusal.UnknownMember);
        member.Removed = true;
        store.Roster.Members.Update(member);
        Audit(actor, AuditActions.MemberRemoved, $"#{id} {Describe(member)}");
        return new MemberOutcome(MemberRefusal.None, member);
    });

    MemberOutcome? Refuse(string? name, IReadOnlyCollection<Role> roles, int? exceptId)
    {
        if (Names.Clean(name) is not { } clean) return new MemberOutcome(MemberRefusal.InvalidName);
        if (roles.Count == 0) return new MemberOutcome(MemberRefusal.NoRoles);
        if (directory.All().FirstOrDefault(m => m.Id != exceptId && Names.Same(m.Name, clean)) is { } holder)
            return new MemberOutcome(MemberRefusal.DuplicateName, holder);
        return null;
    }

    MemberOutcome? RefuseVillage(IReadOnlyCollection<Role> roles, int? villageId)
    {
        if (!roles.Contains(Role.Village)) return null;
        if (villageId is not { } id) return new MemberOutcome(MemberRefusal.VillageRequired);
        return store.Setup.Villages.FindById(id) is null ? new MemberOutcome(MemberRefusal.UnknownVillage) : null;
    }

    /// <summary>The invite as stored (times in whole milliseconds), so the answer matches what is read back later.</summary>
    InviteDoc Stored(InviteDoc invite)
    {
        var stored = store.Roster.Invites.FindById(invite.Id)!;
        stored.Code = invite.Code;
        return stored;
    }

    string Describe(MemberDoc member) => $"{member.Name} ({string.Join(", ", member.Roles.Select(RoleNames.Name))})"
        + (member.VillageId is { } v ? $" of {store.Setup.Villages.FindById(v)?.Name ?? "#" + v}" : "");

    void Audit(Actor actor, string action, string detail) =>
        store.Audit.Add(ScoreBook.Entry(actor, store.ActivePeriod().Id, null, clock.GetUtcNow().UtcDateTime, action, detail: detail));
}
