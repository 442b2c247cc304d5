using System.Text;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>Plain texts within WeCom's size: at most 2,048 UTF-8 bytes a message, cut on line boundaries.</summary>
public static class WeComText
{
    public static int Bytes(string text) => Encoding.UTF8.GetByteCount(text);

    /// <summary>Pieces of at most <paramref name="maxBytes"/> bytes, cut between lines; a longer line is cut between characters.</summary>
    public static IReadOnlyList<string> Split(string text, int maxBytes = WeComApiClient.MaxTextBytes)
    {
        if (Bytes(text) <= maxBytes) return [text];
        var pieces = new List<string>();
        var current = new StringBuilder();
        foreach (var line in text.Split('\n'))
        {
            var candidate = current.Length == 0 ? line : current + "\n" + line;
            if (Bytes(candidate) <= maxBytes)
            {
                current.Clear().Append(candidate);
                continue;
            }
            if (current.Length > 0) pieces.Add(current.ToString());
            current.Clear();
            var rest = line;
            while (Bytes(rest) > maxBytes)
            {
                var cut = Fit(rest, maxBytes);
                pieces.Add(rest[..cut]);
                rest = rest[cut..];
            }
            current.Append(rest);
        }
        if (current.Length > 0) pieces.Add(current.ToString());
        return pieces.Where(p => p.Trim().Length > 0).ToList();
    }

    /// <summary>The longest start of <paramref name="text"/> within <paramref name="maxBytes"/>, never splitting a surrogate pair.</summary>
    static int Fit(string text, int maxBytes)
    {
        var bytes = 0;
        for (var i = 0; i < text.Length; i++)
        {
            var width = char.IsHighSurrogate(text[i]) && i + 1 < text.Length ? 2 : 1;
            var size = Encoding.UTF8.GetByteCount(text.AsSpan(i, width));
            if (bytes + size > maxBytes) return Math.Max(i, 1);
            bytes += size;
            i += width - 1;
        }
        return text.Length;
    }

    /// <summary>At most <paramref name="maxChars"/> characters, with "…" where cut.</summary>
    public static string Shorten(string text, int maxChars) =>
        text.Length <= maxChars ? text : text[..(maxChars - 1)].TrimEnd() + "…";
}
