using ChatAppraisal.Members;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>Deep links that open the bot and send <c>/start CODE</c>; null until getMe has told us the username.</summary>
sealed class TelegramInviteLinks(BotIdentity identity) : IInviteLinks
{
    public string? LinkFor(string code) =>
        identity.Username is { } username ? $"https://t.me/{username}?start={Uri.EscapeDataString(code)}" : null;
}
