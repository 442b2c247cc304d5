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
/// (operations per second) as a share of the baseline's. A new benchmark class needs no change here.
/// </summary>
public static class QuickRunner
{
    static readonly TimeSpan Budget = TimeSpan.FromSeconds(1.5);
    const int MinRuns = 3, MaxRuns = 200;

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
                    var runs = Measure(methods.Select(m => (Func<TimeSpan>)(() =>
                    {
                        Invoke<IterationSetupAttribute>(type, instance);
                        var one = Stopwatch.StartNew();
                        m.Invoke(instance, null);
                        var elapsed = one.Elapsed;
                        Invoke<IterationCleanupAttribute>(type, instance);
                        return elapsed;
                    })).ToList());
                    var perOp = methods.Select((m, i) => runs[i].Median.TotalMilliseconds / Operations(m)).ToList();
                    var basePerOp = baseline is null ? 0 : perOp[methods.IndexOf(baseline)];
                    for (var i = 0; i < methods.Count; i++)
                    {
                        var method = methods[i];
                        var ops = Operations(method);
                        var line = $"  {method.Name,-14} {runs[i].Median.TotalMilliseconds,10:0.00} ms" +
                                   (ops == 1 ? "" : $" = {ops} × {Format(perOp[i])} ({1000 / perOp[i],7:0}/s)") + $"  [{runs[i].Count} runs]";
                        if (baseline is not null && method != baseline)
                        {
                            var ratio = $"{method.Name} / {baseline.Name}: time {perOp[i] / basePerOp:0.00}, throughput {basePerOp / perOp[i]:0.00}";
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

    static string Format(double ms) => ms >= 1 ? $"{ms:0.00} ms" : $"{ms * 1000:0.0} µs";

    /// <param name="calls">Each times one call of its method.</param>
    static IReadOnlyList<(TimeSpan Median, int Count)> Measure(IReadOnlyList<Func<TimeSpan>> calls)
    {
        foreach (var call in calls) call();   // warm-up: JIT, caches, the font
        var samples = calls.Select(_ => new List<TimeSpan>()).ToList();
        var total = Stopwatch.StartNew();
        while (samples[0].Count < MinRuns || (total.Elapsed < Budget && samples[0].Count < MaxRuns))
        {
            for (var i = 0; i < calls.Count; i++) samples[i].Add(calls[i]());
        }
        return samples.Select(s => (s.Order().ElementAt(s.Count / 2), s.Count)).ToList();
    }

    static void Invoke<T>(Type type, object instance) where T : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<T>() is not null)) method.Invoke(instance, null);
    }
}
