using ChatAppraisal.Schedule;

namespace ChatAppraisal.Storage;

/// <summary>Visits, reminder settings and pauses, and the reminders already sent.</summary>
public sealed class ScheduleStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<VisitDoc> VisitsCollection = new Collection<VisitDoc>("visits", v => v.PeriodId).OwnedByTown();
    public static readonly Collection<ReminderSentDoc> SentCollection = new Collection<ReminderSentDoc>("reminders_sent", r => r.Thing).OwnedByTown();
    public static readonly Collection<ReminderSettingsDoc> SettingsCollection = new Collection<ReminderSettingsDoc>("reminder_settings").OwnedByTown();
    public static readonly Collection<ReminderPauseDoc> PausesCollection = new Collection<ReminderPauseDoc>("reminder_pauses").OwnedByTown();

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
