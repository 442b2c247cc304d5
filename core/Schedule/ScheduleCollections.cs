using ChatAppraisal.Storage;
using LiteDB;

namespace ChatAppraisal.Schedule;

/// <summary>The schedule's own collections in the appraisal's LiteDB file.</summary>
public static class ScheduleCollections
{
    public static ILiteCollection<VisitDoc> Visits(this AppraisalStore store) => store.Database.GetCollection<VisitDoc>("visits");
    public static ILiteCollection<ReminderSentDoc> RemindersSent(this AppraisalStore store) => store.Database.GetCollection<ReminderSentDoc>("reminders_sent");

    /// <summary>Indexes, and the mapper's entities built once before parallel use (LiteDB 5.0.21's mapper races otherwise).</summary>
    public static void Prepare(AppraisalStore store) => store.Write(() =>
    {
        store.Visits().EnsureIndex(v => v.PeriodId);
        store.RemindersSent().EnsureIndex(r => r.Thing);
        _ = store.Database.GetCollection<ReminderSettingsDoc>("reminder_settings");
        _ = store.Database.GetCollection<ReminderPauseDoc>("reminder_pauses");
    });
}
