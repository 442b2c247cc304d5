using System.Reflection;
using FsCheck.Xunit;

namespace ChatAppraisal.Tests.Fuzzing;

/// <summary>
/// How many cases each fuzz property runs. <c>dotnet test</c> runs each property's default (a few thousand in all);
/// <c>FUZZ_CASES=100000</c> spreads that many cases over the properties in the same proportions.
/// </summary>
public static class FuzzBudget
{
    public const string Variable = "FUZZ_CASES";
    public const string ReplayVariable = "FUZZ_REPLAY";

    /// <summary>The sum of every fuzz property's default, read from the attributes without creating them.</summary>
    public static int DefaultTotal { get; } = typeof(FuzzBudget).Assembly.GetTypes()
        .SelectMany(t => t.GetMethods(BindingFlags.Public | BindingFlags.NonPublic | BindingFlags.Instance | BindingFlags.Static))
        .SelectMany(m => m.GetCustomAttributesData())
        .Where(a => a.AttributeType == typeof(FuzzPropertyAttribute))
        .Sum(a => (int)a.ConstructorArguments[0].Value!);

    /// <summary>The total asked for in <see cref="Variable"/>, or null for the defaults.</summary>
    public static int? Requested =>
        int.TryParse(Environment.GetEnvironmentVariable(Variable), out var total) && total > 0 ? total : null;

    public static int Cases(int defaultCases) => Requested is { } total
        ? Math.Max(1, (int)Math.Ceiling((double)total * defaultCases / DefaultTotal))
        : defaultCases;
}

/// <summary>An FsCheck property whose number of cases follows <see cref="FuzzBudget"/>.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class FuzzPropertyAttribute : PropertyAttribute
{
    public FuzzPropertyAttribute(int defaultCases)
    {
        MaxTest = FuzzBudget.Cases(defaultCases);
        // FUZZ_REPLAY="seed,gamma" (as a failure prints it) runs that failure's cases again; each property starts on a fresh database.
        if (Environment.GetEnvironmentVariable(FuzzBudget.ReplayVariable) is { Length: > 0 } replay) Replay = replay;
    }
}
