using System.Diagnostics;
using BenchmarkDotNet.Running;

namespace ChatAppraisal.Benchmarks;

// A class, not top-level statements: the bot's generated Program is visible here through the test-support project.
public static class BenchmarkProgram
{
    /// <summary>
    /// --quick [names]: every benchmark class (or those whose name contains one of the names) the quick way, then the
    /// memory footprint at quick size; the ratios in under a minute. --memory: the memory footprint at full size.
    /// --breakdown: where the time of one answer goes (see <see cref="AnswerBreakdown"/>); --answer-loop: 25 s of
    /// answers for a profiler. --latency [N]: benchmark 6, a person's wait for the next prompt over N actions (default 80;
    /// the quick run measures 12). --backup [seconds]: benchmark 7, a backup at 1,000 villages and the answers' pause during
    /// it (each phase 20 s by default; the quick run 5 s).
    /// Otherwise BenchmarkDotNet with its own arguments (e.g. --filter '*'), then, after a --filter run, the memory
    /// footprint at full size.
    /// </summary>
    public static int Main(string[] args)
    {
        if (args.Contains("--quick"))
        {
            var total = Stopwatch.StartNew();
            var only = args.Where(a => !a.StartsWith("--")).ToList();
            Console.WriteLine($"Quick run: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, load average {LoadAverage()}");
            var summary = QuickRunner.Run(typeof(BenchmarkProgram).Assembly, Console.Out, only);
            if (only.Count == 0 || only.Any(o => nameof(MemoryFootprint).Contains(o, StringComparison.OrdinalIgnoreCase)))
                summary.AddRange(MemoryFootprint.Run(Console.Out, QuickVillages, workstationGcToo: false));
            if (only.Count == 0 || only.Any(o => nameof(LatencyBenchmark).Contains(o, StringComparison.OrdinalIgnoreCase)))
                summary.AddRange(LatencyBenchmark.Run(Console.Out, QuickActions));
            if (only.Count == 0 || only.Any(o => nameof(BackupBenchmark).Contains(o, StringComparison.OrdinalIgnoreCase)))
                summary.AddRange(BackupBenchmark.Run(Console.Out, FullVillages, TimeSpan.FromSeconds(QuickBackupSeconds)));
            // Several bot processes (PostgreSQL, minutes of set-up): only when named.
            if (only.Any(o => nameof(ProcessesBenchmark).Contains(o, StringComparison.OrdinalIgnoreCase)))
                summary.AddRange(ProcessesBenchmark.Run(Console.Out, TimeSpan.FromSeconds(3), rounds: 1));
            if (only.Any(o => nameof(ProvinceDay).Contains(o, StringComparison.OrdinalIgnoreCase)))
                summary.AddRange(ProvinceDay.Run(Console.Out, towns: 150, examiners: 60, TimeSpan.FromSeconds(15)));
            if (only.Any(o => nameof(TownsLatency).Contains(o, StringComparison.OrdinalIgnoreCase)))
                summary.AddRange(TownsLatency.Run(Console.Out, TimeSpan.FromSeconds(8), rounds: 1));
            Console.WriteLine();
            Console.WriteLine($"Ratios (quick run, {total.Elapsed.TotalSeconds:0} s, load average {LoadAverage()}):");
            foreach (var line in summary) Console.WriteLine("  " + line);
            return 0;
        }
        if (Array.IndexOf(args, "--latency") is var latency and >= 0)
        {
            var actions = latency + 1 < args.Length && int.TryParse(args[latency + 1], out var n) && n >= 2 ? n : FullActions;
            Console.WriteLine($"Latency: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, load average {LoadAverage()}");
            LatencyBenchmark.Run(Console.Out, actions);
            Console.WriteLine($"Load average {LoadAverage()}");
            return 0;
        }
        if (Array.IndexOf(args, "--backup") is var backup and >= 0)
        {
            var seconds = backup + 1 < args.Length && int.TryParse(args[backup + 1], out var b) && b >= 1 ? b : FullBackupSeconds;
            Console.WriteLine($"Backup: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, load average {LoadAverage()}");
            foreach (var line in BackupBenchmark.Run(Console.Out, FullVillages, TimeSpan.FromSeconds(seconds))) Console.WriteLine(line);
            Console.WriteLine($"Load average {LoadAverage()}");
            return 0;
        }
        if (Array.IndexOf(args, "--processes") is var processes and >= 0)
        {
            var seconds = processes + 1 < args.Length && int.TryParse(args[processes + 1], out var p) && p >= 1 ? p : 8;
            Console.WriteLine($"Processes: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, load average {LoadAverage()}");
            foreach (var line in ProcessesBenchmark.Run(Console.Out, TimeSpan.FromSeconds(seconds), rounds: 3)) Console.WriteLine(line);
            Console.WriteLine($"Load average {LoadAverage()}");
            return 0;
        }
        if (Array.IndexOf(args, "--province") is var province and >= 0)
        {
            // --province [seconds] [towns] [examiners]: the 1,500 towns by default.
            int Arg(int at, int fallback) => province + at < args.Length && int.TryParse(args[province + at], out var v) && v >= 1 ? v : fallback;
            Console.WriteLine($"Province day: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, load average {LoadAverage()}");
            foreach (var line in ProvinceDay.Run(Console.Out, towns: Arg(2, 1500), examiners: Arg(3, 120), TimeSpan.FromSeconds(Arg(1, 60)))) Console.WriteLine(line);
            Console.WriteLine($"Load average {LoadAverage()}");
            return 0;
        }
        if (Array.IndexOf(args, "--towns-latency") is var townsLatency and >= 0)
        {
            var seconds = townsLatency + 1 < args.Length && int.TryParse(args[townsLatency + 1], out var t) && t >= 1 ? t : 20;
            Console.WriteLine($"Towns latency: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, load average {LoadAverage()}");
            foreach (var line in TownsLatency.Run(Console.Out, TimeSpan.FromSeconds(seconds), rounds: 2)) Console.WriteLine(line);
            Console.WriteLine($"Load average {LoadAverage()}");
            return 0;
        }
        if (args.Contains("--answer-loop"))
        {
            // For an outside profiler (perf record -g with DOTNET_PerfMapEnabled=1): answers through the engine, nothing else.
            var answers = new AnswerBenchmarks { Villages = 8 };
            answers.Setup();
            var watch = Stopwatch.StartNew();
            while (watch.Elapsed < TimeSpan.FromSeconds(25))
            {
                answers.Reset();
                answers.Engine();
            }
            answers.Cleanup();
            return 0;
        }
        if (args.Contains("--breakdown"))
        {
            AnswerBreakdown.Run(Console.Out, villages: 8);
            AnswerBreakdown.Run(Console.Out, villages: 1000);
            if (Environment.GetEnvironmentVariable(Tests.Postgres.TestPostgres.Variable) is not null) AnswerBreakdown.RunPostgres(Console.Out);
            return 0;
        }
        if (args.Contains("--memory"))
        {
            MemoryFootprint.Run(Console.Out, FullVillages, workstationGcToo: true);
            return 0;
        }
        BenchmarkSwitcher.FromAssembly(typeof(BenchmarkProgram).Assembly).Run(args);
        // Memory is not BenchmarkDotNet's to measure (it reports allocations, not a process's peak): after a full run, here.
        if (args.Contains("--filter")) MemoryFootprint.Run(Console.Out, FullVillages, workstationGcToo: true);
        return 0;
    }

    /// <summary>Villages of benchmark 5's data set: the 1,000, and fewer in the quick mode.</summary>
    const int FullVillages = 1000, QuickVillages = 150;

    /// <summary>Actions of benchmark 6 (half presses, half typed answers): a person's pace is 1.5 s an action.</summary>
    const int FullActions = 80, QuickActions = 12;

    /// <summary>Seconds of each phase of benchmark 7 (answers without a backup, then during backups).</summary>
    const int FullBackupSeconds = 20, QuickBackupSeconds = 5;

    static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}
