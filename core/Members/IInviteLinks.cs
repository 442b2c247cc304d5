namespace ChatAppraisal.Members;

/// <summary>How a person joins with an invite code on each running channel (a Telegram deep link, the browser chat's sign-in).</summary>
public interface IInviteLinks
{
    /// <summary>The first running channel's link; null where no channel has links (codes are typed: <c>/start CODE</c>).</summary>
    string? LinkFor(string code);

    /// <summary>One entry per running channel: its link, or the message to send there ("/start CODE").</summary>
    IReadOnlyDictionary<string, string> All(string code) => LinkFor(code) is { } link ? new Dictionary<string, string> { ["link"] = link } : new Dictionary<string, string>();
}

/// <summary>Without channels (a test of the engine alone), codes are typed: <c>/start CODE</c>.</summary>
public sealed class NoInviteLinks : IInviteLinks
{
    public string? LinkFor(string code) => null;
}
