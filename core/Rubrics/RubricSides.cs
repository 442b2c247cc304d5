namespace ChatAppraisal.Rubrics;

/// <summary>The bonus side (加分项目) or the deduction side (扣分项目): its lines and the cap on the side's total.</summary>
/// <param name="Cap">The most the side may add or take ("加分最多不超过10分"); null where the plan sets none.</param>
public sealed record Side(decimal? Cap, IReadOnlyList<SideLine> Lines)
{
    public bool Equals(Side? other) => other is not null && Cap == other.Cap && Lines.SequenceEqual(other.Lines);

    public override int GetHashCode() => HashCode.Combine(Cap, Lines.Count);
}

/// <summary>One line of a side: a fixed figure ("获市级表彰加5分") or a rule per event ("每起扣5分").</summary>
/// <param name="PerEvent">The points count once per event entered (每次, 每起, 每项); otherwise once.</param>
public sealed record SideLine(string Name, decimal Points, bool PerEvent)
{
    public string? Criteria { get; init; }
}

public enum VetoConsequence
{
    /// <summary>The village cannot be graded 优秀 (不得评为优秀).</summary>
    NotExcellent,

    /// <summary>The village is ranked last (排名最后, 列为末位).</summary>
    Last,
}

/// <summary>一票否决: an event and what it does to the village's result.</summary>
public sealed record Veto(string Event, VetoConsequence Consequence);

public enum GradeBasis
{
    /// <summary>By how many villages get each grade, from the top (前2名为优秀).</summary>
    Rank,

    /// <summary>By lines on the final score (90分以上为优秀).</summary>
    Score,
}

/// <summary>等次: the grades best first.</summary>
public sealed record Grades(GradeBasis By, IReadOnlyList<Grade> Lines)
{
    public bool Equals(Grades? other) => other is not null && By == other.By && Lines.SequenceEqual(other.Lines);

    public override int GetHashCode() => HashCode.Combine(By, Lines.Count);
}

/// <param name="Count">By rank: how many villages get it; null for the grade that takes the rest.</param>
/// <param name="MinScore">By score: the lowest final score that still gets it; null for the grade below every line.</param>
public sealed record Grade(string Name, int? Count = null, decimal? MinScore = null);
