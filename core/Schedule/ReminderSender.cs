using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Schedule;

public enum SendResult
{
    Sent,
    AlreadySent,
    Paused,
    /// <summary>The member is bound on no channel that runs; tried again at the next round.</summary>
    NoChannel,
}

public sealed record RemindOutcome(PlannedReminder Reminder, SendResult Result);

/// <summary>
/// Sends planned reminders exactly once: each is checked against what was sent (its slot, or the same thing today) and
/// recorded in the transaction that hands its message to <see cref="IMemberNotifier"/>, so a restart never sends it again
/// and a rollback sends nothing.
/// </summary>
public sealed class ReminderSender(AppraisalStore store, IMemberNotifier notifier, ReminderPlanner planner, ReminderSettings settings, TownClock town)
{
    public const string Automatic = "slot", OnPurpose = "remind";

    /// <summary>Sends what the planner says is due now, each reminder in its own transaction.</summary>
    public IReadOnlyList<RemindOutcome> SendDue() => planner.Due(town.UtcNow).Select(r => new RemindOutcome(r, Send(r, Automatic))).ToList();

    /// <summary>The office's /remind: everything owed now, at once (quiet hours do not apply), in the caller's transaction.</summary>
    public IReadOnlyList<RemindOutcome> RemindNow() => store.Write(() =>
        planner.Owed(town.UtcNow).Select(r => new RemindOutcome(r, Send(r, OnPurpose))).ToList());

    public SendResult Send(PlannedReminder reminder, string trigger) => store.Write(() =>
    {
        var today = town.Today;
        if (settings.IsPaused(reminder.MemberId, today)) return SendResult.Paused;
        if (planner.IsSent(reminder, today)) return SendResult.AlreadySent;
        var channels = notifier.Notify(reminder.MemberId, t => [new TextReply(t.Reminder(reminder.Content))], KindName(reminder.Kind));
        if (channels.Count == 0) return SendResult.NoChannel;
        store.Schedule.RemindersSent.Insert(new ReminderSentDoc
        {
            Id = reminder.Key, MemberId = reminder.MemberId, Kind = reminder.Kind.ToString(), Subject = reminder.Subject, Thing = reminder.Thing,
            Date = reminder.Date.ToString(LocalFormats.Date), SentOn = today.ToString(LocalFormats.Date), At = town.UtcNow.UtcDateTime,
            Channels = channels.ToList(), Trigger = trigger,
        });
        return SendResult.Sent;
    });

    /// <summary>The notifier's kind: "reminder.visitday", "reminder.categories", …</summary>
    public static string KindName(ReminderKind kind) => "reminder." + kind.ToString().ToLowerInvariant();
}
