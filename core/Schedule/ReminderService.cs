using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Schedule;

/// <summary>
/// Sends the automatic reminders: wakes at the next slot (held back past quiet hours), sends what is due, sleeps again.
/// A change of the reminder times wakes it early (<see cref="ReminderWakeup"/>). Runs over <see cref="TimeProvider"/>, so
/// tests drive a whole appraisal with a fake clock.
/// </summary>
public sealed class ReminderService(ReminderSender sender, ReminderPlanner planner, TownClock town, ReminderWakeup wakeup, Towns.TownList towns,
    Storage.AppraisalStore store, ILogger<ReminderService> logger)
    : BackgroundService
{
    /// <summary>After a failed round (the database busy or closing), try again this much later.</summary>
    public static readonly TimeSpan RetryAfterFailure = TimeSpan.FromMinutes(1);

    int _rounds;

    /// <summary>Rounds completed since start (tests wait on it).</summary>
    public int Rounds => Volatile.Read(ref _rounds);

    /// <summary>Bot processes sharing a database elect one to send the reminders (docs/scale-out.md).</summary>
    public const string Role = "reminders";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        await Task.Yield();
        await Storage.Shared.Election.RunWhileLeadingAsync(store, Role, RunAsync, logger, stoppingToken);
    }

    async Task RunAsync(CancellationToken stoppingToken)
    {
        while (!stoppingToken.IsCancellationRequested)
        {
            DateTimeOffset next;
            try
            {
                // Each town's reminders in its own scope (its periods, schedule and members); the soonest town's wake wins.
                next = towns.EachTown(_ =>
                {
                    var sent = sender.SendDue();
                    foreach (var outcome in sent.Where(o => o.Result == SendResult.Sent))
                        logger.LogInformation("Reminder {Kind} about {Subject} sent to member {MemberId} for {Date}",
                            outcome.Reminder.Kind, outcome.Reminder.Subject, outcome.Reminder.MemberId, outcome.Reminder.Date);
                    return planner.NextWake(town.UtcNow);
                }).Select(t => t.Result).DefaultIfEmpty(town.UtcNow + RetryAfterFailure).Min();
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Reminders could not be sent; trying again in {Retry}", RetryAfterFailure);
                next = town.UtcNow + RetryAfterFailure;
            }
            Interlocked.Increment(ref _rounds);
            var delay = next - town.UtcNow;
            try
            {
                await wakeup.WaitAsync(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, town.Time, stoppingToken);
            }
            catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
            {
                return;
            }
        }
    }
}

/// <summary>Wakes the reminder service before its time (the reminder times changed).</summary>
public sealed class ReminderWakeup
{
    readonly SemaphoreSlim _signal = new(0, 1);

    public void Pulse()
    {
        try
        {
            _signal.Release();
        }
        catch (SemaphoreFullException)
        {
            // Already pulsed: one wake is enough.
        }
    }

    public async Task WaitAsync(TimeSpan delay, TimeProvider time, CancellationToken cancellationToken)
    {
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(cancellationToken);
        var signal = _signal.WaitAsync(stop.Token);
        var timer = Task.Delay(delay, time, stop.Token);
        await Task.WhenAny(signal, timer);
        await stop.CancelAsync();
        cancellationToken.ThrowIfCancellationRequested();
    }
}
