using System.Collections.Concurrent;
using ChatAppraisal.Members;
using ChatAppraisal.Bot.Channels;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// The stored sessions behind the sign-in cookie: started at sign-in, checked and kept alive on every request, ended at
/// sign-out. The cookie carries the session's secret; only its hash is stored (<see cref="Secrets"/>). Whatever holds a
/// session open (the live transcript) is told the moment it ends (<see cref="Ended"/>).
/// </summary>
public sealed class WebSessions
{
    /// <summary>A session unused this long has ended.</summary>
    public static readonly TimeSpan IdleLimit = TimeSpan.FromDays(30);

    /// <summary>Last-seen times are written at most this often (every request of the live transcript would be a write).</summary>
    static readonly TimeSpan TouchEvery = TimeSpan.FromMinutes(1);

    readonly AppraisalStore _store;
    readonly MemberDirectory _members;
    readonly TimeProvider _clock;
    readonly ConcurrentDictionary<string, CancellationTokenSource> _ending = new();

    public WebSessions(AppraisalStore store, MemberDirectory members, TimeProvider clock)
    {
        _store = store;
        _members = members;
        _clock = clock;
        _store.Prepare(ChannelStore.WebSessionsCollection);
    }

    IDocs<WebSessionDoc> Sessions => new ChannelStore(_store).WebSessions;

    DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>A new session for the member and the secret the cookie carries (joins the caller's transaction).</summary>
    public (WebSessionDoc Session, string Secret) Start(MemberDoc member) => _store.Write(() =>
    {
        var secret = Secrets.New();
        var session = new WebSessionDoc
        {
            Id = Secrets.Hash(secret), MemberId = member.Id, Account = WebAccounts.Account(member.Id), CreatedAt = Now, LastSeenAt = Now,
        };
        Sessions.Insert(session);
        // Sessions that ended by disuse are forgotten as new ones start.
        var idleSince = Now - IdleLimit;
        Sessions.DeleteMany(s => s.LastSeenAt < idleSince);
        return (session, secret);
    });

    /// <summary>The signed-in member of the cookie's session, with the session touched; null when it has ended (it is deleted then).</summary>
    public SignedInMember? Check(string secret) => secret.Length is 0 or > 64 ? null : Recheck(Secrets.Hash(secret));

    /// <summary>The same for a session already found (by its stored id): whether it is still valid now.</summary>
    public SignedInMember? Recheck(string sessionId)
    {
        var session = Sessions.FindById(sessionId);
        if (session is null)
        {
            Signal(sessionId);
            return null;
        }
        // The member is looked up in their town (the browser account carries it), whatever town the request is about.
        var member = TownScope.In(_members.Town(WebAccounts.Channel, WebAccounts.ChatId(session.MemberId)), () => _members.Find(session.MemberId));
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

    /// <summary>Ends the session (by its stored id): it can never be used again, and what holds it open is told at once.</summary>
    public void End(string sessionId)
    {
        _store.Write(() => Sessions.Delete(sessionId));
        Signal(sessionId);
    }

    /// <summary>
    /// Cancelled the moment the session ends here (sign-out, or found ended by a check). Removal and expiry are found by
    /// the holder's own checks (<see cref="Recheck"/>), which end it too.
    /// </summary>
    public CancellationToken Ending(string sessionId) => _ending.GetOrAdd(sessionId, _ => new CancellationTokenSource()).Token;

    // Cancelled, not disposed: a stream may be reading its token at this very moment.
    void Signal(string sessionId)
    {
        if (_ending.TryRemove(sessionId, out var ending)) ending.Cancel();
    }

    /// <summary>Every session of a member, oldest first (for tests and the console's view of who is signed in).</summary>
    public IReadOnlyList<WebSessionDoc> Of(int memberId) => Sessions.Find(s => s.MemberId == memberId).OrderBy(s => s.CreatedAt).ToList();
}
