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

    // An item nobody scored is 未评分, never "no deduction": a category published with nothing scored reads 0/100 beside it.
    public override string UnscoredMark(CategoryLine c) =>
        c.Unscored.Count == 0 ? "" : c.Unscored.Count == c.Items ? "（未评分）" : $"（未评分 {c.Unscored.Count} 项）";
    public override string BallotCounts(BallotLine ballot) => string.Join("、", ballot.Counts.Select(c => $"{GradeName(c.Grade)} {c.Count}"));
    public override string UnscoredItems(CategoryLine c) =>
        c.Unscored.Count == c.Items ? $"全部 {c.Items} 项" : string.Join("、", c.Unscored.Take(5).Select(i => i.Name)) + (c.Unscored.Count > 5 ? $" 等 {c.Unscored.Count} 项" : "");

    static string? DeductionsHeading(VillageResultView r) =>
        r.Deductions.Count > 0 ? $"扣分（{r.Deductions.Count} 项）："
        : r.Unscored == 0 ? "扣分：无"
        : r.Unscored < r.Categories.Sum(c => c.Items) ? $"扣分：已评分的 {r.Categories.Sum(c => c.Items) - r.Unscored} 项没有扣分"
        : null;

    IEnumerable<string> UnscoredLines(VillageResultView r) => r.Unscored == 0 ? [] :
        new[] { $"未评分（{r.Unscored} 项）：" }.Concat(r.Categories.Where(c => c.Unscored.Count > 0).Select(c => $"  {c.Name}：{UnscoredItems(c)}"));

    public override string ResultHeading(VillageResultView r, PublicationDoc p) => $"{r.Village} · {r.Period}考核结果（{(p.Final ? "已确定" : "公示")}）";
    public override string ResultWindow(PublicationDoc p) => p.Final
        ? $"考核结果已于 {Charts.DisplayTime.Format(p.FinalAt ?? p.WindowEndsAt)} 确定，不再受理申诉。"
        : $"公示期 {p.WorkingDays} 个工作日，到 {Day(p.LastDay)} 为止。对某一项有异议，请在此前发送：/object 项目名 理由（申诉），可以接着附照片或文件。";

    public override string VillageResult(VillageResultView r, PublicationDoc p)
    {
        var lines = new List<string>
        {
            ResultHeading(r, p),
            $"综合得分：{Points.Format(r.Final)}",
            $"排名：第 {r.Rank} 名（共 {r.Villages} 个村）",
            $"等次：{r.Grade ?? "考核方案未定等次"}",
            $"现场考核：{Points.Format(r.Onsite)} 分（千分制 {Points.Format(r.Onsite1000)}）",
            "各类得分：",
        };
        lines.AddRange(r.Categories.Select(c => $"  {c.Name} {Points.Format(c.Score)}/{Points.Format(c.Max)}{UnscoredMark(c)}"));
        if (DeductionsHeading(r) is { } heading) lines.Add(heading);
        lines.AddRange(r.Deductions.Select(d => $"  {d.CategoryName} · {d.ItemName}：{Points.Format(d.Score)}/{Points.Format(d.Max)}，扣 {Points.Format(d.Lost)} 分；原因：{d.Reason ?? "未写明"}"));
        lines.AddRange(UnscoredLines(r));
        lines.Add(r.Ballot is { } b
            ? $"民主测评：收回 {b.Cast}/{b.Issued} 票，" + BallotCounts(b)
            : "民主测评：没有已结束的测评");
        lines.Add(r.LeadersRated == 0 ? "党政班子成员评分：无" : $"党政班子成员评分平均：{Points.Format(r.LeaderMean)} 分（{r.LeadersRated} 人评分）");
        lines.Add(ResultWindow(p));
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
        var lines = new List<string> { $"✓ 已公示考核结果，公示期 {p.WorkingDays} 个工作日，到 {Day(p.LastDay)} 为止。现场考核评分和党政班子成员评分已锁定。" };
        if (p.Unsealed.Count > 0) lines.Add($"⚠ 发布时未签字密封：{string.Join("、", p.Unsealed)}");
        lines.Add(told.Count == 0 ? "没有通知到任何村干部。" : $"已通知 {told.Count} 人：" + string.Join("；", told.Select(t => $"{t.Village} {t.MemberName}（{string.Join("、", t.Channels.Select(ChannelName))}）")));
        if (unreached.Count > 0) lines.Add("没有绑定聊天账号、未能通知：" + string.Join("；", unreached.Select(t => $"{t.Village} {t.MemberName}")));
        if (withoutOfficials.Count > 0) lines.Add("没有村干部的村：" + string.Join("、", withoutOfficials));
        return string.Join("\n", lines);
    }
    public override string DescribeReopen => "重新打开已公示的结果：/reopen 原因";
    public override string ReopenUsage => "请写明原因，例如：/reopen 上庄村得分录入有误";
    public override string Reopened(PublicationDoc p) => $"已重新打开考核结果（原因：{p.ReopenReason}）。党政班子成员评分解锁；更正后可以再次公示：/publish 5";

    // 申诉
    static string Status(ObjectionDoc o) => o.Status switch
    {
        ObjectionStatus.Upheld => $"已采纳，改为 {Points.Format(o.NewScore ?? 0)} 分",
        ObjectionStatus.Rejected => $"已驳回：{o.Answer}",
        _ => "待答复",
    };
    static string Was(ObjectionDoc o) => o.Score is { } s ? $"{Points.Format(s)} 分" : "未评分";

    public override string DescribeObject => "对某一项得分提出申诉：/object 项目名 理由";
    public override string ObjectUsage => "用法：/object 项目名 理由，例如：/object 做合格党员 会议记录已补交（申诉 做合格党员 会议记录已补交）。发出后可以接着发照片或文件作为证据。";
    public override string ObjectHelp => "现在可以发送照片或文件作为申诉的证据；发完按“完成”。";
    public override string ObjectRefused(ObjectionOutcome o) => "没有提交申诉。" + o.Refusal switch
    {
        ObjectionRefusal.NoVillage => "只有村干部可以为本村提出申诉。",
        ObjectionRefusal.NotPublished => "考核结果还没有公示。",
        ObjectionRefusal.WindowClosed => o.Publication is { } p ? (p.Final ? "考核结果已确定，不再受理申诉。" : $"公示期已在 {Day(p.LastDay)} 结束，不再受理申诉。") : "公示期已结束。",
        ObjectionRefusal.UnknownItem => "评分表里没有这一项，请写项目名（或其中一段），例如：做合格党员。\n" + ObjectUsage,
        ObjectionRefusal.AmbiguousItem => $"对应多个项目：{string.Join("、", o.Candidates ?? [])}。请写得更完整。",
        ObjectionRefusal.NoText => "请写明理由。\n" + ObjectUsage,
        ObjectionRefusal.TextTooLong => $"理由太长（最多 {Objections.MaxText} 字）。",
        _ => o.Refusal.ToString(),
    };
    public override string ObjectMade(ObjectionDoc o, string village) =>
        $"✓ 已提交申诉 #{o.Id}：{village} · {o.ItemName}（现 {Was(o)}）：{o.Text}\n考核办公室答复后会通知您。可以接着发送照片或文件作为证据，发完按“完成”。";
    public override string ObjectEvidenceAdded(string fileName, int count) => $"📎 已附上证据“{fileName}”（共 {count} 份）。还有就接着发，发完按“完成”。";
    public override string ObjectDoneLabel => "完成";
    public override string ObjectDone(ObjectionDoc o) => $"申诉 #{o.Id} 已提交（证据 {o.Evidence.Count} 份），等待考核办公室答复。";
    public override string ObjectionNotice(ObjectionDoc o, string village) =>
        $"📮 新申诉 #{o.Id}：{village}的{o.MemberName}对“{o.ItemName}”（现 {Was(o)}）提出：{o.Text}\n查看和答复：/objections";
    public override string ObjectionAnswered(ObjectionDoc o, string village) => o.Status == ObjectionStatus.Upheld
        ? $"✓ 申诉 #{o.Id}（{village} · {o.ItemName}）已采纳：得分由 {Was(o)} 改为 {Points.Format(o.NewScore ?? 0)} 分，评分表已重新签字密封。"
        : $"申诉 #{o.Id}（{village} · {o.ItemName}）已驳回，理由：{o.Answer}";
    public override string DescribeObjections => "查看和答复各村的申诉：/objections";
    public override string ObjectionsList(IReadOnlyList<(ObjectionDoc Objection, string Village, decimal Max)> open) => open.Count == 0
        ? "没有待答复的申诉。"
        : $"待答复的申诉（{open.Count} 条）：\n" + string.Join("\n", open.Select(x =>
            $"#{x.Objection.Id} {x.Village} · {x.Objection.ItemName}（现 {Was(x.Objection)}，满分 {Points.Format(x.Max)}）：{x.Objection.Text}" +
            $"（{x.Objection.MemberName}，{Charts.DisplayTime.Format(x.Objection.At)}{(x.Objection.Evidence.Count > 0 ? $"，证据 {x.Objection.Evidence.Count} 份" : "")}）")) +
          "\n" + ObjectionsUsage;
    public override string ObjectionsUsage => "采纳并改分：/objections 编号 采纳 分数；驳回：/objections 编号 驳回 理由。例如：/objections 1 采纳 13";
    public override string ObjectionDecided(ObjectionDoc o, string village) => $"申诉 #{o.Id}（{village} · {o.ItemName}）{Status(o)}。已通知{village}的村干部。";

    // 整改清单
    public override string DescribeRectification => "下载各村的整改清单（一个村一张表）";
    public override string RectificationCaption(string period) => $"{period}各村整改清单";
    public override string RectificationMessage(Export.RectificationList l)
    {
        var r = l.Result;
        var lines = new List<string> { $"{r.Village} · {r.Period}考核结果已确定：综合得分 {Points.Format(r.Final)}，第 {r.Rank} 名。" };
        if (r.Deductions.Count > 0)
        {
            lines.Add($"整改清单（{r.Deductions.Count} 项）：");
            lines.AddRange(r.Deductions.Select((d, i) => $"{i + 1}. {d.CategoryName} · {d.ItemName}：扣 {Points.Format(d.Lost)} 分；原因：{d.Reason ?? "未写明"}"));
        }
        else if (r.Unscored == 0) lines.Add("没有扣分项。");
        else if (DeductionsHeading(r) is { } scoredNone) lines.Add(scoredNone);
        lines.AddRange(UnscoredLines(r));
        if (l.Objections.Count > 0) lines.Add("申诉：" + string.Join("；", l.Objections.Select(o => $"#{o.Id} {o.ItemName} {Status(o)}")));
        lines.Add("表格见附件，请逐项整改。");
        return string.Join("\n", lines);
    }
}
