using ChatAppraisal.Appraisal;
using ChatAppraisal.Backups;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Tests.Support;
using LiteDB;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.Backups;

/// <summary>
/// A backup holds the store's write lock only for a moment (a checkpoint and the data file frozen), not for its copy:
/// answers commit while the copy runs, and each backup still holds exactly one moment between transactions. The copy is
/// paused at its first slice (<see cref="LiteDbBackup.DuringCopy"/>) while other threads write, pass LiteDB's automatic
/// checkpoint threshold and ask for a checkpoint: none of them waits for the copy, and none of it reaches the backup.
/// </summary>
public sealed class BackupWhileWritingTests : IDisposable
{
    const int Villages = 4, Backups = 4;
    static readonly TimeSpan Patience = TimeSpan.FromSeconds(30);
    readonly TempDatabase _db = new();

    [Fact]
    public async Task AnswersCommitDuringEachCopyAndEveryBackupHoldsOneMomentsScoresWithTheirAuditEntries()
    {
        var period = _db.Periods.Active();
        var villages = Enumerable.Range(1, Villages).Select(n => _db.AddVillage($"试验村{n}").Id).ToList();
        var examiner = _db.Members.Add("郑亚娜", [Role.Examiner]);
        var actor = new Actor(examiner.Id, examiner.Name, "test");
        var storage = new LiteDbBackup(_db.Store);
        var keeper = Keeper(storage);
        decimal Max(int category, int item) => period.Rubric.Categories[category].Leaves[item].Max;
        long answers = 0;
        var stop = new CancellationTokenSource();
        // Parked between a copy's end and the check of the log: no commit meanwhile (LiteDB checkpoints by itself after a
        // commit once the log is long), so only the checkpoint put off during the copy can have emptied the log.
        var parked = new SemaphoreSlim(0);
        var goOn = new ManualResetEventSlim(true);

        // Two examiners' worth of answers, without a pause, for as long as the backups run: every one a score and its
        // audit entry in one transaction.
        var writers = Enumerable.Range(0, 2).Select(w => Task.Run(() =>
        {
            for (var n = 0; !stop.IsCancellationRequested; n++)
            {
                if (!goOn.IsSet)
                {
                    parked.Release();
                    goOn.Wait();
                }
                var item = n % 5;
                var outcome = _db.ScoreBook.SetItem(actor, period, villages[(w + n) % Villages], w, item, Max(w, item) - n % 3 * 0.5m);
                Assert.True(outcome.Ok, outcome.Refusal.ToString());
                Interlocked.Increment(ref answers);
            }
        })).ToList();

        var duringCopies = new List<(int Backup, long Answers, long Audit)>();
        var bulk = 0;
        storage.DuringCopy = copied =>
        {
            if (copied != 0) return;
            // On other threads (this one holds the frozen file's transaction): answers, ~10 MB more in the log than the
            // 1,000 pages after which LiteDB checkpoints by itself, and a seal's explicit checkpoint.
            var before = Interlocked.Read(ref answers);
            var meanwhile = Task.Run(() =>
            {
                for (var n = 0; n < 12; n++)
                {
                    var id = Interlocked.Increment(ref bulk);
                    _db.Store.Write(() => _db.Store.LiteDatabase().GetCollection("bulk").Insert(new BsonDocument { ["_id"] = id, ["b"] = new byte[1_000_000] }));
                }
                Assert.True(_db.ScoreBook.SetItem(actor, period, villages[0], 2, 0, Max(2, 0) - 0.5m * (duringCopies.Count % 2 + 1)).Ok);
                _db.Store.Checkpoint();
                var waited = System.Diagnostics.Stopwatch.StartNew();
                while (Interlocked.Read(ref answers) < before + 20 && waited.Elapsed < Patience) Thread.Sleep(1);
                return (long)_db.Store.Audit.Entries.Count(); // the live file's now (this thread, not the frozen one's)
            });
            Assert.True(meanwhile.Wait(Patience), "answers, a big write and a checkpoint should go through while the copy waits");
            Assert.True(Interlocked.Read(ref answers) >= before + 20, "the examiners' answers should commit while the copy waits");
            Assert.True(new FileInfo(LiteDbBackup.LogOf(_db.FilePath)).Length > 1000 * 8192, "the log should be past LiteDB's checkpoint threshold");
            duringCopies.Add((duringCopies.Count, Interlocked.Read(ref answers), meanwhile.Result));
            goOn.Reset();
            for (var w = 0; w < 2; w++) Assert.True(parked.Wait(Patience), "the examiners should stop before the copy ends");
        };

        var outcomes = new List<BackupOutcome>();
        for (var b = 0; b < Backups; b++)
        {
            var outcome = keeper.Take(BackupReason.OnDemand);
            Assert.True(outcome.Ok, $"backup {b}: {outcome.Detail}");
            outcomes.Add(outcome);
            // The checkpoint asked for during the copy ran right after it: the log went into the data file.
            Assert.True(new FileInfo(LiteDbBackup.LogOf(_db.FilePath)) is var log && (!log.Exists || log.Length < 1000 * 8192),
                $"the checkpoint put off during the copy should run once the copy is done (backup {b}: the log holds {log.Length:N0} bytes)");
            goOn.Set();
        }
        stop.Cancel();
        await Task.WhenAll(writers).WaitAsync(Patience);

        Assert.All(outcomes, o => Assert.True(o.Ok, o.Detail));
        Assert.Equal(Backups, duringCopies.Count);
        var trail = _db.Store.Audit.Entries.FindAll().OrderBy(a => a.Id).ToList();
        var bulkLive = _db.Store.LiteDatabase().GetCollection("bulk").LongCount();
        Assert.Equal(12L * Backups, bulkLive);
        foreach (var (outcome, b) in outcomes.Select((o, b) => (o.Record!, b)))
        {
            var copy = Path.Combine(_db.Folder, "check-" + outcome.File);
            File.Copy(Path.Combine(keeper.Folder, outcome.File), copy);
            using var backup = new AppraisalStore(copy);
            var audit = backup.Audit.Entries.FindAll().OrderBy(a => a.Id).ToList();
            Assert.Equal(outcome.Counts, new StorageCounts(backup.Scores.Items.Count(), backup.Scores.Seals.Count(), audit.Count,
                backup.LiteDatabase().GetCollection(LiteDbBackup.Attachments).LongCount()));

            // The audit trail up to one moment, no gap: every entry committed before the backup's newest, none after.
            var newest = audit.Count == 0 ? 0 : audit[^1].Id;
            var then = trail.Where(a => a.Id <= newest).ToList();
            Assert.Equal(then.Select(Line), audit.Select(Line));
            // Every score is the one its audit entries say, every audited score is there: nothing half-written.
            var replayed = new Dictionary<string, decimal?>();
            foreach (var entry in then.Where(a => a.Action is AuditActions.ScoreSet or AuditActions.ScoreCleared))
                if (entry.Action == AuditActions.ScoreSet) replayed[$"{entry.VillageId}/{entry.Category}/{entry.Item}"] = entry.New;
                else replayed.Remove($"{entry.VillageId}/{entry.Category}/{entry.Item}");
            Assert.Equal(replayed.OrderBy(s => s.Key).Select(s => $"{s.Key}={s.Value}"),
                backup.Scores.Items.FindAll().Select(s => $"{s.VillageId}/{s.Category}/{s.Item}={s.Value}").Order());
            // What was written while its copy ran is not in it: the backup is the moment the copy began.
            Assert.True(audit.Count < duringCopies[b].Audit, $"backup {b} holds {audit.Count} audit entries, the live file had {duringCopies[b].Audit} during its copy");
            Assert.Equal(12L * b, backup.LiteDatabase().GetCollection("bulk").LongCount());
        }
        Assert.True(outcomes.Select(o => o.Record!.Counts.AuditEntries).Distinct().Count() == Backups, "each backup should be a later moment");
    }

