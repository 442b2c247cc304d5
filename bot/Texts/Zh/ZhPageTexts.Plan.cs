using ChatAppraisal.Scoring;

namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string RubricDownloadXlsx => "下载 Excel（可在 WPS、Excel 中修改后导入）";
    public override string ImportPlan => "导入方案";
    public override string ImportPlanHow => "粘贴考核实施方案的文字，或上传方案的 .docx、.txt，或修改过的评分细则 .xlsx。读取后先显示结果和每个问题所在的行，确认无误再保存。";
    public override string PlanText => "方案文字";
    public override string PlanFile => "方案文件";
    public override string ReadPlan => "读取方案";
    public override string PlanMissing => "方案文字：请粘贴方案的文字，或选择一个文件。";
    public override string PlanTooLarge => "方案文件：文件太大（最多 10 MB）。";
    public override string PlanFileKind => "方案文件：请上传 .docx、.txt（UTF-8）或 .xlsx 文件。";
    public override string ProposalTitle => "读取结果";
    public override string ProposalSummary(int categories, int items, decimal max, int problems) =>
        $"{categories} 个类别、{items} 个评分项，满分 {Points.Format(max)}；" + (problems == 0 ? "没有发现问题。" : $"{problems} 个问题，见各行下方。");
    public override string ProposalWeights(decimal onsite, decimal leader) =>
        $"计分权重：现场考核 {Points.Format(onsite * 100)}%，党政班子成员评分 {Points.Format(leader * 100)}%（保存时一并采用）。";
    public override string ProposalSides(string? bonus, string? deductions, int vetoes, string? grades) => string.Join("；", new[]
    {
        bonus is null ? null : $"加分：{bonus}", deductions is null ? null : $"扣分：{deductions}",
        vetoes == 0 ? null : $"一票否决 {vetoes} 项", grades is null ? null : $"等次：{grades}",
    }.Where(p => p is not null));
    public override string SourceLines => "方案原文";
    public override string LineNumber => "行";
    public override string SourceText => "原文与问题";
    public override string Number => "编号";
    public override string Criteria => "评分标准";
    public override string Department => "负责部门";
    public override string SaveProposal => "保存";
    public override string ProposalHasErrors => "还有错误（标 ✗ 的问题），不能保存：请改正方案或 Excel 后重新读取。";
    public override string PlanSaved(string period) => $"{period}的评分细则已按导入的方案保存。";
}
