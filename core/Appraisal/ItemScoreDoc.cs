namespace ChatAppraisal.Appraisal;

// A LiteDB document: a mutable class with a parameterless constructor so the mapper can fill it. Times are UTC.

/// <summary>One on-site item score. Id is "period:village:category:item" so a re-score replaces it.</summary>
public sealed class ItemScoreDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int Category { get; set; }
    public int Item { get; set; }
    public decimal Value { get; set; }
    /// <summary>Why points were taken off (扣分原因), one line (<see cref="Reasons.Normalize"/>); null when none was given.</summary>
    public string? Reason { get; set; }
    public int MemberId { get; set; }
    public DateTime At { get; set; }
    public string Channel { get; set; } = "";

    public static string Key(int periodId, int villageId, int category, int item) => $"{periodId}:{villageId}:{category}:{item}";

    /// <summary>What every key of one village's scores in one period starts with: a range of the _id index.</summary>
    public static string VillagePrefix(int periodId, int villageId) => $"{periodId}:{villageId}:";
}
