using System.Globalization;
using System.Text;

namespace ChatAppraisal.Scoring;

public enum PointsError
{
    None,
    Empty,
    NotANumber,
    Negative,
    TooManyDecimals,
    AboveMaximum,
    /// <summary>"5,5" at a single-value prompt: a decimal comma or two numbers? We refuse to guess.</summary>
    DecimalComma,
    TooLong,
}

public readonly record struct PointsResult(decimal Value, PointsError Error)
{
    public bool Ok => Error == PointsError.None;
}

/// <summary>Parses points as officials type them on a phone: ASCII or full-width, at most 2 decimals.</summary>
public static class Points
{
    /// <summary>Characters that separate numbers in one message: spaces, commas, 、 and ；, ASCII or full-width.</summary>
    public static readonly char[] Separators = [' ', '\t', '\r', '\n', ',', '，', '、', ';', '；', '\u3000'];

    /// <summary>The longest number anyone types; longer input is refused before parsing.</summary>
    const int MaxLength = 32;

    /// <summary>Folds full-width digits and punctuation to ASCII (５．５ → 5.5).</summary>
    public static string Normalize(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
        {
            sb.Append(ch switch
            {
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '．' or '。' => '.',
                '－' or '−' => '-',
                '＋' => '+',
                '\u3000' => ' ',
                _ => ch,
            });
        }
        return sb.ToString().Trim();
    }

    /// <summary>Parses one value for an item or category whose maximum is <paramref name="max"/>.</summary>
    public static PointsResult Parse(string? text, decimal max)
    {
        if (string.IsNullOrWhiteSpace(text)) return new(0, PointsError.Empty);
        var s = Normalize(text);
        if (s.Length > MaxLength) return new(0, PointsError.TooLong);
        if (IsDecimalComma(s)) return new(0, PointsError.DecimalComma);
        if (s.EndsWith('分')) s = s[..^1].TrimEnd();
        var negative = s.StartsWith('-');
        if (negative || s.StartsWith('+')) s = s[1..];
        if (s.Length == 0 || !s.All(ch => char.IsAsciiDigit(ch) || ch == '.') || s.Count(ch => ch == '.') > 1 || s == ".")
            return new(0, PointsError.NotANumber);
        if (!decimal.TryParse(s, NumberStyles.AllowDecimalPoint, CultureInfo.InvariantCulture, out var value))
            return new(0, PointsError.NotANumber);
        if (negative && value != 0) return new(value, PointsError.Negative);
        if (decimal.Round(value, 2) != value) return new(value, PointsError.TooManyDecimals);
        if (value > max) return new(value, PointsError.AboveMaximum);
        // 5.50 and 5.5 are the same score; store the shortest form.
        return new(value / 1.000000000000000000000000000000000m, PointsError.None);
    }

    /// <summary>Splits a message into number tokens (after full-width folding), dropping empty pieces.</summary>
    public static string[] SplitNumbers(string text) =>
        Normalize(text).Split(Separators, StringSplitOptions.RemoveEmptyEntries);

    /// <summary>A valid score: within [0, max] with at most 2 decimals.</summary>
    public static bool IsValid(decimal value, decimal max) => value >= 0 && value <= max && decimal.Round(value, 2) == value;

    /// <summary>Rounds for display, half away from zero (四舍五入).</summary>
    public static decimal Round2(decimal value) => decimal.Round(value, 2, MidpointRounding.AwayFromZero);

    public static string Format(decimal value) => Round2(value).ToString("0.##", CultureInfo.InvariantCulture);

    static bool IsDecimalComma(string s)
    {
        var comma = s.IndexOfAny([',', '，']);
        return comma > 0 && comma < s.Length - 1
            && s.Replace(",", "").Replace("，", "").All(char.IsAsciiDigit)
            && s.Count(ch => ch is ',' or '，') == 1;
    }
}
