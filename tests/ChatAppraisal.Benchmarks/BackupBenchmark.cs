using System.Diagnostics;
using ChatAppraisal.Backups;
using ChatAppraisal.Channels;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmark 7 (issue 27): a backup at 1,000 villages, and the pause it puts on answers. Over the benchmark file of 1,000
/// fully scored villages (<see cref="BenchmarkDatabase"/>), the product's <see cref="BackupKeeper"/> (copy between
/// transactions, read-only check, SHA-256, manifest) against a plain copy of the same file; then examiners answering item
/// prompts through the real engine (<see cref="ExaminerDesk"/>), each with a short pause between answers, first with no
/// backup running, then while backups are taken back to back: the p95 of an answer's reply time during a backup (its
/// handling overlapped one) against without, side by side in one run. Goal: ≤ 2×. Not a BenchmarkDotNet class: it
/// measures a process over seconds, as a backup and the answers around it do.
/// </summary>
static class BackupBenchmark
{
    public const double Goal = 2.0;
    const int Examiners = 8, Items = 17;
    static readonly TimeSpan Pause = TimeSpan.FromMilliseconds(50);

    public static IReadOnlyList<string> Run(TextWriter output, int villages, TimeSpan phase)
    {
        var setup = Stopwatch.StartNew();
        using var db = BenchmarkDatabase.Create(villages + Examiners, unscored: Examiners);
        using var desk = new ExaminerDesk(db.Store);
        var users = Enumerable.Range(1, Examiners).Select(i => new ChatUser("bench", $"{i}", $"考核员{i}")).ToList();
        var seats = desk.Seat(users, db.Villages.Take(Examiners).ToList());
        var items = db.Periods.Active().Rubric.Categories[ExaminerDesk.Category].Items;
        var storage = new LiteDbBackup(db.Store);
        var keeper = new BackupKeeper(storage, Options.Create(new BackupOptions { Keep = 2 }),
            Options.Create(new StorageOptions { Path = db.Path }), TimeProvider.System, NullLogger<BackupKeeper>.Instance);
        db.Store.Checkpoint();
        var size = new FileInfo(db.Path).Length;
        output.WriteLine($"BackupBenchmark: {villages:N0} villages, a {size / 1e6:0} MB file, set up in {setup.Elapsed.TotalSeconds:0.0} s");

        // A backup against a plain copy of the same file, alternately, three each after one of each to warm up.
        var backups = new List<double>();
        var copies = new List<double>();
        var plain = Path.Combine(db.Folder, "plain-copy.db");
        for (var round = 0; round < 4; round++)
        {
            var watch = Stopwatch.StartNew();
            var outcome = keeper.Take(BackupReason.OnDemand, "benchmark");
            if (!outcome.Ok) throw new InvalidOperationException($"The backup failed: {outcome.Problem} {outcome.Detail}");
            if (round > 0) backups.Add(watch.Elapsed.TotalMilliseconds);
            output.WriteLine($"  backup {round}: {outcome.Timings}; writers held up {storage.LastHold.TotalMilliseconds:0} ms");
            watch.Restart();
            File.Copy(db.Path, plain, overwrite: true);
            if (round > 0) copies.Add(watch.Elapsed.TotalMilliseconds);
        }
        File.Delete(plain);
        var backupMs = Median(backups);
        var copyMs = Median(copies);
        output.WriteLine($"  a backup (copy between transactions, check, SHA-256): {backupMs:0} ms; a plain copy of the file: {copyMs:0} ms");

        var answering = new Answering(desk, seats, items);
        answering.Run(TimeSpan.FromSeconds(1), during: null); // warm-up: JIT, caches
        var without = answering.Run(phase, during: null);
        var during = answering.Run(phase, during: keeper);
        var p95Without = Percentile(without.Latencies, 0.95);
        var p95During = Percentile(during.Latencies, 0.95);
        output.WriteLine($"  {Examiners} examiners answering, {Pause.TotalMilliseconds:0} ms between answers, {phase.TotalSeconds:0} s each:");
        output.WriteLine($"    without a backup: p50 {Percentile(without.Latencies, 0.5):0.0} ms, p95 {p95Without:0.0} ms, max {without.Latencies.Max():0.0} ms (n = {without.Latencies.Count})");
        output.WriteLine($"    during a backup:  p50 {Percentile(during.Latencies, 0.5):0.0} ms, p95 {p95During:0.0} ms, max {during.Latencies.Max():0.0} ms " +
                         $"(n = {during.Latencies.Count} answers overlapping one of {during.Backups} backups; {during.Outside} others not counted)");
        var ratio = p95During / p95Without;
        return
        [
            $"BackupBenchmark ({villages:N0} villages, {size / 1e6:0} MB): backup time ÷ a plain copy of the file: {backupMs / copyMs:0.00} ({backupMs:0} ms ÷ {copyMs:0} ms)",
            $"BackupBenchmark ({villages:N0} villages): p95 reply during a backup ÷ without: {ratio:0.0} ({p95During:0.0} ms ÷ {p95Without:0.0} ms); " +
            $"goal ≤ {Goal:0}× {(ratio <= Goal ? "met" : "MISSED")}",
        ];
    }

