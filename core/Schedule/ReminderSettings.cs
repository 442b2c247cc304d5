using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Schedule;

/// <summary>A period's reminder settings as read: the two times of day, the leaders' due date, and the appraisal's days.</summary>
public sealed record ReminderTimes(int PeriodId, TimeOnly Morning, TimeOnly Evening, DateOnly? RatingsDueBy, IReadOnlyList<DateOnly> AppraisalDays)
{
    /// <summary>The last morning leaders are reminded: <see cref="RatingsDueBy"/>, or the last visit day when it is not set.</summary>
    public DateOnly? LeadersUntil => RatingsDueBy ?? (AppraisalDays.Count > 0 ? AppraisalDays[^1] : null);
}

public enum SettingsRefusal
{
    None,
    UnknownPeriod,
    BadMorning,
    BadEvening,
    MorningNotBeforeEvening,
    BadDueDate,
}

/// <summary>
/// Reminder settings per period (defaults: morning 08:00, evening 19:30, ratings due on the last visit day) and the
/// members' pauses (/remind off). Quiet hours are fixed: 21:30 to 07:30, when no automatic reminder goes out.
/// </summary>
public sealed class ReminderSettings(AppraisalStore store, TimeProvider clock)
{
    public const string DefaultMorning = "08:00", DefaultEvening = "19:30";
    public static readonly TimeOnly QuietFrom = new(21, 30), QuietUntil = new(7, 30);

    IDocs<ReminderSettingsDoc> Docs => store.Schedule.Settings;
    IDocs<ReminderPauseDoc> Pauses => store.Schedule.Pauses;
    IDocs<VisitDoc> Visits => store.Schedule.Visits;

    public static bool IsQuiet(TimeOnly local) => local >= QuietFrom || local < QuietUntil;

    public ReminderTimes For(int periodId)
    {
        var doc = Docs.FindById(periodId) ?? new ReminderSettingsDoc { Id = periodId };
        var days = Visits.Find(v => v.PeriodId == periodId).Select(v => v.LocalDate).Distinct().Order().ToList();
        return new ReminderTimes(periodId, ParseTime(doc.Morning) ?? new TimeOnly(8, 0), ParseTime(doc.Evening) ?? new TimeOnly(19, 30),
            doc.RatingsDueBy is { } due ? ParseDate(due) : null, days);
    }

    /// <summary>Replaces a period's settings (audited); times "HH:mm" with the morning before the evening, the due date "yyyy-MM-dd" or null.</summary>
    public SettingsRefusal Set(Actor actor, int periodId, string? morning, string? evening, string? ratingsDueBy) => store.Write(() =>
    {
        if (store.Setup.Periods.FindById(periodId) is null) return SettingsRefusal.UnknownPeriod;
        if (ParseTime(morning) is not { } m) return SettingsRefusal.BadMorning;
        if (ParseTime(evening) is not { } e) return SettingsRefusal.BadEvening;
        if (m >= e) return SettingsRefusal.MorningNotBeforeEvening;
        DateOnly? due = null;
        if (!string.IsNullOrWhiteSpace(ratingsDueBy))
        {
            if (ParseDate(ratingsDueBy) is not { } d) return SettingsRefusal.BadDueDate;
            due = d;
        }
        var old = Docs.FindById(periodId) ?? new ReminderSettingsDoc { Id = periodId };
        var doc = new ReminderSettingsDoc
        {
            Id = periodId, Morning = m.ToString(LocalFormats.Time), Evening = e.ToString(LocalFormats.Time),
            RatingsDueBy = due?.ToString(LocalFormats.Date),
        };
        if (old.Morning == doc.Morning && old.Evening == doc.Evening && old.RatingsDueBy == doc.RatingsDueBy) return SettingsRefusal.None;
        Docs.Upsert(doc);
        store.Audit.Add(ScoreBook.Entry(actor, periodId, null, clock.GetUtcNow().UtcDateTime, AuditActions.RemindersChanged,
            detail: $"{Describe(old)} → {Describe(doc)}"));
        return SettingsRefusal.None;
    });

    /// <summary>Sets (or with null clears) only the leaders' due date, keeping the times.</summary>
    public SettingsRefusal SetDueBy(Actor actor, int periodId, DateOnly? due) => store.Write(() =>
    {
        var current = For(periodId);
        return Set(actor, periodId, current.Morning.ToString(LocalFormats.Time), current.Evening.ToString(LocalFormats.Time),
            due?.ToString(LocalFormats.Date));
    });

    public bool IsPaused(int memberId, DateOnly today) => Pauses.FindById(memberId) is { } pause && pause.Date == today.ToString(LocalFormats.Date);

    public void Pause(int memberId, DateOnly today) => store.Write(() =>
        Pauses.Upsert(new ReminderPauseDoc { Id = memberId, Date = today.ToString(LocalFormats.Date), At = clock.GetUtcNow().UtcDateTime }));

    /// <summary>True when the member had paused reminders today.</summary>
    public bool Resume(int memberId, DateOnly today) => store.Write(() =>
    {
        var paused = IsPaused(memberId, today);
        Pauses.Delete(memberId);
        return paused;
    });

    static string Describe(ReminderSettingsDoc d) => $"morning {d.Morning}, evening {d.Evening}, ratings due {d.RatingsDueBy ?? "last visit day"}";

    /// <summary>"08:00", "8:00", "23:59"; null for anything else.</summary>
    public static TimeOnly? ParseTime(string? text) =>
        text is not null && TimeOnly.TryParseExact(text.Trim(), ["HH:mm", "H:mm"], CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t : null;

    public static DateOnly? ParseDate(string? text) =>
        text is not null && DateOnly.TryParseExact(text.Trim(), LocalFormats.Date, CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null;
}
