using System.Collections.Concurrent;
using System.Diagnostics;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.WeCom;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Issue 24's remaining figures beside <see cref="TownsBenchmarks"/>: a county of 20 towns × 10 villages against one town
/// of the same 200 villages, 400 members each, as two bot processes (Release, each on its LiteDB file) behind the WeCom
/// double. All 400 members answer at a person's pace (a message every 3–6 s each: <c>/score VILLAGE</c>, the category,
/// 0 for every item, the next village), county and town in turn, phase after phase; each reply timed from the callback's
/// post to the double's receipt. Reported: answers/s, the reply's p50/p95 and each process's peak working set.
/// </summary>
static class TownsLatency
{
    const int Towns = 20, VillagesPerTown = 10, Members = 400;

    public static IReadOnlyList<string> Run(TextWriter output, TimeSpan phase, int rounds) => RunAsync(output, phase, rounds).GetAwaiter().GetResult();

    static async Task<IReadOnlyList<string>> RunAsync(TextWriter output, TimeSpan phase, int rounds)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-bench", Guid.NewGuid().ToString("N"));
        await using var api = await WeComApiDouble.StartAsync();
        var bots = new List<BenchBot>();
        try
        {
            var people = new Dictionary<string, List<WeComExaminer>>();
            foreach (var (name, towns, villages, prefix) in new[] { ("one town", 1, Towns * VillagesPerTown, "O"), ("county", Towns, VillagesPerTown, "C") })
            {
                using var store = new AppraisalStore(Path.Combine(folder, prefix, "appraisal.db"));
                people[name] = Fleet.BindWeCom(store, Fleet.Seed(store, towns, villages, Members / towns, examinerTowns: towns, examinersPerTown: Members / towns), prefix);
            }
            var settings = Fleet.WeComSettings(api);
            bots.AddRange(await Task.WhenAll(BenchBot.StartAsync(Path.Combine(folder, "O"), settings), BenchBot.StartAsync(Path.Combine(folder, "C"), settings)));
            output.WriteLine($"TownsLatency: one town of {Towns * VillagesPerTown} villages and a county of {Towns} × {VillagesPerTown}, {Members} members each; load average {Fleet.LoadAverage()}");
            var names = people.Keys.ToList();
            var latencies = names.ToDictionary(n => n, _ => new ConcurrentBag<double>());
            var rates = names.ToDictionary(n => n, _ => new List<double>());
            // Round 0 warms up (everyone's first /score at once): not counted.
            for (var round = 0; round <= rounds; round++)
            {
                if (round == 1) foreach (var bag in latencies.Values) bag.Clear();
                for (var i = 0; i < names.Count; i++)
                {
                    var bot = bots[i];
                    var answers = 0;
                    var messages = latencies[names[i]].Count;
                    var clock = Stopwatch.StartNew();
                    using var stop = new CancellationTokenSource(phase);
                    await Task.WhenAll(people[names[i]].Select(m => Task.Run(() => m.RunAsync(api, () => bot.Url, (3000, 6000), 1, stop.Token,
                        latencies[names[i]], answer => { if (answer) Interlocked.Increment(ref answers); }))));
                    if (round > 0) rates[names[i]].Add(answers / clock.Elapsed.TotalSeconds);
                    output.WriteLine($"  {(round == 0 ? "warm-up" : "round " + round)}, {names[i],-9} {answers / clock.Elapsed.TotalSeconds:0.0} answers/s, " +
                                     $"{(latencies[names[i]].Count - messages) / clock.Elapsed.TotalSeconds:0.0} messages/s");
                }
            }
            var summary = new List<string>();
            var town = Fleet.Percentile(latencies["one town"].ToList(), 95);
            for (var i = 0; i < names.Count; i++)
            {
                var list = latencies[names[i]].ToList();
                var p95 = Fleet.Percentile(list, 95);
                var line = $"TownsLatency ({names[i]}, {Members} members): {rates[names[i]].Average():0.0} answers/s (mean of {rounds} rounds after a warm-up), reply p50 {Fleet.Percentile(list, 50):0} ms, " +
                           $"p95 {p95:0} ms ({p95 / town:0.00} × one town's), max {list.DefaultIfEmpty().Max():0} ms (n = {list.Count}); peak working set {Fleet.Mb(bots[i].PeakBytes)}";
                output.WriteLine("  " + line);
                summary.Add(line);
            }
            summary.Add($"TownsLatency peak memory: county ÷ one town = {(double)bots[1].PeakBytes / bots[0].PeakBytes:0.00}");
            output.WriteLine("  " + summary[^1] + $"; load average {Fleet.LoadAverage()}");
            return summary;
        }
        finally
        {
            foreach (var bot in bots) bot.Dispose();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
