namespace ChatAppraisal.Ballots;

/// <summary>
/// One village's democratic evaluation in one period: how many slips were issued, how many were cast, the count per
/// grade, and whether it is closed. Nothing here says who voted, when, or with which slip: a vote only adds one to
/// <see cref="Cast"/> and to one count, in the same transaction that marks its slip used.
/// </summary>
public sealed class BallotDoc : Storage.ITownOwned
{
    public int TownId { get; set; }
    public int Id { get; set; }
    public int PeriodId { get; set; }
    public int VillageId { get; set; }
    public int Issued { get; set; }
    public int Cast { get; set; }

    /// <summary>Votes per grade, indexed by <see cref="BallotGrade"/>: 好, 较好, 一般, 较差.</summary>
    public int[] Counts { get; set; } = new int[4];

    public bool Closed { get; set; }
    public int OpenedBy { get; set; }
    public string OpenedByName { get; set; } = "";
    public DateTime OpenedAt { get; set; }
    public string? ClosedByName { get; set; }
    public DateTime? ClosedAt { get; set; }

    public int Count(BallotGrade grade) => Counts[(int)grade];
}

/// <summary>
/// One slip's code: that it exists, which ballot it belongs to, its number as printed on it, and whether it has been used.
/// Deliberately nothing else: no grade, no time, no address. Id is the code itself, so codes are unique across every ballot
/// of every town; the slip names its ballot's town, as the voting page is opened by no member of any town.
/// </summary>
public sealed class SlipDoc
{
    public string Id { get; set; } = "";
    public int BallotId { get; set; }
    public int TownId { get; set; }

    /// <summary>The slip's number in its ballot (1-based, "No. 3" on the slip), so the slips print in the same order every time.</summary>
    public int Number { get; set; }

    public bool Used { get; set; }
}
