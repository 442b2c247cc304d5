namespace ChatAppraisal.Publication;

/// <summary>
/// Working days (工作日) for the objection window. Assumption: Monday to Friday; Saturdays and Sundays are skipped, and
/// public holidays (and the weekends worked in their place) are not known: the code has no holiday calendar.
/// </summary>
public static class WorkingDays
{
    public const int Max = 30;

    public static bool IsWorkingDay(DateOnly day) => day.DayOfWeek is not (DayOfWeek.Saturday or DayOfWeek.Sunday);

    /// <summary>The last of <paramref name="count"/> working days after <paramref name="published"/> (the day of publishing is not counted).</summary>
    public static DateOnly LastDay(DateOnly published, int count)
    {
        var day = published;
        for (var left = count; left > 0;)
        {
            day = day.AddDays(1);
            if (IsWorkingDay(day)) left--;
        }
        return day;
    }
}
