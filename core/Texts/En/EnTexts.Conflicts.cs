namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string ConflictedExaminer(string village) =>
        $"You work for {village} (包村干部): to avoid a conflict of interest you may not score {village}'s items. Choose another village.";
    public override string ConflictedLeaderRefused(string village) =>
        $"Not saved: you work for {village} (包村干部): to avoid a conflict of interest you may not rate {village}.";
    public override string ConflictedLeaderExcluded(string village) =>
        $"Note: you work for {village} (包村干部). By this period's rule your rating is kept but left out of {village}'s leadership rating.";
    public override string LeadersExcludedNote(IEnumerable<(string Village, int Count)> villages) =>
        "Conflicts of interest: ratings by leadership members who work for the village are kept but left out of its mean (" +
        string.Join(", ", villages.Select(v => $"{v.Village}: {v.Count}")) + ").";
    public override string WorksForNone => "none";
}
