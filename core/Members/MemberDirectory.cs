using ChatAppraisal.Limits;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Members;

public enum RedeemResult
{
    Bound,
    UnknownCode,
    Expired,
    AlreadyUsed,
    MemberRemoved,
    /// <summary>The account sent <see cref="MemberDirectory.WrongCodesPerMinute"/> wrong codes this minute: nothing was looked up.</summary>
    HeldBack,
}

/// <summary>Members, their chat accounts and single-use invite codes. Shared by the chat (/start, /invite) and the admin API.</summary>
public sealed class MemberDirectory(AppraisalStore store, TimeProvider clock, IInviteSafe safe)
{
    public MemberDirectory(AppraisalStore store, TimeProvider clock) : this(store, clock, new NoInviteSafe()) { }

    public static readonly TimeSpan DefaultInviteLifetime = TimeSpan.FromDays(7);

    /// <summary>Wrong invite codes one chat account may send in a minute, on every channel; the next ones are held back.</summary>
    public const int WrongCodesPerMinute = 10;

    // Codes are 128-bit, so guessing is hopeless anyway; the limit is hygiene that costs nothing.
    readonly PerMinuteLimit<string> _wrongCodes = new(WrongCodesPerMinute, clock);

    /// <summary>Seconds until the account may try a code again, when its wrong codes of this minute are used up.</summary>
    public int? WrongCodesWait(string channel, string userId) => _wrongCodes.HeldBack(AccountDoc.Key(channel, userId));

    public MemberDoc Add(string name, IEnumerable<Role> roles) => store.Write(() =>
    {
        var member = new MemberDoc { Name = name.Trim(), Roles = roles.Distinct().ToList(), CreatedAt = Now };
        store.Roster.Members.Insert(member);
        return member;
    });

    public MemberDoc? Find(int id) => store.Roster.Members.FindById(id) is { Removed: false } m ? m : null;

    public IReadOnlyList<MemberDoc> All() => store.Roster.Members.FindAll().Where(m => !m.Removed).OrderBy(m => m.Id).ToList();

    /// <summary>Every chat account's key (<c>channel:userId</c>) by the member it is bound to.</summary>
    public ILookup<int, string> AccountsByMember() => store.Read(() => store.Roster.Accounts.FindAll().ToLookup(a => a.MemberId, a => a.Id));

    /// <summary>The keys of one member's chat accounts, in order.</summary>
    public IReadOnlyList<string> AccountsOf(int memberId) => store.Roster.Accounts.Find(a => a.MemberId == memberId).Select(a => a.Id).Order().ToList();

    /// <summary>The member bound to this chat account, if any (and not removed).</summary>
    public MemberDoc? FindByAccount(string channel, string userId) =>
        store.Roster.Accounts.FindById(AccountDoc.Key(channel, userId)) is { } account ? Find(account.MemberId) : null;

    /// <summary>The town a chat account's updates are handled in: its member's (the default town for a stranger).</summary>
    public int Town(string channel, string userId) => TownOf(Account(channel, userId)?.TownId ?? 0);

    // Records written before towns carry none until the upgrade puts them in the default town.
    static int TownOf(int townId) => townId == 0 ? TownScope.DefaultTownId : townId;

    public AccountDoc? Account(string channel, string userId) => store.Roster.Accounts.FindById(AccountDoc.Key(channel, userId));

    /// <summary>
    /// A new single-use code: 22 URL-safe characters (128 random bits), fits a Telegram /start payload. Only its hash is
    /// stored; the code itself is on the returned invite (<see cref="InviteDoc.Code"/>) and nowhere else.
    /// </summary>
    public InviteDoc CreateInvite(int memberId, TimeSpan? lifetime = null) => store.Write(() =>
    {
        var code = Secrets.New();
        var invite = new InviteDoc
        {
            Id = Secrets.Hash(code),
            MemberId = memberId,
            TownId = TownScope.Current,
            CreatedAt = Now,
            ExpiresAt = Now + (lifetime ?? DefaultInviteLifetime),
            SealedCode = safe.Seal(code),
        };
        store.Roster.Invites.Insert(invite);
        invite.Code = code;
        return invite;
    });

    /// <summary>
    /// The member's newest invite that can still be used (not used, not expired) and whose sealed copy opens, with its
    /// code; null when there is none. The console offers it again on the member's card.
    /// </summary>
    public InviteDoc? OpenInvite(int memberId)
    {
        var now = Now;
        foreach (var invite in store.Roster.Invites.Find(i => i.MemberId == memberId).Where(i => i.UsedAt is null && i.ExpiresAt > now)
                     .OrderByDescending(i => i.CreatedAt))
        {
            if (invite.SealedCode is { } copy && safe.Open(copy) is { } code && Secrets.Hash(code) == invite.Id)
            {
                invite.Code = code;
                return invite;
            }
        }
        return null;
    }

    /// <summary>Binds a chat account to the invite's member and uses the code up, in one transaction.</summary>
    public (RedeemResult Result, MemberDoc? Member) Redeem(string code, string channel, string userId) => store.Write(() =>
    {
        if (WrongCodesWait(channel, userId) is not null) return (RedeemResult.HeldBack, (MemberDoc?)null);
        var invite = string.IsNullOrWhiteSpace(code) || code.Length > 64 ? null : store.Roster.Invites.FindById(Secrets.Hash(code));
        if (invite is null)
        {
            _wrongCodes.Count(AccountDoc.Key(channel, userId));
            return (RedeemResult.UnknownCode, null);
        }
        if (invite.UsedAt is not null) return (RedeemResult.AlreadyUsed, null);
        if (invite.ExpiresAt <= Now) return (RedeemResult.Expired, null);
        // The invite carries its town: the account is bound there, whichever town it was in before.
        var town = TownOf(invite.TownId);
        using var scope = TownScope.Enter(town);
        var member = Find(invite.MemberId);
        if (member is null) return (RedeemResult.MemberRemoved, null);
        invite.UsedAt = Now;
        invite.UsedBy = AccountDoc.Key(channel, userId);
        store.Roster.Invites.Update(invite);
        var account = store.Roster.Accounts.FindById(AccountDoc.Key(channel, userId));
        store.Roster.Accounts.Upsert(new AccountDoc
        {
            Id = AccountDoc.Key(channel, userId), MemberId = member.Id, TownId = town, Language = account?.Language, BoundAt = Now,
        });
        return (RedeemResult.Bound, member);
    });

    /// <summary>
    /// On a database with no admin, one invite for an admin post so the first person can take over.
    /// Returns the code only when it was created now, so it is logged once.
    /// </summary>
    public InviteDoc? EnsureBootstrapAdminInvite() => store.Write(() =>
    {
        // Bot processes starting together on one new database: one makes the admin, the others then find it.
        store.LockUntilCommit("bootstrap-admin");
        if (store.Roster.Members.FindAll().Where(m => !m.Removed).Any(m => m.Roles.Contains(Role.Admin))) return null;
        if (store.Roster.Members.FindOne(m => m.Name == BootstrapAdminName) is not null) return null;
        var admin = Add(BootstrapAdminName, [Role.Admin]);
        return CreateInvite(admin.Id);
    });

    public const string BootstrapAdminName = "管理员";

    public void SetLanguage(string channel, string userId, string? language) => store.Write(() =>
    {
        if (store.Roster.Accounts.FindById(AccountDoc.Key(channel, userId)) is { } account)
        {
            account.Language = language;
            store.Roster.Accounts.Update(account);
        }
    });

    DateTime Now => clock.GetUtcNow().UtcDateTime;
}
