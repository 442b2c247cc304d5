using System.Security.Cryptography;
using System.Text;

namespace ChatAppraisal.Ballots;

/// <summary>
/// Slip codes: 8 characters drawn by <see cref="RandomNumberGenerator"/> from an alphabet without look-alikes (no 0/O,
/// 1/I/L): 31⁸ ≈ 8.5 × 10¹¹ codes, so a guess hits one of a ballot's at most 500 slips about once in 1.7 × 10⁹ tries.
/// </summary>
public static class BallotCodes
{
    public const string Alphabet = "23456789ABCDEFGHJKMNPQRSTUVWXYZ";
    public const int Length = 8;

    public static string New() => RandomNumberGenerator.GetString(Alphabet, Length);

    /// <summary>
    /// A typed code as stored: upper case, without spaces or dashes (the slip prints it as "K7M2 Q9XH"), full-width
    /// letters and digits folded. Null when it cannot be a code at all (wrong length, a character outside the alphabet).
    /// </summary>
    public static string? Normalize(string? typed)
    {
        if (typed is null || typed.Length > 40) return null;
        var sb = new StringBuilder(Length);
        foreach (var raw in typed)
        {
            var ch = raw switch
            {
                >= '０' and <= '９' => (char)('0' + (raw - '０')),
                >= 'Ａ' and <= 'Ｚ' => (char)('A' + (raw - 'Ａ')),
                >= 'ａ' and <= 'ｚ' => (char)('A' + (raw - 'ａ')),
                _ => char.ToUpperInvariant(raw),
            };
            if (ch is ' ' or '-' or '\u3000' or '\t') continue;
            if (Alphabet.IndexOf(ch) < 0) return null;
            sb.Append(ch);
        }
        return sb.Length == Length ? sb.ToString() : null;
    }

    /// <summary>As printed for typing: two groups of four ("K7M2 Q9XH").</summary>
    public static string Display(string code) => code.Length == Length ? $"{code[..4]} {code[4..]}" : code;
}
