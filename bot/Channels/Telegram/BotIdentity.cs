namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>Who the bot is on Telegram, learnt from getMe at start; empty until then.</summary>
public sealed class BotIdentity
{
    volatile Me? _me;

    sealed record Me(long Id, string Username);

    public bool IsKnown => _me is not null;
    public long? Id => _me?.Id;
    public string? Username => _me?.Username;

    internal void Set(long id, string username) => _me = new Me(id, username);
}
