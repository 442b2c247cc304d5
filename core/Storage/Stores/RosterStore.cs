using ChatAppraisal.Members;

namespace ChatAppraisal.Storage;

/// <summary>Members, their chat accounts and their invites.</summary>
public sealed class RosterStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<MemberDoc> MembersCollection = new Collection<MemberDoc>("members", m => m.Name).OwnedByTown();
    public static readonly Collection<AccountDoc> AccountsCollection = new("accounts", a => a.MemberId, a => a.TownId);
    public static readonly Collection<InviteDoc> InvitesCollection = new("invites", i => i.MemberId, i => i.TownId);

    public IDocs<MemberDoc> Members => engine.Docs(MembersCollection);
    public IDocs<AccountDoc> Accounts => engine.Docs(AccountsCollection);
    public IDocs<InviteDoc> Invites => engine.Docs(InvitesCollection);

    public void Prepare()
    {
        engine.Prepare(MembersCollection);
        engine.Prepare(AccountsCollection);
        engine.Prepare(InvitesCollection);
    }
}
