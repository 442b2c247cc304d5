namespace ChatAppraisal.Storage;

// A LiteDB document: a mutable class with a parameterless constructor so the mapper can fill it. Times are UTC.

/// <summary>One change to anything that counts: a score, a rating, a seal, a village.</summary>
public sealed class AuditEntry : Storage.ITownOwned
{
    public int TownId { get; set; }
    public long Id { get; set; }
    public DateTime At { get; set; }
    public string Action { get; set; } = "";
    public int PeriodId { get; set; }
    public int? VillageId { get; set; }
    public int? MemberId { get; set; }
    public string MemberName { get; set; } = "";
    public string Channel { get; set; } = "";
    public int? Category { get; set; }
    public int? Item { get; set; }
    public decimal? Old { get; set; }
    public decimal? New { get; set; }
    /// <summary>The English line kept for the API and for entries older than <see cref="Args"/>.</summary>
    public string? Detail { get; set; }
    /// <summary>The detail's parts (counts, a file name, a fingerprint), so that each reader gets it in their own language.</summary>
    public string[]? Args { get; set; }
}
