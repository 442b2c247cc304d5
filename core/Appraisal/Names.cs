namespace ChatAppraisal.Appraisal;

/// <summary>The rule for names typed by admins (villages, members, periods): trimmed, 1–40 characters, no control characters.</summary>
public static class Names
{
    public const int MaxLength = 40;

    /// <summary>The trimmed name, or null when it breaks the rule.</summary>
    public static string? Clean(string? name)
    {
        var trimmed = name?.Trim() ?? "";
        return trimmed.Length is 0 or > MaxLength || trimmed.Any(char.IsControl) ? null : trimmed;
    }

    public static bool Same(string a, string b) => string.Equals(a.Trim(), b.Trim(), StringComparison.OrdinalIgnoreCase);
}