    /// <summary>The examiners answering on threads of their own; with a keeper, backups taken back to back meanwhile.</summary>
    sealed class Answering(ExaminerDesk desk, IReadOnlyList<ExaminerSeat> seats, IReadOnlyList<Rubrics.Item> items)
    {
        long _updateId = 10_000_000;
        int _round;

        public (List<double> Latencies, int Backups, int Outside) Run(TimeSpan phase, BackupKeeper? during)
        {
            var answers = new List<(long Start, long End)>();
            var windows = new List<(long Start, long End)>();
            using var stop = new CancellationTokenSource(phase);
            var round = Interlocked.Increment(ref _round);
            desk.Reset(seats);
            var threads = seats.Select(seat => new Thread(() =>
            {
                var mine = new List<(long, long)>();
                for (var n = 0; !stop.IsCancellationRequested; n++)
                {
                    var item = n % Items;
                    if (item == 0 && n > 0) desk.Store.Write(() => desk.Conversations.Upsert(seat.Conversation)); // back at the first item
                    var text = ExaminerDesk.Typed(ExaminerDesk.Answer(items[item].Max, round + n / Items));
                    var start = Stopwatch.GetTimestamp();
                    desk.Engine.HandleAsync(new ChatUpdate(seat.User, Interlocked.Increment(ref _updateId), text)).GetAwaiter().GetResult();
                    mine.Add((start, Stopwatch.GetTimestamp()));
                    Thread.Sleep(Pause);
                }
                lock (answers) answers.AddRange(mine);
            })).ToList();
            var backups = during is null ? null : new Thread(() =>
            {
                while (!stop.IsCancellationRequested)
                {
                    var start = Stopwatch.GetTimestamp();
                    during.Take(BackupReason.OnDemand, "benchmark");
                    lock (windows) windows.Add((start, Stopwatch.GetTimestamp()));
                }
            });
            threads.ForEach(t => t.Start());
            backups?.Start();
            threads.ForEach(t => t.Join());
            backups?.Join();
            var counted = during is null ? answers : answers.Where(a => windows.Any(w => a.Start < w.End && a.End > w.Start)).ToList();
            return (counted.Select(a => Stopwatch.GetElapsedTime(a.Start, a.End).TotalMilliseconds).ToList(), windows.Count, answers.Count - counted.Count);
        }
    }

    static double Median(IReadOnlyList<double> values) => values.Order().ElementAt(values.Count / 2);

    static double Percentile(IReadOnlyCollection<double> values, double p) => LatencyBenchmark.Percentile(values, p);
}
