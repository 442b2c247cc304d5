using System.Globalization;

namespace ChatAppraisal.Appraisal;

/// <summary>
/// The rule for names typed by admins (villages, members, periods): trimmed, 1–40 characters, no control or invisible
/// formatting characters (a zero-width space would make two names look alike).
/// </summary>
public static class Names
{
    public const int MaxLength = 40;

    /// <summary>The trimmed name, or null when it breaks the rule.</summary>
    public static string? Clean(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        return trimmed.Length is 0 or > MaxLength || trimmed.Any(Invisible) ? null : trimmed;
    }

    public static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);

    static bool Invisible(char c) => char.GetUnicodeCategory(c) is UnicodeCategory.Control or UnicodeCategory.Format;
}
