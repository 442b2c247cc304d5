using ChatAppraisal.Members;
using ChatAppraisal.Bot.Channels;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>The stored sessions behind the sign-in cookie: started at sign-in, checked and kept alive on every request, ended at sign-out.</summary>
public sealed class WebSessions
{
    /// <summary>A session unused this long has ended.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromDays(30);

    /// <summary>Last-seen times are written at most this often (every request of the live transcript would be a write).</summary>
    static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    readonly AppraisalStore _store;
    readonly MemberDirectory _members;
    readonly TimeProvider _clock;

    public WebSessions(AppraisalStore store, MemberDirectory members, TimeProvider clock)
    {
        _store = store;
        _members = members;
        _clock = clock;
        _store.Prepare(ChannelStore.WebSessionsCollection);
    }

    IDocs<WebSessionDoc> Sessions => new ChannelStore(_store).WebSessions;

    DateTime Now => _clock.GetUtcNow().UtcDateTime;

    public WebSessionDoc Start(MemberDoc member) => _store.Write(() =>
    {
        var session = new WebSessionDoc
        {
            Id = WebAccounts.NewToken(), MemberId = member.Id, Account = WebAccounts.Account(member.Id), CreatedAt = Now, LastSeenAt = Now,
        };
        Sessions.Insert(session);
        // Sessions that ended by disuse are forgotten as new ones start.
        var idleSince = Now - IdleLimit;
        Sessions.DeleteMany(s => s.LastSeenAt < idleSince);
        return session;
    });

    /// <summary>The signed-in member of a session that is still valid, with the session touched; null when it has ended (it is deleted then).</summary>
    public SignedInMember? Check(string sessionId)
    {
        var session = Sessions.FindById(sessionId);
        if (session is null) return null;
        var member = _members.Find(session.MemberId);
        if (member is null || Now - session.LastSeenAt > IdleLimit)
        {
            End(sessionId);
            return null;
        }
        if (Now - session.LastSeenAt > TouchEvery)
            _store.Write(() =>
            {
                session.LastSeenAt = Now;
                Sessions.Update(session);
            });
        return new SignedInMember(member, session, WebAccounts.ChatId(member.Id));
    }

    public void End(string sessionId) => _store.Write(() => Sessions.Delete(sessionId));

    /// <summary>Every session of a member, oldest first (for tests and the console's view of who is signed in).</summary>
    public IReadOnlyList<WebSessionDoc> Of(int memberId) => Sessions.Find(s => s.MemberId == memberId).OrderBy(s => s.CreatedAt).ToList();
}
