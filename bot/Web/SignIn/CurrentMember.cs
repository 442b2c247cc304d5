using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>Who a request comes from: the member (read from the database on this request), the session, the browser chat's chat id.</summary>
public sealed record SignedInMember(MemberDoc Member, WebSessionDoc Session, string ChatId);

/// <summary>
/// The signed-in member of the current request, for pages and endpoints (inject it; it is scoped). The cookie's session
/// was checked on this request: the member exists, is not removed, and the session has not ended.
/// </summary>
public sealed class CurrentMember(IHttpContextAccessor http, WebAccounts accounts, IOptions<BotOptions> options)
{
    public SignedInMember? SignedIn => http.HttpContext?.Items[typeof(SignedInMember)] as SignedInMember;

    public MemberDoc? Member => SignedIn?.Member;

    public bool Has(Role role) => Member?.Has(role) == true;

    /// <summary>The page's language: the member's browser account's (as /lang sets it), else Bot:Language.</summary>
    public string Language => (SignedIn is { } s ? accounts.Language(s.Member.Id) : null) ?? options.Value.Language;

    public Texts Texts => Texts.For(Language);
}
