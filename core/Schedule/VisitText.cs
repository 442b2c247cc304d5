using System.Text;
using System.Text.RegularExpressions;

namespace ChatAppraisal.Schedule;

public enum VisitTextProblem
{
    None,
    MissingDate,
    DateNotUnderstood,
    NoSuchDay,
    MissingTime,
    TimeNotUnderstood,
    NoSuchTime,
    NoteTooLong,
}

/// <summary>What the office typed after the village: the date and time, and the note, or the problem and the words at fault.</summary>
public sealed record VisitWhen(VisitTextProblem Problem, DateOnly Date = default, TimeOnly Time = default, string? Note = null, string Typed = "")
{
    public bool Ok => Problem == VisitTextProblem.None;
}

/// <summary>
/// Reads "1月15日 9:00 村委会议室", "1/15 9点", "2018-01-15 09:00", "1月15日下午3点半", full-width digits too.
/// A date without a year takes it from the period's name: "2017年度" is appraised early in 2018, so January to June
/// fall in 2018 and July to December in 2017; a name without a year means the current year in the town.
/// </summary>
public static partial class VisitText
{
    public const int MaxNote = 100;

    public static VisitWhen Parse(string text, string periodName, DateOnly today)
    {
        var s = Fold(text);
        if (s.Length == 0) return new VisitWhen(VisitTextProblem.MissingDate);
        var date = DatePattern().Match(s);
        if (!date.Success) return new VisitWhen(VisitTextProblem.DateNotUnderstood, Typed: FirstWord(s));
        var month = int.Parse(date.Groups["m"].Value);
        var day = int.Parse(date.Groups["d"].Value);
        var year = date.Groups["y"].Success ? int.Parse(date.Groups["y"].Value) : YearFor(month, periodName, today);
        if (month is < 1 or > 12 || day < 1 || year is < 2000 or > 2100 || day > DateTime.DaysInMonth(year, month))
            return new VisitWhen(VisitTextProblem.NoSuchDay, Typed: date.Value.Trim());
        var on = new DateOnly(year, month, day);

        var rest = s[date.Length..];
        if (rest.Trim().Length == 0) return new VisitWhen(VisitTextProblem.MissingTime, on);
        var time = TimePattern().Match(rest);
        if (!time.Success) return new VisitWhen(VisitTextProblem.TimeNotUnderstood, on, Typed: FirstWord(rest));
        if (ToTime(time) is not { } at) return new VisitWhen(VisitTextProblem.NoSuchTime, on, Typed: time.Value.Trim());

        var note = rest[time.Length..].Trim();
        if (note.Length > MaxNote) return new VisitWhen(VisitTextProblem.NoteTooLong, on, at, Typed: note);
        return new VisitWhen(VisitTextProblem.None, on, at, note.Length == 0 ? null : note);
    }

    /// <summary>A time of day alone ("9:00", "9点半", "下午3点", full-width digits too), or null.</summary>
    public static TimeOnly? ParseTime(string text)
    {
        var s = Fold(text);
        var time = TimePattern().Match(s);
        return time.Success && time.Length == s.Length ? ToTime(time) : null;
    }

    static TimeOnly? ToTime(Match time)
    {
        var hour = int.Parse(time.Groups["h"].Value);
        var minute = time.Groups["half"].Success ? 30
            : time.Groups["mi"].Success ? int.Parse(time.Groups["mi"].Value) : 0;
        hour = time.Groups["ampm"].Value switch
        {
            "下午" or "晚上" when hour is >= 1 and < 12 => hour + 12,
            "中午" when hour is >= 1 and <= 2 => hour + 12,
            _ => hour,
        };
        return hour > 23 || minute > 59 ? null : new TimeOnly(hour, minute);
    }

    /// <summary>A date alone ("1月18日", "1/18", "2018-01-18"): <see cref="VisitWhen.Date"/> or the problem.</summary>
    public static VisitWhen ParseDay(string text, string periodName, DateOnly today)
    {
        var s = Fold(text);
        if (s.Length == 0) return new VisitWhen(VisitTextProblem.MissingDate);
        var date = DatePattern().Match(s);
        if (!date.Success || date.Length != s.Length) return new VisitWhen(VisitTextProblem.DateNotUnderstood, Typed: s);
        return ToDate(date) is { } on ? new VisitWhen(VisitTextProblem.None, on) : new VisitWhen(VisitTextProblem.NoSuchDay, Typed: s);

        DateOnly? ToDate(Match m)
        {
            var month = int.Parse(m.Groups["m"].Value);
            var day = int.Parse(m.Groups["d"].Value);
            var year = m.Groups["y"].Success ? int.Parse(m.Groups["y"].Value) : YearFor(month, periodName, today);
            return month is < 1 or > 12 || day < 1 || year is < 2000 or > 2100 || day > DateTime.DaysInMonth(year, month) ? null : new DateOnly(year, month, day);
        }
    }

    /// <summary>The calendar year of a month of <paramref name="periodName"/>'s appraisal (see the class summary).</summary>
    public static int YearFor(int month, string periodName, DateOnly today)
    {
        var named = PeriodYear().Match(periodName);
        if (!named.Success) return today.Year;
        var year = int.Parse(named.Groups[1].Value);
        return month <= 6 ? year + 1 : year;
    }

    /// <summary>Full-width digits, colons, slashes and spaces to ASCII.</summary>
    static string Fold(string text)
    {
        var sb = new StringBuilder(text.Length);
        foreach (var ch in text)
            sb.Append(ch switch
            {
                >= '０' and <= '９' => (char)('0' + (ch - '０')),
                '：' => ':',
                '／' => '/',
                '－' or '−' or '—' => '-',
                '．' => '.',
                '\u3000' or '\t' or '\n' => ' ',
                _ => ch,
            });
        return sb.ToString().Trim();
    }

    static string FirstWord(string s) => s.Trim().Split(' ', 2)[0];

    [GeneratedRegex(@"^(?:(?<y>\d{4})\s*(?:年|-|/|\.)\s*)?(?<m>\d{1,2})\s*(?:月|-|/|\.)\s*(?<d>\d{1,2})(?!\d)(?:\s*(?:日|号))?(?:\s*[(（]?\s*(?:星期|周)[一二三四五六日天][)）]?)?")]
    private static partial Regex DatePattern();

    [GeneratedRegex(@"^(?:\s*|T)(?<ampm>上午|早上|早晨|中午|下午|晚上)?\s*(?<h>\d{1,2})\s*(?::(?<mi>\d{1,2})(?::00)?|点\s*(?:(?<half>半)|(?<mi>\d{1,2})\s*分?)?|时\s*(?:(?<mi>\d{1,2})\s*分?)?)(?!\d)")]
    private static partial Regex TimePattern();

    [GeneratedRegex(@"(\d{4})\s*年")]
    private static partial Regex PeriodYear();
}
