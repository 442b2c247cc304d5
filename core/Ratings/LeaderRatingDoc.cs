namespace ChatAppraisal.Ratings;

// A LiteDB document: a mutable class with a parameterless constructor so the mapper can fill it. Times are UTC.

/// <summary>A leadership member's 15 category ratings of a village. Id is "period:village:member".</summary>
public sealed class LeaderRatingDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public string Id { get; set; } = "";
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int MemberId { get; set; }
    public List<decimal> Values { get; set; } = [];
    public DateTime At { get; set; }
    public string Channel { get; set; } = "";

    public static string Key(int periodId, int villageId, int memberId) => $"{periodId}:{villageId}:{memberId}";
}
