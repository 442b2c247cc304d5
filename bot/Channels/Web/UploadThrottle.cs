using ChatAppraisal.Limits;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>Uploads through the browser chat: at most <see cref="PerMinute"/> a minute per member; the rest are held back unread.</summary>
public sealed class UploadThrottle(TimeProvider clock)
{
    public const int PerMinute = 30;

    readonly PerMinuteLimit<int> _limit = new(PerMinute, clock);

    /// <summary>Null when the member's upload may go ahead; otherwise the seconds to wait.</summary>
    public int? Attempt(int memberId) => _limit.Attempt(memberId);
}
