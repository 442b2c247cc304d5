using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// The member's account on the browser chat: <c>web:m{memberId}</c>, one per member whatever browser or device signs in,
/// so the transcript and the messages the bot starts itself follow the member. The chat id is <c>m{memberId}</c>.
/// </summary>
public sealed class WebAccounts(AppraisalStore store, MemberDirectory members, TimeProvider clock)
{
    public const string Channel = "web";

    public static string ChatId(int memberId) => $"m{memberId}";

    public static string Account(int memberId) => AccountDoc.Key(Channel, ChatId(memberId));

    /// <summary>
    /// Signs in with an invite code (the ones /invite and the admin API give, the bootstrap admin's): uses the code up and
    /// binds the member's browser account, as <c>/start CODE</c> does. A wrong, used or expired code changes nothing.
    /// </summary>
    public (RedeemResult Result, MemberDoc? Member) Redeem(string? code) => store.Write(() =>
    {
        var trimmed = code?.Trim() ?? "";
        if (trimmed.Length is 0 or > 64 || store.Roster.Invites.FindById(Secrets.Hash(trimmed)) is not { } invite) return (RedeemResult.UnknownCode, (MemberDoc?)null);
        return members.Redeem(trimmed, Channel, ChatId(invite.MemberId));
    });

    /// <summary>Binds the member's browser account (a sign-in link), keeping its language once it has one.</summary>
    public void Bind(MemberDoc member, string? language) => store.Write(() =>
    {
        var id = Account(member.Id);
        var existing = store.Roster.Accounts.FindById(id);
        store.Roster.Accounts.Upsert(new AccountDoc
        {
            Id = id, MemberId = member.Id, TownId = member.TownId, Language = existing?.Language ?? language, BoundAt = existing?.BoundAt ?? clock.GetUtcNow().UtcDateTime,
        });
    });

    /// <summary>The language of the member's browser account, or null (it follows Bot:Language).</summary>
    public string? Language(int memberId) => store.Roster.Accounts.FindById(Account(memberId))?.Language;
}
