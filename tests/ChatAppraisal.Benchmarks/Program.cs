using BenchmarkDotNet.Running;
using ChatAppraisal.Benchmarks;

// --quick: every benchmark class once, a Stopwatch loop per case, ratios printed in under a minute.
// Otherwise BenchmarkDotNet with its own arguments (e.g. --filter '*').
if (args.Contains("--quick"))
    return QuickRunner.Run(typeof(Program).Assembly, Console.Out);

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
