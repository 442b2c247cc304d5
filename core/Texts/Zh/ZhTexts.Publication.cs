using ChatAppraisal.Schedule;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string InviteVillage(string village) => $"{village}的村干部：只能看到本村的考核安排和结果，可以用 /report 提交本村的书面材料。";
    public override string InviteVillageRequired => "村干部要写明是哪个村，例如：/invite 王书记 village 上庄村";
    public override string DescribeVillage => "本村的考核安排、书面材料和公示结果";
    public override string NoVillageOfYours => "您的账号没有绑定村，请联系管理员。";

    public override string VillageOverview(string village, Visit? visit, bool writtenReport, bool secretaryAccount, bool sealedSheet) =>
        $"{village}\n考核时间：{(visit is null ? "还没有安排" : $"{visit.Date.Month}月{visit.Date.Day}日 {visit.Time:HH\\:mm}{(visit.Note is null ? "" : "，" + visit.Note)}")}\n" +
        $"党组织书记书面汇报：{(writtenReport ? "✓ 已提交" : "未提交")}\n第一书记述职：{(secretaryAccount ? "✓ 已提交" : "未提交")}" +
        (sealedSheet ? "\n评分表已签字密封。" : writtenReport && secretaryAccount ? "" : "\n考核前请用 /report（汇报）提交。");

    public override string ReportOwnVillageOnly(string village) => $"您只能提交本村（{village}）的材料。";
}
