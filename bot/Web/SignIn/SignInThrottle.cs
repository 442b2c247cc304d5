using System.Threading.RateLimiting;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// Sign-in attempts per network address: <see cref="PerMinute"/> a minute (a code or a link; a wrong one counts as well).
/// The pages ask it before reading the code, so a held-back attempt learns when to try again and nothing is looked up.
/// </summary>
public sealed class SignInThrottle : IDisposable
{
    public const int PerMinute = 10;

    readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = PerMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0, AutoReplenishment = true,
        }));

    /// <summary>Null when the attempt may go ahead; otherwise the seconds to wait.</summary>
    public int? Attempt(HttpContext context)
    {
        using var lease = _limiter.AttemptAcquire(context.Connection.RemoteIpAddress?.ToString() ?? "unknown");
        if (lease.IsAcquired) return null;
        return lease.TryGetMetadata(MetadataName.RetryAfter, out var wait) ? Math.Max(1, (int)Math.Ceiling(wait.TotalSeconds)) : 60;
    }

    public void Dispose() => _limiter.Dispose();
}
