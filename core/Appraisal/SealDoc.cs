namespace ChatAppraisal.Appraisal;

// A LiteDB document: a mutable class with a parameterless constructor so the mapper can fill it. Times are UTC.

/// <summary>The group leader's signature on a village's sheet. Id is "period:village"; reopening deletes it (audited).</summary>
public sealed class SealDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int SignedBy { get; set; }
    public string SignedByName { get; set; } = "";
    public DateTime SignedAt { get; set; }
    /// <summary>SHA-256 of the sheet's canonical content, hex.</summary>
    public string Fingerprint { get; set; } = "";
    /// <summary>
    /// The village's final score when it was sealed. Leaders' ratings are not on the sheet and may still change it: the
    /// ranking marks a final that differs from this (issue 29.15). Null on seals made before it was kept.
    /// </summary>
    public decimal? FinalAtSeal { get; set; }

    public static string Key(int periodId, int villageId) => $"{periodId}:{villageId}";
}
