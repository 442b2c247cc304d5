using ChatAppraisal.Publication;
using ChatAppraisal.Schedule;
using ChatAppraisal.Scoring;

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

    // 公示
    static string Day(string isoDay) => DateOnly.TryParseExact(isoDay, "yyyy-MM-dd", out var d) ? $"{d.Year}年{d.Month}月{d.Day}日（{"日一二三四五六"[(int)d.DayOfWeek]}）" : isoDay;

    public override string VillageResult(VillageResultView r, PublicationDoc p)
    {
        var lines = new List<string>
        {
            $"{r.Village} · {r.Period}考核结果（公示）",
            $"最终得分：{Points.Format(r.Final)}",
            $"排名：第 {r.Rank} 名（共 {r.Villages} 个村）",
            $"等次：{r.Grade ?? "考核方案未定等次"}",
            $"现场考核：{Points.Format(r.Onsite)} 分（千分制 {Points.Format(r.Onsite1000)}）",
            "各类得分：",
        };
        lines.AddRange(r.Categories.Select(c => $"  {c.Name} {Points.Format(c.Score)}/{Points.Format(c.Max)}"));
        lines.Add(r.Deductions.Count == 0 ? "扣分：无" : $"扣分（{r.Deductions.Count} 项）：");
        lines.AddRange(r.Deductions.Select(d => $"  {d.CategoryName} · {d.ItemName}：{Points.Format(d.Score)}/{Points.Format(d.Max)}，扣 {Points.Format(d.Lost)} 分；原因：{d.Reason ?? "未写明"}"));
        lines.Add(r.Ballot is { } b
            ? $"民主测评：收回 {b.Cast}/{b.Issued} 票，" + string.Join("、", b.Counts.Select(c => $"{GradeName(c.Grade)} {c.Count}"))
            : "民主测评：没有已结束的测评");
        lines.Add(r.LeadersRated == 0 ? "班子成员评分：无" : $"班子成员评分平均：{Points.Format(r.LeaderMean)} 分（{r.LeadersRated} 人评分）");
        lines.Add($"公示期 {p.WorkingDays} 个工作日，到 {Day(p.LastDay)} 为止。对某一项有异议，请在此前发送：/object 项目名 理由（申诉），可以接着附照片或文件。");
        return string.Join("\n", lines);
    }

    public override string DescribePublish => "公示考核结果：/publish 5（5 个工作日）";
    public override string PublishUsage(PublicationDoc? p, bool windowOpen) => p is null
        ? "用法：/publish 工作日数，例如 /publish 5（发布结果 5）。每个村的评分表都要签字密封；各村的村干部会收到本村结果。"
        : $"{(p.Final ? "考核结果已确定" : windowOpen ? "考核结果正在公示" : "公示期已过，还有申诉未答复")}：{Charts.DisplayTime.Format(p.PublishedAt)} 由{p.PublishedByName}发布，公示期到 {Day(p.LastDay)}。";
    public override string PublishUnsealed(IReadOnlyList<string> villages, int workingDays) =>
        $"还有 {villages.Count} 个村的评分表没有签字密封：{string.Join("、", villages)}。\n确定仍然发布吗？请按“仍然发布”，或发送：/publish {workingDays} 确认";
    public override string PublishAnyway => "仍然发布";
    public override string PublishRefused(PublishOutcome o) => o.Refusal switch
    {
        PublishRefusal.BadWorkingDays => $"公示期要写 1 到 {WorkingDays.Max} 个工作日，例如 /publish 5。",
        PublishRefusal.AlreadyPublished => $"已经在 {Charts.DisplayTime.Format(o.Publication!.PublishedAt)} 公示过了（公示期到 {Day(o.Publication.LastDay)}）。要重新发布，请管理员先 /reopen 原因。",
        PublishRefusal.NoVillages => "还没有登记任何村，没有可以公示的结果。",
        PublishRefusal.NotPublished => "考核结果还没有公示。",
        PublishRefusal.ReasonRequired => ReopenUsage,
        _ => o.Refusal.ToString(),
    };
    public override string Published(PublicationDoc p, IReadOnlyList<string> withoutOfficials)
    {
        var told = p.Told.Where(t => t.Channels.Count > 0).ToList();
        var unreached = p.Told.Where(t => t.Channels.Count == 0).ToList();
        var lines = new List<string> { $"✓ 已公示考核结果，公示期 {p.WorkingDays} 个工作日，到 {Day(p.LastDay)} 为止。班子成员评分已锁定。" };
        if (p.Unsealed.Count > 0) lines.Add($"⚠ 发布时未密封：{string.Join("、", p.Unsealed)}");
        lines.Add(told.Count == 0 ? "没有通知到任何村干部。" : $"已通知 {told.Count} 人：" + string.Join("；", told.Select(t => $"{t.Village} {t.MemberName}（{string.Join("、", t.Channels.Select(ChannelName))}）")));
        if (unreached.Count > 0) lines.Add("没有绑定聊天账号、未能通知：" + string.Join("；", unreached.Select(t => $"{t.Village} {t.MemberName}")));
        if (withoutOfficials.Count > 0) lines.Add("没有村干部的村：" + string.Join("、", withoutOfficials));
        return string.Join("\n", lines);
    }
    public override string DescribeReopen => "重新打开已公示的结果：/reopen 原因";
    public override string ReopenUsage => "请写明原因，例如：/reopen 上庄村得分录入有误";
    public override string Reopened(PublicationDoc p) => $"已重新打开考核结果（原因：{p.ReopenReason}）。班子成员评分解锁；更正后可以再次公示：/publish 5";
}
