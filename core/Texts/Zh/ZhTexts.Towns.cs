using ChatAppraisal.Towns;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeCounty => "县：各镇的进度（已评项目、已签字密封、党政班子成员评分）和首末位的村；“县 导出”发送全县汇总表（每镇一张）";

    public override string CountyExportCaption(int towns) => $"全县综合考核汇总：{towns} 个镇，每镇一张汇总排名表";

    public override string County(IReadOnlyList<TownProgress> towns) =>
        $"全县 {towns.Count} 个镇：\n" + string.Join("\n", towns.Select(t =>
            $"{t.Name}（{t.Period}，{t.Villages} 个村）：已评 {t.ItemsScored}/{t.ItemsTotal} 项，已签字密封 {t.SheetsSealed}/{t.Villages}，党政班子成员评分 {t.RatingsGiven}/{t.RatingsExpected}"
            + (t.Top is null ? "" : $"；第一 {t.Top}") + (t.Bottom is null ? "" : $"，末位 {t.Bottom}")));

    public override string TownLabel => "镇";
}
