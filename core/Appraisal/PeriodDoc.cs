using ChatAppraisal.Scoring;

namespace ChatAppraisal.Appraisal;

// A LiteDB document: a mutable class with a parameterless constructor so the mapper can fill it. Times are UTC.

/// <summary>An appraisal year. Holds its own copy of the rubric (JSON) and policy, so editing one year never touches another.</summary>
public sealed class PeriodDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public int Id { get; set; }
    public string Name { get; set; } = "";
    public string RubricJson { get; set; } = "";
    public ScoringPolicy Policy { get; set; } = new();
    public bool Active { get; set; }
    public DateTime CreatedAt { get; set; }

    /// <summary>A copy to hand out from memory (every field is immutable: strings, the policy record, values).</summary>
    public PeriodDoc Copy() => (PeriodDoc)MemberwiseClone();
}
