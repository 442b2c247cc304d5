using ChatAppraisal.Schedule;

namespace ChatAppraisal.Storage;

/// <summary>Visits, reminder settings and pauses, and the reminders already sent.</summary>
public sealed class ScheduleStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<VisitDoc> VisitsCollection = new("visits", v => v.PeriodId);
    public static readonly Collection<ReminderSentDoc> SentCollection = new("reminders_sent", r => r.Thing);
    public static readonly Collection<ReminderSettingsDoc> SettingsCollection = new("reminder_settings");
    public static readonly Collection<ReminderPauseDoc> PausesCollection = new("reminder_pauses");

    public IDocs<VisitDoc> Visits => engine.Docs(VisitsCollection);
    public IDocs<ReminderSentDoc> RemindersSent => engine.Docs(SentCollection);
    public IDocs<ReminderSettingsDoc> Settings => engine.Docs(SettingsCollection);
    public IDocs<ReminderPauseDoc> Pauses => engine.Docs(PausesCollection);

    public void Prepare()
    {
        engine.Prepare(VisitsCollection);
        engine.Prepare(SentCollection);
        engine.Prepare(SettingsCollection);
        engine.Prepare(PausesCollection);
    }
}
