using System.Text;

namespace ChatAppraisal.Reports;

/// <summary>
/// Splits a long answer into messages a chat accepts (Telegram: at most 4,096 characters): at line boundaries,
/// and a single line longer than that at its last separator (、，, or space) or, failing one, hard at the limit.
/// Nothing is lost: line-boundary parts rejoin with "\n", parts of one long line rejoin directly
/// (a part holding only blank lines is dropped, since a chat refuses an empty message).
/// </summary>
public static class MessageSplitter
{
    public const int TelegramLimit = 4096;

    static readonly char[] BreakAfter = ['、', '，', ',', '；', ';', ' ', '\u3000', '）', ')'];

    public static IReadOnlyList<string> Split(string text, int limit = TelegramLimit)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(limit, 2);
        if (text.Length <= limit) return [text];
        var parts = new List<string>();
        var current = new StringBuilder();
        var open = false;
        foreach (var line in text.Split('\n'))
        {
            if (open && current.Length + 1 + line.Length <= limit)
            {
                current.Append('\n').Append(line);
                continue;
            }
            if (open) Add(parts, current.ToString());
            current.Clear();
            var rest = line.AsSpan();
            while (rest.Length > limit)
            {
                var cut = Cut(rest, limit);
                Add(parts, rest[..cut].ToString());
                rest = rest[cut..];
            }
            current.Append(rest);
            open = true;
        }
        if (open) Add(parts, current.ToString());
        return parts;
    }

    /// <summary>The text as chat replies, one per part.</summary>
    public static IReadOnlyList<TextReply> Replies(string text, int limit = TelegramLimit) =>
        Split(text, limit).Select(part => new TextReply(part)).ToList();

    // A chat refuses an empty message; an empty part only ever holds line breaks.
    static void Add(List<string> parts, string part)
    {
        if (!string.IsNullOrWhiteSpace(part)) parts.Add(part);
    }

    static int Cut(ReadOnlySpan<char> line, int limit)
    {
        var window = line[(limit / 2)..limit];
        var at = window.LastIndexOfAny(BreakAfter);
        if (at >= 0) return limit / 2 + at + 1;
        // Never split a surrogate pair (an emoji) in two.
        return char.IsHighSurrogate(line[limit - 1]) ? limit - 1 : limit;
    }
}
