namespace ChatAppraisal.Bot;

/// <summary>评分细则's 导入方案: a plan read into a proposal, shown beside its lines, then saved; the period chosen.</summary>
public abstract partial class PageTexts
{
    public abstract string RubricDownloadXlsx { get; }
    public abstract string ImportPlan { get; }
    public abstract string ImportPlanHow { get; }
    public abstract string PlanText { get; }
    public abstract string PlanFile { get; }
    public abstract string ReadPlan { get; }
    public abstract string PlanMissing { get; }
    public abstract string PlanTooLarge { get; }
    public abstract string PlanFileKind { get; }
    public abstract string ProposalTitle { get; }
    public abstract string ProposalSummary(int categories, int items, decimal max, int problems);
    public abstract string ProposalWeights(decimal onsite, decimal leader);
    public abstract string ProposalSides(string? bonus, string? deductions, int vetoes, string? grades);
    public abstract string SourceLines { get; }
    public abstract string LineNumber { get; }
    public abstract string SourceText { get; }
    public abstract string Number { get; }
    public abstract string Criteria { get; }
    public abstract string Department { get; }
    public abstract string SaveProposal { get; }
    public abstract string ProposalHasErrors { get; }
    public abstract string PlanSaved(string period);
}
