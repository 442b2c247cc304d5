namespace ChatAppraisal.Publication;

// LiteDB documents: mutable classes with a parameterless constructor so the mapper can fill them. Times are UTC.

/// <summary>
/// A period's results published (公示): when, by whom, the objection window, who was told, and whether the results are
/// final. Id is the period's id: a period is published once (an admin's reopen lets the office publish it again).
/// </summary>
public sealed class PublicationDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public int Id { get; set; }
    public DateTime PublishedAt { get; set; }
    public int PublishedBy { get; set; }
    public string PublishedByName { get; set; } = "";
    public int WorkingDays { get; set; }
    /// <summary>The window's last working day in the town ("yyyy-MM-dd"); objections are taken until its end.</summary>
    public string LastDay { get; set; } = "";
    /// <summary>The end of <see cref="LastDay"/> in the town, as an instant.</summary>
    public DateTime WindowEndsAt { get; set; }
    /// <summary>Villages whose sheets were not sealed when the office published anyway (after being asked once more).</summary>
    public List<string> Unsealed { get; set; } = [];
    /// <summary>Each village's officials told, with the channels their message went on.</summary>
    public List<ToldDoc> Told { get; set; } = [];
    public bool Final { get; set; }
    public DateTime? FinalAt { get; set; }
    /// <summary>An admin's reopen (with a reason): the ratings are no longer frozen and the office may publish again.</summary>
    public DateTime? ReopenedAt { get; set; }
    public string? ReopenReason { get; set; }

    public bool Open => ReopenedAt is null;
}

/// <summary>A village official told of their village's result.</summary>
public sealed class ToldDoc
{
    public int VillageId { get; set; }
    public string Village { get; set; } = "";
    public int MemberId { get; set; }
    public string MemberName { get; set; } = "";
    public List<string> Channels { get; set; } = [];
}

public enum ObjectionStatus
{
    Open,
    Upheld,
    Rejected,
}

/// <summary>A village's objection (申诉) to one item's score, with its evidence and the office's answer.</summary>
public sealed class ObjectionDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public int Id { get; set; }
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int Category { get; set; }
    public int Item { get; set; }
    public string ItemName { get; set; } = "";
    /// <summary>The item's score when the objection was made.</summary>
    public decimal? Score { get; set; }
    public string Text { get; set; } = "";
    public int MemberId { get; set; }
    public string MemberName { get; set; } = "";
    public DateTime At { get; set; }
    /// <summary>Photos and files sent as evidence (their bytes in the objection files' storage).</summary>
    public List<ObjectionFileDoc> Evidence { get; set; } = [];
    public ObjectionStatus Status { get; set; }
    public int? AnsweredBy { get; set; }
    public string? AnsweredByName { get; set; }
    public DateTime? AnsweredAt { get; set; }
    /// <summary>Upheld: the new score; rejected: null.</summary>
    public decimal? NewScore { get; set; }
    /// <summary>Rejected: why; upheld: an optional note.</summary>
    public string? Answer { get; set; }
}

public sealed class ObjectionFileDoc
{
    public string FileId { get; set; } = "";
    public string FileName { get; set; } = "";
    public long Size { get; set; }
    public string Sha256 { get; set; } = "";
}
