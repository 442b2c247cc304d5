using System.Text;

namespace ChatAppraisal.Channels;

/// <summary>Cuts texts to a channel's message length: in characters (Telegram) or in UTF-8 bytes (WeCom).</summary>
public static class ChannelText
{
    /// <summary>
    /// Cuts text into pieces of at most <paramref name="max"/> characters (or UTF-8 bytes), at line ends where possible;
    /// a single longer line is cut where it must (never inside a surrogate pair). Joined, the pieces give the text back
    /// minus the line breaks the cuts fell on.
    /// </summary>
    public static IReadOnlyList<string> Split(string text, int max, bool inUtf8Bytes = false)
    {
        ArgumentOutOfRangeException.ThrowIfLessThan(max, inUtf8Bytes ? 4 : 2);
        if (Length(text, inUtf8Bytes) <= max) return [text];
        var pieces = new List<string>();
        var rest = text.AsSpan();
        while (Length(rest, inUtf8Bytes) > max)
        {
            var fit = Fit(rest, max, inUtf8Bytes); // how many chars fit, always < rest.Length
            var window = rest[..Math.Min(fit + 1, rest.Length)];
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
            cut = char.IsHighSurrogate(rest[fit - 1]) ? fit - 1 : fit;
            pieces.Add(rest[..cut].ToString());
            rest = rest[cut..];
        }
        if (rest.Length > 0) pieces.Add(rest.ToString());
        return pieces;
    }

    public static int Length(ReadOnlySpan<char> text, bool inUtf8Bytes) => inUtf8Bytes ? Encoding.UTF8.GetByteCount(text) : text.Length;

    /// <summary>The longest prefix (in chars) of <paramref name="text"/> within <paramref name="max"/>.</summary>
    static int Fit(ReadOnlySpan<char> text, int max, bool inUtf8Bytes)
    {
        if (!inUtf8Bytes) return Math.Min(max, text.Length);
        int bytes = 0, i = 0;
        while (i < text.Length)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.Slice(i, width));
            if (bytes + size > max) break;
            bytes += size;
            i += width;
        }
        return i;
    }
}
