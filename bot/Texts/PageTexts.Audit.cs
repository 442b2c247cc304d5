using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot;

/// <summary>日志's words: each audited action and channel as an official names it (the action's code stays beside it).</summary>
public abstract partial class PageTexts
{
    protected static readonly Dictionary<string, (string Zh, string En)> Actions = new()
    {
        [AuditActions.ScoreSet] = ("录入得分", "score entered"),
        [AuditActions.ScoreCleared] = ("清除得分", "score cleared"),
        [AuditActions.RatingSet] = ("党政班子成员评分", "leader's rating"),
        [AuditActions.RatingCleared] = ("删除党政班子成员评分", "leader's rating removed"),
        [AuditActions.CategoryConfirmed] = ("确认类别得分", "category confirmed"),
        [AuditActions.BonusSet] = ("录入加分", "bonus entered"),
        [AuditActions.BonusCleared] = ("清除加分", "bonus cleared"),
        [AuditActions.DeductionSet] = ("录入扣分", "deduction entered"),
        [AuditActions.DeductionCleared] = ("清除扣分", "deduction cleared"),
        [AuditActions.VetoSet] = ("一票否决", "veto recorded"),
        [AuditActions.VetoCleared] = ("撤销一票否决", "veto withdrawn"),
        [AuditActions.SheetSealed] = ("签字密封", "sheet sealed"),
        [AuditActions.SheetUnsealed] = ("撤销签字密封", "sheet reopened"),
        [AuditActions.VillageAdded] = ("添加村", "village added"),
        [AuditActions.VillageRenamed] = ("村改名", "village renamed"),
        [AuditActions.VillageRemoved] = ("删除村", "village removed"),
        [AuditActions.MemberAdded] = ("添加成员", "member added"),
        [AuditActions.MemberChanged] = ("修改成员", "member changed"),
        [AuditActions.MemberInvited] = ("发邀请码", "invite issued"),
        [AuditActions.MemberRemoved] = ("删除成员", "member removed"),
        [AuditActions.MemberVillages] = ("设置包村（利益回避）", "villages worked for set"),
        [AuditActions.PeriodCreated] = ("新建考核周期", "period created"),
        [AuditActions.PeriodActivated] = ("启用考核周期", "period activated"),
        [AuditActions.RubricReplaced] = ("替换评分细则", "rubric replaced"),
        [AuditActions.PolicyChanged] = ("修改计分办法", "policy changed"),
        [AuditActions.AttachmentAdded] = ("添加附件", "attachment added"),
        [AuditActions.AttachmentRemoved] = ("删除附件", "attachment removed"),
        [AuditActions.VisitSet] = ("安排考核时间", "visit scheduled"),
        [AuditActions.VisitCleared] = ("取消考核安排", "visit cleared"),
        [AuditActions.RemindersChanged] = ("修改提醒设置", "reminders changed"),
        [AuditActions.BallotOpened] = ("发起民主测评", "ballot opened"),
        [AuditActions.BallotSlipsAdded] = ("民主测评加票", "ballot slips added"),
        [AuditActions.BallotClosed] = ("结束民主测评", "ballot closed"),
        [AuditActions.ResultsPublished] = ("公示结果", "results published"),
        [AuditActions.ResultsFinal] = ("结果确定", "results final"),
        [AuditActions.ResultsReopened] = ("重新打开结果", "results reopened"),
        [AuditActions.ObjectionMade] = ("提出申诉", "objection made"),
        [AuditActions.ObjectionEvidence] = ("申诉证据", "objection evidence"),
        [AuditActions.ObjectionUpheld] = ("采纳申诉", "objection upheld"),
        [AuditActions.ObjectionRejected] = ("驳回申诉", "objection rejected"),
    };

    /// <summary>The action in words; an action this list does not know yet keeps its code.</summary>
    public abstract string ActionName(string action);

    public abstract string ChannelName(string channel);

    /// <summary>Where in the sheet: the category and item by name from the entry's period rubric ("2. 党风廉政建设 · 2.3 …").</summary>
    public static string AuditPlace(AuditEntry entry, Rubrics.Rubric? rubric)
    {
        if (entry.Category is not { } c || rubric is null || c < 0 || c >= rubric.Categories.Count) return "";
        var category = rubric.Categories[c];
        var leaves = category.Leaves;
        return entry.Item is { } i && i >= 0 && i < leaves.Count
            ? $"{c + 1}. {category.Name} · {c + 1}.{i + 1} {leaves[i].Name}"
            : $"{c + 1}. {category.Name}";
    }

    /// <summary>The entry's detail in the reader's language, from its parts; entries without parts keep their stored line.</summary>
    public string AuditDetail(AuditEntry entry) => (entry.Action, entry.Args) switch
    {
        (AuditActions.CategoryConfirmed, [var scored, var total]) => ItemsScored(scored, total),
        (AuditActions.SheetSealed, [var scored, var total, var fingerprint]) => $"{ItemsScored(scored, total)} · sha256:{Texts.ShortHash(fingerprint)}",
        (AuditActions.AttachmentAdded or AuditActions.AttachmentRemoved, [var kind, var file, var size, var sha]) =>
            $"{AttachmentKindName(kind)} · {file} · {(long.TryParse(size, out var bytes) ? Texts.Size(bytes) : size)} · SHA-256 {Texts.ShortHash(sha)}",
        (AuditActions.BonusSet or AuditActions.BonusCleared or AuditActions.DeductionSet or AuditActions.DeductionCleared
            or AuditActions.VetoSet or AuditActions.VetoCleared, [var line, var reason]) => AdjustmentDetail(line, reason),
        _ => entry.Detail ?? "",
    };

    protected abstract string ItemsScored(string scored, string total);

    /// <summary>A bonus, deduction or veto line by name, with the reason entered when there is one.</summary>
    protected abstract string AdjustmentDetail(string line, string reason);

    string AttachmentKindName(string kind) => Enum.TryParse<Evidence.AttachmentKind>(kind, out var k) && k != Evidence.AttachmentKind.Item
        ? ChatTexts.ReportKindName(k) : ItemEvidence;

    protected abstract string ItemEvidence { get; }
}
