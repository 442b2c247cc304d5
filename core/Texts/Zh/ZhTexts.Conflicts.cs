namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string ConflictedExaminer(string village) =>
        $"您是{village}的包村干部，按利益回避的规定不能给{village}的考核项目评分。请选择其他村。";
    public override string ConflictedLeaderRefused(string village) =>
        $"没有保存：您是{village}的包村干部，按利益回避的规定不能给{village}打党政班子成员评分。";
    public override string ConflictedLeaderExcluded(string village) =>
        $"注意：您是{village}的包村干部。按本期规定，这份评分会记下，但不计入{village}的党政班子成员评分平均分。";
    public override string LeadersExcludedNote(IEnumerable<(string Village, int Count)> villages) =>
        "包村干部回避：" + string.Join("、", villages.Select(v => $"{v.Village} {v.Count} 份")) + "党政班子成员评分已记下，但不计入平均分。";
    public override string WorksForNone => "无";
}
