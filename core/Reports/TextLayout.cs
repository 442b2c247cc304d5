using System.Globalization;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Reports;

/// <summary>
/// Plain-text columns that line up on a phone in a proportional font as well as in a monospaced one:
/// numbers are padded with FIGURE SPACE (as wide as a digit), Chinese names with IDEOGRAPHIC SPACE
/// (as wide as a Chinese character).
/// </summary>
public static class TextLayout
{
    public const char FigureSpace = '\u2007';
    public const char IdeographicSpace = '\u3000';

    /// <summary>China Standard Time, which has no daylight saving: stored times are UTC, officials read local time.</summary>
    public static readonly TimeSpan ChinaStandardTime = TimeSpan.FromHours(8);

    public static string Right(string text, int width) => text.PadLeft(width, FigureSpace);

    /// <summary>Pads a name to <paramref name="width"/> display columns (a Chinese character counts 2).</summary>
    public static string Name(string name, int width)
    {
        var missing = width - Width(name);
        if (missing <= 0) return name;
        return name + new string(IdeographicSpace, missing / 2) + (missing % 2 == 1 ? " " : "");
    }

    public static int Width(string text) => text.Sum(ch => IsWide(ch) ? 2 : 1);

    public static int Widest(IEnumerable<string> texts) => texts.Select(Width).DefaultIfEmpty(0).Max();

    public static int Longest(IEnumerable<string> texts) => texts.Select(t => t.Length).DefaultIfEmpty(0).Max();

    /// <summary>A score as typed back to users: 18, 5.5, 97.5.</summary>
    public static string Score(decimal value) => Points.Format(value);

    /// <summary>A 1000-scale value with two decimals so columns line up: 994.33, 900.00.</summary>
    public static string Scaled(decimal value) => Points.Round2(value).ToString("0.00", CultureInfo.InvariantCulture);

    public static string Time(DateTime utc) =>
        (DateTime.SpecifyKind(utc, DateTimeKind.Utc) + ChinaStandardTime).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);

    /// <summary>Whole percent, rounded down so an incomplete village never shows 100%.</summary>
    public static string Percent(decimal fraction) => ((int)Math.Floor(fraction * 100)).ToString(CultureInfo.InvariantCulture) + "%";

    /// <summary>A list of names, cut after <paramref name="max"/> with how many more there are.</summary>
    public static string List(IReadOnlyList<string> names, string separator, int max, Func<int, string> more) =>
        names.Count <= max ? string.Join(separator, names) : string.Join(separator, names.Take(max)) + more(names.Count - max);

    static bool IsWide(char ch) =>
        ch is >= '\u1100' and <= '\u115F' or >= '\u2E80' and <= '\uA4CF' or >= '\uAC00' and <= '\uD7A3'
            or >= '\uF900' and <= '\uFAFF' or >= '\uFE30' and <= '\uFE4F' or >= '\uFF00' and <= '\uFF60' or >= '\uFFE0' and <= '\uFFE6';
}
