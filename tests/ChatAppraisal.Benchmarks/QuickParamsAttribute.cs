namespace ChatAppraisal.Benchmarks;

/// <summary>The [Params] values the quick mode uses instead of BenchmarkDotNet's (smaller sizes, so it ends within a minute).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class QuickParamsAttribute(params object[] values) : Attribute
{
    public object[] Values { get; } = values;
}
