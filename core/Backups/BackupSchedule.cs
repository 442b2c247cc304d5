using System.Threading.Channels;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Backups;

/// <summary>Asks for a backup without waiting for it: after a seal, a publication of results, an admin's /backup.</summary>
public interface IBackupRequests
{
    /// <param name="note">What it follows (the sealed village).</param>
    /// <param name="memberId">Who asked and is told how it went; null for none.</param>
    void Request(BackupReason reason, string? note = null, int? memberId = null);
}

/// <summary>
/// Takes the backups nobody waits for: the daily one at <c>Backup:Daily</c> in the town's time (<c>Bot:TimeZone</c>), and
/// those asked for (<see cref="IBackupRequests"/>), in the background, one at a time. Requests that pile up while a backup
/// runs are taken together (ten seals in a minute make one or two backups, each kept as a seal's). Runs over
/// <see cref="TimeProvider"/>, so tests drive it with a fake clock.
/// </summary>
public sealed class BackupSchedule(BackupKeeper backups, TownClock town, AppraisalStore store, IMemberNotifier notifier, ILogger<BackupSchedule> logger)
    : BackgroundService, IBackupRequests
{
    sealed record Asked(BackupReason Reason, string? Note, int? MemberId);

    readonly Channel<Asked> _asked = Channel.CreateUnbounded<Asked>();
    int _taken;

    /// <summary>Backups this worker has tried (tests wait on it).</summary>
    public int Taken => Volatile.Read(ref _taken);

    public void Request(BackupReason reason, string? note = null, int? memberId = null) => _asked.Writer.TryWrite(new Asked(reason, note, memberId));

    /// <summary>The next daily backup's instant after <paramref name="now"/>.</summary>
    public DateTimeOffset NextDaily(DateTimeOffset now)
    {
        var today = DateOnly.FromDateTime(town.ToLocal(now));
        var at = town.ToInstant(today, backups.Options.DailyTime);
        return at > now ? at : town.ToInstant(today.AddDays(1), backups.Options.DailyTime);
    }

    DateTimeOffset _firstDaily;

    /// <summary>
    /// Reckons the first daily backup as the host starts: ExecuteAsync runs on a pool thread of its own (.NET 10), and a
    /// worker that got its thread late on a busy machine would reckon from a later time and, at the daily time exactly,
    /// skip that day's backup.
    /// </summary>
    public override Task StartAsync(CancellationToken cancellationToken)
    {
        _firstDaily = NextDaily(town.UtcNow);
        return base.StartAsync(cancellationToken);
    }

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        var next = _firstDaily;
        await Task.Yield();
        if (store.Engine is Storage.Postgres.PostgresEngine)
        {
            // A server database is backed up on the server (pg_dump, see docs/scale-out.md), not copied by each bot process.
            logger.LogInformation("Backups of {Location} are taken with pg_dump on the server (docs/scale-out.md); this process takes none itself", store.Path);
            return;
        }
        while (!stoppingToken.IsCancellationRequested)
        {
            var delay = next - town.UtcNow;
            using var wake = CancellationTokenSource.CreateLinkedTokenSource(stoppingToken);
            var asked = _asked.Reader.WaitToReadAsync(wake.Token).AsTask();
            var timer = Task.Delay(delay < TimeSpan.Zero ? TimeSpan.Zero : delay, town.Time, wake.Token);
            try
            {
                // A clock that moved on between the wait's reckoning and its start (a fake clock in tests, a PC's clock
                // set forward) would leave the timer a whole wait late: the time is read again once the timer runs.
                if (town.UtcNow < next) await Task.WhenAny(asked, timer);
            }
            finally
            {
                await wake.CancelAsync();
            }
            if (stoppingToken.IsCancellationRequested) return;
            try
            {
                if (town.UtcNow >= next)
                {
                    next = NextDaily(town.UtcNow); // before the backup, which may take long while the clock moves on
                    Run(BackupReason.Daily, null, []);
                }
                var pending = new List<Asked>();
                while (_asked.Reader.TryRead(out var one)) pending.Add(one);
                // What outlasts the others decides: a seal's or a publication's backup is kept for good.
                foreach (var group in pending.GroupBy(a => a.Reason))
                    Run(group.Key, string.Join("、", group.Select(a => a.Note).OfType<string>().Distinct()) is { Length: > 0 } note ? note : null,
                        group.Select(a => a.MemberId).OfType<int>().Distinct().ToList());
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "The backup worker failed; it goes on");
            }
        }
    }

    void Run(BackupReason reason, string? note, IReadOnlyList<int> askedBy)
    {
        var outcome = backups.Take(reason, note);
        Interlocked.Increment(ref _taken);
        if (askedBy.Count == 0) return;
        try
        {
            store.Write(() =>
            {
                foreach (var member in askedBy)
                    notifier.Notify(member, texts => [new TextReply(outcome.Record is { } r
                        ? texts.BackupDone(r.File, r.Size, r.Counts)
                        : texts.BackupFailed(outcome.Problem, backups.Folder))], "backup");
            });
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not tell member(s) {Members} how their backup went", string.Join(", ", askedBy));
        }
    }
}
