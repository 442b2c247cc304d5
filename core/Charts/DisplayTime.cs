using System.Globalization;

namespace ChatAppraisal.Charts;

/// <summary>
/// Times as the township reads them: Beijing time (UTC+8, no daylight saving), "2018-01-15 17:00".
/// Stored times are UTC; a server's own zone is irrelevant.
/// </summary>
public static class DisplayTime
{
    public static readonly TimeSpan Offset = TimeSpan.FromHours(8);

    public static DateTime ToBeijing(DateTime utc) =>
        DateTime.SpecifyKind(utc.Kind == DateTimeKind.Local ? utc.ToUniversalTime() : utc, DateTimeKind.Unspecified) + Offset;

    public static string Format(DateTime utc) => ToBeijing(utc).ToString("yyyy-MM-dd HH:mm", CultureInfo.InvariantCulture);
}
