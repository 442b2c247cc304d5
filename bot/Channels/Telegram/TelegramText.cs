namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>Telegram's size limits on text.</summary>
public static class TelegramText
{
    public const int MaxMessageLength = 4096;
    public const int MaxCaptionLength = 1024;

    /// <summary>
    /// Cuts text into pieces of at most <paramref name="max"/> characters, at line ends where possible;
    /// a single longer line is cut where it must (never inside a surrogate pair). Joined, the pieces give the text back
    /// minus the line breaks the cuts fell on.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int max = MaxMessageLength)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, 2);
        if (text.Length <= max) return [text];
        var pieces = new List<string>();
        var rest = text.AsSpan();
        while (rest.Length > max)
        {
            var window = rest[..(max + 1)];
            var cut = window.LastIndexOf('\n');
            if (cut == 0)
            {
                rest = rest[1..];
                continue;
            }
            if (cut > 0)
            {
                pieces.Add(rest[..cut].ToString());
                rest = rest[(cut + 1)..];
                continue;
            }
            cut = char.IsHighSurrogate(rest[max - 1]) ? max - 1 : max;
            pieces.Add(rest[..cut].ToString());
            rest = rest[cut..];
        }
        if (rest.Length > 0) pieces.Add(rest.ToString());
        return pieces;
    }
}
