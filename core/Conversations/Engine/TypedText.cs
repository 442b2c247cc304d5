namespace ChatAppraisal.Conversations;

/// <summary>What a typed text is made of before anything reads it: characters the database can keep, words, a command's name.</summary>
public static class TypedText
{
    /// <summary>Longer messages are refused before any parsing (a whole category by quick entry is about 100 characters).</summary>
    public const int MaxLength = 500;

    public static readonly char[] Separators = [' ', '\u3000', '\n', '\t'];

    /// <summary>A lone surrogate cannot be stored (LiteDB writes UTF-8): it becomes U+FFFD before anything keeps the text.</summary>
    public static ChatUpdate Cleaned(ChatUpdate update) =>
        update.Text is { } typed && HasLoneSurrogate(typed) ? update with { Text = WithoutLoneSurrogates(typed) } : update;

    /// <summary>"/ranking 文字" → ("ranking", "文字"): the name in lower case, without "/", and the rest trimmed.</summary>
    public static (string Name, string Args) SplitCommand(string text)
    {
        var space = text.IndexOfAny(Separators);
        var name = (space < 0 ? text[1..] : text[1..space]).ToLowerInvariant();
        return (name, space < 0 ? "" : text[(space + 1)..].Trim());
    }

    static bool HasLoneSurrogate(string text)
    {
        for (var i = 0; i < text.Length; i++)
        {
            if (char.IsHighSurrogate(text[i]) && i + 1 < text.Length && char.IsLowSurrogate(text[i + 1])) i++;
            else if (char.IsSurrogate(text[i])) return true;
        }
        return false;
    }

    static string WithoutLoneSurrogates(string text)
    {
        var chars = text.ToCharArray();
        for (var i = 0; i < chars.Length; i++)
        {
            if (char.IsHighSurrogate(chars[i]) && i + 1 < chars.Length && char.IsLowSurrogate(chars[i + 1])) i++;
            else if (char.IsSurrogate(chars[i])) chars[i] = '\uFFFD';
        }
        return new string(chars);
    }
}