    [Fact]
    public async Task AReopenDuringTheCopyGivesUpThatBackupWithoutAStrayAndTheNextIsWhole()
    {
        var period = _db.Periods.Active();
        var village = _db.AddVillage("新庄村");
        var examiner = _db.Members.Add("郑亚娜", [Role.Examiner]);
        _db.ScoreBook.SetItem(new Actor(examiner.Id, examiner.Name, "test"), period, village.Id, 0, 0, 18m);
        var storage = new LiteDbBackup(_db.Store);
        var keeper = Keeper(storage);
        var engine = (LiteDbEngine)_db.Store.Engine;
        Task? reopening = null;
        storage.DuringCopy = copied =>
        {
            if (reopening is not null) return;
            // A full disk's reopen (or the bot stopping) waits for the copy to let the engine go, never the other way.
            reopening = Task.Run(engine.Reopen);
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (!engine.Closing && waited.Elapsed < Patience) Thread.Sleep(1);
            Assert.True(engine.Closing);
        };

        var given = keeper.Take(BackupReason.OnDemand);

        Assert.False(given.Ok);
        Assert.Equal(BackupProblem.Failed, given.Problem);
        Assert.Contains("closed or reopened", given.Detail);
        await reopening!.WaitAsync(Patience); // the reopen goes through once the copy let go
        Assert.Empty(Directory.EnumerateFiles(keeper.Folder));
        _db.ScoreBook.SetItem(new Actor(examiner.Id, examiner.Name, "test"), period, village.Id, 0, 1, 5m);

        var next = keeper.Take(BackupReason.OnDemand);

        Assert.True(next.Ok, next.Detail);
        Assert.Equal(new StorageCounts(2, 0, (long)_db.Store.Audit.Entries.Count(), 0), next.Record!.Counts);
        Assert.Single(keeper.List());
    }

    BackupKeeper Keeper(LiteDbBackup storage) => new(storage, Options.Create(new BackupOptions { Keep = 100 }),
        Options.Create(new StorageOptions { Path = _db.FilePath }), _db.Clock, NullLogger<BackupKeeper>.Instance);

    static string Line(AuditEntry a) => $"{a.Id} {a.Action} {a.VillageId} {a.Category} {a.Item} {a.New} {a.Detail}";

    public void Dispose() => _db.Dispose();
}
