namespace ChatAppraisal.Bot.Web.SignIn;

// LiteDB documents of the web sign-in. Times are UTC.

/// <summary>
/// A signed-in browser: the cookie carries only <see cref="Id"/>. Deleted on sign-out; ended when unused for
/// <see cref="WebSessions.IdleLimit"/> or when the member is removed (both checked on every request).
/// </summary>
public sealed class WebSessionDoc
{
    /// <summary>The hash of the session's secret (128 random bits, URL-safe), which only the cookie carries.</summary>
    public string Id { get; set; } = "";
    public int MemberId { get; set; }
    /// <summary>The member's account on the browser chat, "web:m12".</summary>
    public string Account { get; set; } = "";
    public DateTime CreatedAt { get; set; }
    public DateTime LastSeenAt { get; set; }

    public const string Collection = "web_sessions";
}

/// <summary>A single-use sign-in link a member asked for with /web in another chat; valid <see cref="WebSignInLinks.Lifetime"/>.</summary>
public sealed class SignInLinkDoc
{
    /// <summary>The hash of the token in the link (128 random bits, URL-safe); the token itself is not stored.</summary>
    public string Id { get; set; } = "";
    public int MemberId { get; set; }
    /// <summary>The language of the chat that asked, for the new browser account.</summary>
    public string? Language { get; set; }
    public DateTime CreatedAt { get; set; }
    public DateTime ExpiresAt { get; set; }
    public DateTime? UsedAt { get; set; }

    public const string Collection = "web_signin_links";
}
