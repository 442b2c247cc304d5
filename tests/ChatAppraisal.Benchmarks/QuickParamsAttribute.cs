namespace ChatAppraisal.Benchmarks;

/// <summary>The [Params] values the quick mode uses instead of BenchmarkDotNet's (smaller sizes, so it ends within a minute).</summary>
[AttributeUsage(AttributeTargets.Property)]
public sealed class QuickParamsAttribute(params object[] values) : Attribute
{
    public object[] Values { get; } = values;
}

/// <summary>The quick mode also prints this method's ratio to another one than the baseline.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class AlsoCompareToAttribute(string method) : Attribute
{
    public string Method { get; } = method;
}
