using System.Text.RegularExpressions;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>A piece of a message's text: plain, or a web address the page shows as a link.</summary>
public sealed record TextPart(string Text, string? Href = null);

/// <summary>
/// Splits a message's text into plain pieces and http(s) addresses, so the transcript can make the addresses (the
/// /console link, /invite's links) clickable while every piece is still written as text. Other schemes stay text.
/// </summary>
public static partial class LinkedText
{
    public static IReadOnlyList<TextPart> Split(string? text)
    {
        if (string.IsNullOrEmpty(text)) return [];
        var parts = new List<TextPart>();
        var at = 0;
        foreach (Match match in Address().Matches(text))
        {
            // Punctuation that ends a sentence is not part of the address ("…/chat?invite=X。").
            var address = match.Value.TrimEnd('.', ',', ';', ':', '!', '?', ')', ']', '\'', '"');
            if (!Uri.TryCreate(address, UriKind.Absolute, out var uri) || uri.Scheme is not ("http" or "https")) continue;
            if (match.Index > at) parts.Add(new TextPart(text[at..match.Index]));
            parts.Add(new TextPart(address, uri.AbsoluteUri));
            at = match.Index + address.Length;
        }
        if (at < text.Length) parts.Add(new TextPart(text[at..]));
        return parts;
    }

    // Up to the first space, quote, angle bracket or full-width punctuation (Chinese text follows addresses without a space).
    [GeneratedRegex(@"https?://[^\s<>""'\u3000-\u303F\uFF00-\uFFEF]+", RegexOptions.IgnoreCase | RegexOptions.CultureInvariant)]
    private static partial Regex Address();
}
