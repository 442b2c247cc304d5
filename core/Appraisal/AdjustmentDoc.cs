namespace ChatAppraisal.Appraisal;

public enum AdjustmentKind
{
    /// <summary>A line of the plan's bonus side (加分项目).</summary>
    Bonus,

    /// <summary>A line of the plan's deduction side (扣分项目).</summary>
    Deduction,

    /// <summary>一票否决: one of the plan's vetoes, with its reason.</summary>
    Veto,
}

// A LiteDB document: a mutable class with a parameterless constructor so the mapper can fill it. Times are UTC.

/// <summary>
/// One village's entry on a line of the bonus or deduction side (its points: events × the line's points), or one veto
/// with its reason. Id is "period:village:kind:line" so a new entry replaces it, as a re-score does.
/// </summary>
public sealed class AdjustmentDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public AdjustmentKind Kind { get; set; }

    /// <summary>The line's (or veto's) index in the period's rubric.</summary>
    public int Line { get; set; }

    /// <summary>Points on the line (0 for a veto).</summary>
    public decimal Points { get; set; }

    /// <summary>Why: the event as the examiner wrote it, required for a veto.</summary>
    public string? Reason { get; set; }

    public int MemberId { get; set; }
    public DateTime At { get; set; }
    public string Channel { get; set; } = "";

    public static string Key(int periodId, int villageId, AdjustmentKind kind, int line) => $"{periodId}:{villageId}:{kind}:{line}";

    /// <summary>What every key of one village's entries in one period starts with: a range of the _id index.</summary>
    public static string VillagePrefix(int periodId, int villageId) => $"{periodId}:{villageId}:";
}
