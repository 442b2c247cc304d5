using System.Diagnostics;
using System.Reflection;
using BenchmarkDotNet.Attributes;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Runs every BenchmarkDotNet class of the assembly the quick way: for each [Params] value, [GlobalSetup], then each
/// [Benchmark] method timed with a Stopwatch, then [GlobalCleanup]. The methods are called in turn (round-robin) so a
/// burst of load from elsewhere on the machine hits them alike; each reports the median of its calls and the ratio of
/// that median to the [Benchmark(Baseline = true)] method's. A new benchmark class needs no change here.
/// </summary>
public static class QuickRunner
{
    static readonly TimeSpan Budget = TimeSpan.FromSeconds(2);
    const int MinRuns = 5, MaxRuns = 200;

    public static int Run(Assembly assembly, TextWriter output)
    {
        output.WriteLine($"Quick run: {Environment.ProcessorCount} logical CPUs, .NET {Environment.Version}, {(Debugger.IsAttached ? "debugger attached" : "no debugger")}");
        var classes = assembly.GetTypes().Where(t => t.GetMethods().Any(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null)).OrderBy(t => t.Name);
        foreach (var type in classes)
        {
            var parameter = type.GetProperties().SingleOrDefault(p => p.GetCustomAttribute<ParamsAttribute>() is not null);
            var values = parameter?.GetCustomAttribute<ParamsAttribute>()!.Values ?? [null];
            var methods = type.GetMethods().Where(m => m.GetCustomAttribute<BenchmarkAttribute>() is not null).ToList();
            var baseline = methods.SingleOrDefault(m => m.GetCustomAttribute<BenchmarkAttribute>()!.Baseline);
            foreach (var value in values)
            {
                var instance = Activator.CreateInstance(type)!;
                var setup = Stopwatch.StartNew();
                parameter?.SetValue(instance, value);
                Invoke<GlobalSetupAttribute>(type, instance);
                output.WriteLine($"{type.Name}{(parameter is null ? "" : $" ({parameter.Name}={value})")}: set up in {setup.Elapsed.TotalSeconds:0.0} s");
                try
                {
                    var times = Medians(methods.Select(m => (Action)(() => m.Invoke(instance, null))).ToList())
                        .Select((t, i) => (methods[i], t)).ToDictionary(p => p.Item1, p => p.t);
                    foreach (var method in methods)
                    {
                        var label = $"{type.Name}.{method.Name}" + (parameter is null ? "" : $" ({parameter.Name}={value})");
                        var ratio = baseline is null ? "" : $"  ratio {times[method].TotalMilliseconds / times[baseline].TotalMilliseconds:0.00}";
                        output.WriteLine($"{label,-50} {times[method].TotalMilliseconds,9:0.00} ms{ratio}");
                    }
                }
                finally
                {
                    Invoke<GlobalCleanupAttribute>(type, instance);
                }
            }
        }
        return 0;
    }

    static IReadOnlyList<TimeSpan> Medians(IReadOnlyList<Action> actions)
    {
        foreach (var action in actions) action();   // warm-up: JIT, caches, the font
        var samples = actions.Select(_ => new List<TimeSpan>()).ToList();
        var total = Stopwatch.StartNew();
        while (samples[0].Count < MinRuns || (total.Elapsed < Budget && samples[0].Count < MaxRuns))
        {
            for (var i = 0; i < actions.Count; i++)
            {
                var one = Stopwatch.StartNew();
                actions[i]();
                samples[i].Add(one.Elapsed);
            }
        }
        return samples.Select(s => s.Order().ElementAt(s.Count / 2)).ToList();
    }

    static void Invoke<T>(Type type, object instance) where T : Attribute
    {
        foreach (var method in type.GetMethods().Where(m => m.GetCustomAttribute<T>() is not null)) method.Invoke(instance, null);
    }
}
