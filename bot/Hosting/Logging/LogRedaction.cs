using System.Text.RegularExpressions;

namespace ChatAppraisal.Bot.Hosting.Logging;

/// <summary>
/// What no log line may hold, and how it is blanked out: ballot codes in <c>/v/CODE</c>, invite codes (<c>?invite=</c>,
/// <c>/start CODE</c>, a bare 128-bit code), sign-in tokens in <c>/chat/link/…</c>, session ids, the Telegram bot's token
/// and WeCom's access token. A log line may be read by anyone who runs the machine; these sign someone in or cast a vote.
/// </summary>
public static partial class LogRedaction
{
    public const string Mark = "***";

    public static string Redact(string text)
    {
        if (text.Length == 0) return text;
        text = VotePath().Replace(text, "$1" + Mark);
        text = LinkPath().Replace(text, "$1" + Mark);
        text = InviteQuery().Replace(text, "$1" + Mark);
        text = StartCommand().Replace(text, "$1" + Mark);
        text = TelegramToken().Replace(text, "$1" + Mark);
        text = SecretQuery().Replace(text, "$1" + Mark);
        return RandomToken().Replace(text, Mark);
    }

    /// <summary>A value of a structured log line: strings are redacted, everything else is kept as it is.</summary>
    public static object? Redact(object? value) => value is string s ? Redact(s) : value;

    [GeneratedRegex(@"(/v/)[^/?#\s""'<>]+")]
    private static partial Regex VotePath();

    [GeneratedRegex(@"(/chat/link/)[^/?#\s""'<>]+")]
    private static partial Regex LinkPath();

    [GeneratedRegex(@"([?&](?:invite|code|returnUrl)=)[^&#\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex InviteQuery();

    [GeneratedRegex(@"(/start[\s\u3000]+)\S+", RegexOptions.IgnoreCase)]
    private static partial Regex StartCommand();

    [GeneratedRegex(@"(bot)\d{5,}:[A-Za-z0-9_-]{20,}")]
    private static partial Regex TelegramToken();

    [GeneratedRegex(@"((?:access_token|corpsecret|secret|token)=)[^&#\s""'<>]+", RegexOptions.IgnoreCase)]
    private static partial Regex SecretQuery();

    // A 128-bit value as the bot writes it (22 URL-safe base64 characters, both cases): an invite code, a sign-in token or
    // a session id standing alone. Type names are dotted and words are single-case, so they are left alone.
    [GeneratedRegex(@"(?<![A-Za-z0-9_\-.])(?=[A-Za-z0-9_-]{0,21}[A-Z])(?=[A-Za-z0-9_-]{0,21}[a-z])[A-Za-z0-9_-]{22}(?![A-Za-z0-9_-])")]
    private static partial Regex RandomToken();
}
