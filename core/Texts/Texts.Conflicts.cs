namespace ChatAppraisal;

/// <summary>Conflicts of interest (包村干部): a member who works for a village neither scores nor rates it.</summary>
public abstract partial class Texts
{
    public abstract string ConflictedExaminer(string village);
    public abstract string ConflictedLeaderRefused(string village);
    /// <summary>Policy "exclude": the rating is taken but left out of the village's mean.</summary>
    public abstract string ConflictedLeaderExcluded(string village);
    /// <summary>Under the ranking: the villages whose mean leaves out ratings of leaders who work for them.</summary>
    public abstract string LeadersExcludedNote(IEnumerable<(string Village, int Count)> villages);
    /// <summary>The member's villages in the console's 成员 page and the audit ("新庄村、东湾村"), or none.</summary>
    public abstract string WorksForNone { get; }
}
