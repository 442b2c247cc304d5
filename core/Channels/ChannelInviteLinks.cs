using ChatAppraisal.Members;

namespace ChatAppraisal.Channels;

/// <summary>How to join with an invite code on each running channel: its link, or the message to send there.</summary>
public sealed class ChannelInviteLinks(IEnumerable<IChatChannel> channels) : IInviteLinks
{
    readonly IReadOnlyList<IChatChannel> _channels = channels.ToList();

    /// <summary>The first running channel's link (null when no channel has links).</summary>
    public string? LinkFor(string code) => _channels.Select(c => c.InviteLink(code)).FirstOrDefault(link => link is not null);

    /// <summary>One entry per running channel: its link, or "/start CODE" where joining is a message.</summary>
    public IReadOnlyDictionary<string, string> All(string code) =>
        _channels.ToDictionary(c => c.Name, c => c.InviteLink(code) ?? $"/start {code}");
}
