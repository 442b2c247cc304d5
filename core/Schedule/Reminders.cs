using ChatAppraisal.Rubrics;

namespace ChatAppraisal.Schedule;

public enum ReminderKind
{
    /// <summary>Examiners and group leaders, on the morning of a visit day: that day's villages and times.</summary>
    VisitDay,
    /// <summary>An examiner, on the evening of a visit day: the village's categories they started and have not confirmed.</summary>
    Categories,
    /// <summary>A group leader, on the evening of a visit day: the village's sheet, every item scored, not signed.</summary>
    Sheet,
    /// <summary>A leadership member, every morning until ratings are due: the villages they have not rated.</summary>
    Ratings,
    /// <summary>The office, every evening of the appraisal's days: items scored, sheets sealed, ratings in.</summary>
    Digest,
}

/// <summary>What a reminder says; the texts turn it into a message in the member's language.</summary>
public abstract record ReminderContent;

public sealed record VisitDayContent(DateOnly Date, IReadOnlyList<Visit> Visits) : ReminderContent;

public sealed record OpenCategory(string Name, int ItemsScored, int ItemCount);

public sealed record CategoriesContent(string Village, IReadOnlyList<OpenCategory> Categories) : ReminderContent;

public sealed record SheetContent(string Village, int ItemCount) : ReminderContent;

/// <param name="DueBy">The last day to rate, when one is set or known.</param>
public sealed record RatingsContent(IReadOnlyList<string> Missing, int VillageCount, DateOnly? DueBy, Rubric Rubric) : ReminderContent;

public sealed record DigestContent(DateOnly Date, int ItemsScored, int ItemsTotal, int Sealed, int Villages, int RatingsIn, int RatingsExpected,
    IReadOnlyList<string> UnsealedToday) : ReminderContent;

/// <summary>
/// One reminder owed: to whom, of which kind, about what (a village's id, or "day"), for which local day (the slot's,
/// or today for /remind), and what it says.
/// </summary>
public sealed record PlannedReminder(int MemberId, string MemberName, ReminderKind Kind, string Subject, DateOnly Date, ReminderContent Content)
{
    public string Key => ReminderSentDoc.Key(MemberId, Kind, Subject, Date);
    public string Thing => ReminderSentDoc.ThingKey(MemberId, Kind, Subject);
}
