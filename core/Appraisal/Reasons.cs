namespace ChatAppraisal.Appraisal;

/// <summary>
/// A deduction's reason (扣分原因) as it is kept: one line, trimmed, at most <see cref="MaxLength"/> characters. One line
/// because the seal's fingerprint writes one item per line: a reason that broke lines could imitate another item.
/// </summary>
public static class Reasons
{
    public const int MaxLength = 200;

    /// <summary>The reason as stored: whitespace runs (line breaks included) become one space; blank is null.</summary>
    public static string? Normalize(string? reason)
    {
        if (string.IsNullOrWhiteSpace(reason)) return null;
        return string.Join(' ', reason.Split((char[]?)null, StringSplitOptions.RemoveEmptyEntries));
    }

    public static bool IsValid(string? normalized) => normalized is null || normalized.Length <= MaxLength;
}
