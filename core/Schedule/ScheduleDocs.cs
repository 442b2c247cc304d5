namespace ChatAppraisal.Schedule;

// The schedule's LiteDB documents. Local dates and times are strings in the town's zone ("2018-01-15", "09:00"):
// a visit is a wall-clock appointment, and the store's DateTime mapping would shift an unspecified time by the machine's zone.

/// <summary>A village's visit in a period. Id is "period:village", so setting it again replaces it.</summary>
public sealed class VisitDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    /// <summary>Local date in the town's zone, "yyyy-MM-dd".</summary>
    public string Date { get; set; } = "";
    /// <summary>Local time in the town's zone, "HH:mm".</summary>
    public string Time { get; set; } = "";
    public string? Note { get; set; }
    public int SetBy { get; set; }
    public DateTime SetAt { get; set; }

    public static string Key(int periodId, int villageId) => $"{periodId}:{villageId}";

    public DateOnly LocalDate => DateOnly.ParseExact(Date, LocalFormats.Date);
    public TimeOnly LocalTime => TimeOnly.ParseExact(Time, LocalFormats.Time);
}

/// <summary>A period's reminder settings. Id is the period's id; a period without one uses the defaults.</summary>
public sealed class ReminderSettingsDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public int Id { get; set; }
    /// <summary>"HH:mm": the morning reminders (visit day, leaders' ratings).</summary>
    public string Morning { get; set; } = ReminderSettings.DefaultMorning;
    /// <summary>"HH:mm": the evening reminders (examiners, group leaders, the office's digest).</summary>
    public string Evening { get; set; } = ReminderSettings.DefaultEvening;
    /// <summary>"yyyy-MM-dd": the last morning leaders are reminded of the villages they have not rated; null: the last visit day.</summary>
    public string? RatingsDueBy { get; set; }
}

/// <summary>
/// A reminder that was sent, written in the transaction that journaled its message. Id is
/// "member:kind:subject:date", the date being the local day of the reminder's slot, so a restart never sends it again.
/// </summary>
public sealed class ReminderSentDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public string Id { get; set; } = "";
    public int MemberId { get; set; }
    public string Kind { get; set; } = "";
    public string Subject { get; set; } = "";
    /// <summary>"member:kind:subject": the same thing, whatever the slot; not reminded twice on one <see cref="SentOn"/>.</summary>
    public string Thing { get; set; } = "";
    /// <summary>The slot's local date.</summary>
    public string Date { get; set; } = "";
    /// <summary>The local date it was sent on (a late evening reminder goes out the next morning).</summary>
    public string SentOn { get; set; } = "";
    public DateTime At { get; set; }
    public List<string> Channels { get; set; } = [];
    /// <summary>Why: "slot" (automatic) or "remind" (the office's /remind).</summary>
    public string Trigger { get; set; } = "";

    public static string ThingKey(int memberId, ReminderKind kind, string subject) => $"{memberId}:{kind}:{subject}";
    public static string Key(int memberId, ReminderKind kind, string subject, DateOnly date) => $"{ThingKey(memberId, kind, subject)}:{date.ToString(LocalFormats.Date)}";
}

/// <summary>/remind off: the member's reminders wait until the end of <see cref="Date"/> (local). Id is the member's id.</summary>
public sealed class ReminderPauseDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public int Id { get; set; }
    public string Date { get; set; } = "";
    public DateTime At { get; set; }
}

public static class LocalFormats
{
    public const string Date = "yyyy-MM-dd";
    public const string Time = "HH:mm";
}
