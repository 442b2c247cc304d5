namespace ChatAppraisal.Appraisal;

// A LiteDB document: a mutable class with a parameterless constructor so the mapper can fill it. Times are UTC.

public sealed class VillageDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public int Id { get; set; }
    public string Name { get; set; } = "";
    /// <summary>Loaded for the console demo; safe to remove.</summary>
    public bool Sample { get; set; }
    public DateTime CreatedAt { get; set; }
}
