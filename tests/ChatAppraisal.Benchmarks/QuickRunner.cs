using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Runs every BenchmarkDotNet class of the assembly the quick way: for each [QuickParams] (else [Params]) value,
/// [GlobalSetup], then each [Benchmark] method timed with a Stopwatch ([IterationSetup]/[IterationCleanup] around every
/// call, not timed), then [GlobalCleanup]. The methods are called in turn (round-robin) so a burst of load from elsewhere
/// on the machine hits them alike; each reports the median of its calls, per operation when it declares
/// OperationsPerInvoke, and its ratio to the [Benchmark(Baseline = true)] method: time per operation, and throughput
/// (operations per second) as a share of the baseline's. The process's CPU time per call is reported beside it: on a
/// machine shared with other jobs it varies less than wall-clock time. A new benchmark class needs no change here.
/// </summary>
public static class QuickRunner
{
    static readonly TimeSpan WarmUp = TimeSpan.FromSeconds(0.5), Budget = TimeSpan.FromSeconds(1.5);
    const int MinRuns = 5, MaxRuns = 200;

    /// <param name="only">Run only the classes whose name contains one of these (all when empty).</param>
    public static List<string> Run(Assembly assembly, TextWriter output, IReadOnlyCollection<string> only)
    {
        var summary = new List<string>();
        var classes = assembly.GetTypes()
            .Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null))
            .Where(t => only.Count == 0 || only.Any(o => t.Name.Contains(o, StringComparison.OrdinalIgnoreCase)))
            .OrderBy(t => t.Name);
        foreach (var type in classes)
        {
            var parameter = type.GetProperties().SingleOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null);
            var values = parameter?.GetCustomAttribute<QuickParamsAttribute>()?.Values ?? parameter?.GetCustomAttribute<ParamsAttribute>()!.Values ?? [null];
            var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToList();
            var baseline = methods.SingleOrDefault(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
            foreach (var value in values)
            {
                var instance = Activator.CreateInstance(type)!;
                var setup = Stopwatch.StartNew();
                parameter?.SetValue(instance, value);
                Invoke<GlobalSetupAttribute>(type, instance);
                var title = type.Name + (parameter is null ? "" : $" ({parameter.Name}={value})");
                output.WriteLine($"{title}: set up in {setup.Elapsed.TotalSeconds:0.0} s");
                try
                {
                    var runs = Measure(methods.Select(m => (Func<Sample>)(() =>
                    {
                        Invoke<IterationSetupAttribute>(type, instance);
                        var cpu = Environment.CpuUsage.TotalTime;
                        var one = Stopwatch.StartNew();
                        m.Invoke(instance, null);
                        var sample = new Sample(one.Elapsed, Environment.CpuUsage.TotalTime - cpu);
                        Invoke<IterationCleanupAttribute>(type, instance);
                        return sample;
                    })).ToList());
                    var perOp = methods.Select((m, i) => runs[i].Wall.TotalMilliseconds / Operations(m)).ToList();
                    var cpuPerOp = methods.Select((m, i) => runs[i].Cpu.TotalMilliseconds / Operations(m)).ToList();
                    for (var i = 0; i < methods.Count; i++)
                    {
                        var method = methods[i];
                        var ops = Operations(method);
                        var line = $"  {method.Name,-20} {runs[i].Wall.TotalMilliseconds,10:0.00} ms" +
                                   (ops == 1 ? "" : $" = {ops} × {Format(perOp[i])} ({1000 / perOp[i],6:0}/s)") +
                                   $", cpu {Format(cpuPerOp[i])}{(ops == 1 ? "" : "/op")}  [{runs[i].Count} runs]";
                        var against = new[] { baseline, methods.SingleOrDefault(m => m.Name == method.GetCustomAttribute<AlsoCompareToAttribute>()?.Method) }
                            .OfType<MethodInfo>().Where(m => m != method);
                        foreach (var other in against)
                        {
                            var o = methods.IndexOf(other);
                            var ratio = $"{method.Name} / {other.Name}: time {perOp[i] / perOp[o]:0.00}, throughput {Share(perOp[o] / perOp[i])}" +
                                        $" (by cpu time {Share(cpuPerOp[o] / cpuPerOp[i])})";
                            line += "  " + ratio;
                            summary.Add($"{title}: {ratio}");
                        }
                        output.WriteLine(line);
                    }
                }
                finally
                {
                    Invoke<GlobalCleanupAttribute>(type, instance);
                }
            }
        }
        return summary;
    }

    static int Operations(MethodInfo method) => method.GetCustomAttribute<BenchmarkAttribute>()!.OperationsPerInvoke;

    static string Share(double x) => x.ToString(x >= 0.1 ? "0.00" : "0.0000", System.Globalization.CultureInfo.InvariantCulture);

    static string Format(double ms) => ms >= 1 ? $"{ms:0.00} ms" : $"{ms * 1000:0.0} µs";

    /// <summary>One call: its wall-clock time, and the CPU time the whole process spent meanwhile (all threads).</summary>
    readonly record struct Sample(TimeSpan Wall, TimeSpan Cpu);

    /// <param name="calls">Each times one call of its method.</param>
    static IReadOnlyList<(TimeSpan Wall, TimeSpan Cpu, int Count)> Measure(IReadOnlyList<Func<Sample>> calls)
    {
        // Warm-up: JIT (tiered compilation needs ~30 calls of a method, then a moment, to compile it fully), caches, the font.
        var warming = Stopwatch.StartNew();
        for (var round = 0; round < 2 || warming.Elapsed < WarmUp; round++)
            foreach (var call in calls) call();
        var samples = calls.Select(_ => new List<Sample>()).ToList();
        var total = Stopwatch.StartNew();
        while (samples[0].Count < MinRuns || (total.Elapsed < Budget && samples[0].Count < MaxRuns))
        {
            for (var i = 0; i < calls.Count; i++) samples[i].Add(calls[i]());
        }
        return samples.Select(s => (Median(s.Select(x => x.Wall)), Median(s.Select(x => x.Cpu)), s.Count)).ToList();
    }

    static TimeSpan Median(IEnumerable<TimeSpan> values)
    {
        var sorted = values.Order().ToList();
        return sorted[sorted.Count / 2];
    }

    static void Invoke<T>(Type type, object instance) where T : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<T>() is not null)) method.Invoke(instance, null);
    }
}
