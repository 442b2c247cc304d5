using ChatAppraisal.Members;
using ChatAppraisal.Bot.Channels;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Web.SignIn;

public enum LinkResult
{
    SignedIn,
    Unknown,
    Used,
    Expired,
    MemberRemoved,
}

/// <summary>Single-use sign-in links (<c>/web</c> in any chat): valid <see cref="Lifetime"/>, used up by the sign-in they give.</summary>
public sealed class WebSignInLinks(AppraisalStore store, MemberDirectory members, WebAccounts accounts, TimeProvider clock)
{
    public static readonly TimeSpan Lifetime = TimeSpan.FromMinutes(10);

    /// <summary>The path of a link's page under the site's address.</summary>
    public static string Path(string token) => $"/chat/link/{token}";

    IDocs<SignInLinkDoc> Links => new ChannelStore(store).SignInLinks;

    DateTime Now => clock.GetUtcNow().UtcDateTime;

    /// <summary>A new link's token for the member (only its hash is stored); joins the caller's transaction (a chat command's).</summary>
    public string Create(int memberId, string? language) => store.Write(() =>
    {
        var token = Secrets.New();
        var link = new SignInLinkDoc { Id = Secrets.Hash(token), MemberId = memberId, Language = language, CreatedAt = Now, ExpiresAt = Now + Lifetime };
        Links.Insert(link);
        var stale = Now - TimeSpan.FromDays(1);
        Links.DeleteMany(l => l.ExpiresAt < stale);
        return token;
    });

    /// <summary>What the link is now, and whose, without using it (its page shows whom it signs in).</summary>
    public (LinkResult Result, MemberDoc? Member) Look(string? token)
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || Links.FindById(Secrets.Hash(token)) is not { } link) return (LinkResult.Unknown, null);
        return Judge(link);
    }

    /// <summary>Uses the link up and binds the member's browser account, in one transaction; anything but a valid link changes nothing.</summary>
    public (LinkResult Result, MemberDoc? Member) Use(string? token) => store.Write(() =>
    {
        if (string.IsNullOrEmpty(token) || token.Length > 64 || Links.FindById(Secrets.Hash(token)) is not { } link) return (LinkResult.Unknown, (MemberDoc?)null);
        var (result, member) = Judge(link);
        if (result != LinkResult.SignedIn) return (result, null);
        link.UsedAt = Now;
        Links.Update(link);
        accounts.Bind(member!, link.Language);
        return (result, member);
    });

    (LinkResult, MemberDoc?) Judge(SignInLinkDoc link)
    {
        if (link.UsedAt is not null) return (LinkResult.Used, null);
        if (link.ExpiresAt <= Now) return (LinkResult.Expired, null);
        return members.Find(link.MemberId) is { } member ? (LinkResult.SignedIn, member) : (LinkResult.MemberRemoved, null);
    }
}
