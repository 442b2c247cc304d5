using ChatAppraisal.Scoring;

namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string RubricDownloadXlsx => "Download as Excel (edit in WPS or Excel, then import)";
    public override string ImportPlan => "Import a plan";
    public override string ImportPlanHow => "Paste the plan's text, or upload its .docx or .txt, or the rubric's edited .xlsx. What was read is shown first, each problem under its line; save once it is right.";
    public override string PlanText => "Plan text";
    public override string PlanFile => "Plan file";
    public override string ReadPlan => "Read the plan";
    public override string PlanMissing => "Plan text: paste the plan's text, or choose a file.";
    public override string PlanTooLarge => "Plan file: the file is too large (at most 10 MB).";
    public override string PlanFileKind => "Plan file: upload a .docx, .txt (UTF-8) or .xlsx file.";
    public override string ProposalTitle => "What was read";
    public override string ProposalSummary(int categories, int items, decimal max, int problems) =>
        $"{categories} categories, {items} scored items, {Points.Format(max)} points in all; " + (problems == 0 ? "no problems found." : $"{problems} problems, each under its line.");
    public override string ProposalWeights(decimal onsite, decimal leader) =>
        $"Weights: on-site appraisal {Points.Format(onsite * 100)}%, leadership rating {Points.Format(leader * 100)}% (taken when saved).";
    public override string ProposalSides(string? bonus, string? deductions, int vetoes, string? grades) => string.Join("; ", new[]
    {
        bonus is null ? null : $"bonus: {bonus}", deductions is null ? null : $"deductions: {deductions}",
        vetoes == 0 ? null : $"{vetoes} vetoes", grades is null ? null : $"grades: {grades}",
    }.Where(p => p is not null));
    public override string SourceLines => "The plan's lines";
    public override string LineNumber => "Line";
    public override string SourceText => "Text and problems";
    public override string Number => "No.";
    public override string Criteria => "Criteria";
    public override string Department => "Department";
    public override string SaveProposal => "Save";
    public override string ProposalHasErrors => "There are errors (marked ✗): it cannot be saved until they are corrected, in the table below or in the plan or workbook read again.";
    public override string PlanSaved(string period) => $"{period}'s rubric was saved from the imported plan.";
    public override string EditorTitle => "Edit as a table";
    public override string EditorHow => "One row per category or item: change its name, points and criteria; the buttons move it up or down, one level up or down, add a row below or delete it. \"Children's sum\" follows as you type and is marked ≠ where it differs from the row's points. Saving checks it again and saves nothing with an error.";
    public override string EditorSum => "Children's sum";
    public override string EditorActions => "Actions";
    public override string EditorTotal => "Total {0} points";
    public override string MoveUp => "Move up";
    public override string MoveDown => "Move down";
    public override string Outdent => "One level up";
    public override string Indent => "One level down";
    public override string AddBelow => "Add below";
    public override string DeleteRow => "Delete";
    public override string EditorName => "Name";
}
