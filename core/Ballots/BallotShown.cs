namespace ChatAppraisal.Ballots;

/// <summary>
/// What may be shown of a ballot (the chat, the console, the API, the export). While it is open only how many voted
/// (已收 28/35): whoever looked before and after one attendee voted would otherwise learn that vote. The grades appear
/// once it is closed, and only when at least <see cref="MinimumVotes"/> (the period's ballot policy) were cast; with
/// fewer, a grade's count could name the few who voted, so none is shown and nothing is proposed.
/// </summary>
public sealed record BallotShown(BallotDoc Ballot, int MinimumVotes)
{
    public BallotShown(BallotDoc ballot, BallotPolicyDoc policy) : this(ballot, policy.MinimumVotes) { }

    public int Id => Ballot.Id;
    public int Issued => Ballot.Issued;
    public int Cast => Ballot.Cast;
    public bool Closed => Ballot.Closed;

    /// <summary>Whether the count per grade may be shown.</summary>
    public bool GradesShown => Closed && Cast >= MinimumVotes;

    /// <summary>Closed with fewer votes than the minimum: no grades, no proposed score.</summary>
    public bool TooFewVotes => Closed && Cast < MinimumVotes;

    /// <summary>The count of a grade, or null when it may not be shown.</summary>
    public int? Count(BallotGrade grade) => GradesShown ? Ballot.Count(grade) : null;
}
