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

    // The table editor (表格编辑): the rubric's tree as rows, one per node, edited in place.
    public abstract string EditorTitle { get; }
    public abstract string EditorHow { get; }
    public abstract string EditorSum { get; }
    public abstract string EditorActions { get; }
    /// <summary>The total line over the table; {0} is the figure, filled in by the page's script as points change.</summary>
    public abstract string EditorTotal { get; }
    public abstract string MoveUp { get; }
    public abstract string MoveDown { get; }
    public abstract string Outdent { get; }
    public abstract string Indent { get; }
    public abstract string AddBelow { get; }
    public abstract string DeleteRow { get; }
    public abstract string EditorName { get; }
}
