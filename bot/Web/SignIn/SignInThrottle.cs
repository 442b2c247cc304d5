using ChatAppraisal.Limits;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// Sign-in attempts per network address: <see cref="PerMinute"/> a minute (a code or a link on the sign-in pages, and
/// <c>/start CODE</c> typed in the browser chat; a wrong one counts as well). The pages ask it before reading the code, so
/// a held-back attempt learns when to try again and nothing is looked up.
/// </summary>
public sealed class SignInThrottle(TimeProvider clock)
{
    public const int PerMinute = 10;

    readonly PerMinuteLimit<string> _limit = new(PerMinute, clock);

    /// <summary>Null when the attempt may go ahead; otherwise the seconds to wait.</summary>
    public int? Attempt(HttpContext context) => _limit.Attempt(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
}
