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
    public override string ProposalHasErrors => "还有错误（标 ✗ 的问题），改正前不能保存：可在下面的表格中修改，或改正方案、Excel 后重新读取。";
    public override string PlanSaved(string period) => $"{period}的评分细则已按导入的方案保存。";
    public override string EditorTitle => "表格编辑";
    public override string EditorHow => "每行一个类别或评分项，可改名称、分值、评分标准；按钮可上移、下移、升一级、降一级、在下面添加、删除。“下级合计”随输入更新，与本行分值不符时标 ≠。保存时再检查一遍，有错误不会保存。";
    public override string EditorSum => "下级合计";
    public override string EditorActions => "操作";
    public override string EditorTotal => "满分合计 {0} 分";
    public override string MoveUp => "上移";
    public override string MoveDown => "下移";
    public override string Outdent => "升一级";
    public override string Indent => "降一级";
    public override string AddBelow => "在下面添加";
    public override string DeleteRow => "删除";
    public override string EditorName => "名称";
}
