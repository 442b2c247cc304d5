namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string MemberVillage => "所在村（村干部）";
    public override string NoVillageChosen => "（不是村干部）";
    public override string VillageRequiredForRole => "村干部要选所在的村。";

    public override string PublicationHeading => "公示";
    public override string WorkingDaysLabel => "公示期（工作日）";
    public override string PublishResults => "发布结果";
    public override string UnsealedSheets(IReadOnlyList<string> villages) => $"未签字密封：{string.Join("、", villages)}";
    public override string NotReached => "没有绑定聊天账号，未通知";
    public override string OpenObjections => "待答复的申诉";
    public override string NoOpenObjections => "没有待答复的申诉。";
    public override string ObjectionScore(decimal? score, decimal max, int evidence) =>
        $"现得分 {(score is { } s ? Scoring.Points.Format(s) : "未评")}，满分 {Scoring.Points.Format(max)}；证据 {evidence} 份";
    public override string NewScore => "新得分";
    public override string Uphold => "采纳";
    public override string RejectReason => "驳回理由";
    public override string Reject => "驳回";

    public override string ToldLine(string village, string member, IReadOnlyList<string> channels) =>
        $"{village} {member}：{(channels.Count == 0 ? NotReached : string.Join("、", channels))}";
    public override string ObjectionBy(string text, string member, string at) => $"{text}（{member}，{at}）";

    public override string PublishedUnsealed(IReadOnlyList<string> villages) => $"⚠ 发布时未签字密封：{string.Join("、", villages)}";
    public override string VillageResultPages => "各村的结果页";
    public override string ToldHeading => "通知了谁";
    public override string BackToChat => "← 返回聊天";
    public override string ResultSummary => "结果";
    public override string ResultRank(int rank, int villages) => $"第 {rank} 名（共 {villages} 个村）";
    public override string NoGrade => "考核方案未定等次";
    public override string ResultOnsite(string onsite, string onsite1000) => $"{onsite} 分（千分制 {onsite1000}）";
    public override string ResultBallot(int cast, int issued, string counts) => $"收回 {cast}/{issued} 票：{counts}";
    public override string NoClosedBallot => "没有已结束的测评";
    public override string ResultLeaders(string mean, int rated) => $"平均 {mean} 分（{rated} 人评分）";
    public override string NoLeaderRatings => "无";
    public override string ResultBallotHeading => "民主测评";
    public override string ResultRankLabel => "排名";
    public override string ResultOnsiteLabel => "现场考核";
    public override string ResultLeadersLabel => "党政班子成员评分";
    public override string ResultGrade => "等次";
    public override string ResultCategoriesHeading => "各类得分";
    public override string ResultCategory => "类别";
    public override string ResultPoints => "得分/满分";
    public override string ResultLost => "扣分";
    public override string ResultDeductions => "扣分项目及原因";
    public override string ResultDeduction(string item, string score, string max, string lost, string? reason) =>
        $"{item}：{score}/{max}，扣 {lost} 分；原因：{reason ?? "未写明"}";
    public override string ResultUnscored(string items) => $"未评分：{items}";
    public override string ResultOnsiteTotal => "现场考核合计";

    public override string AddTown => "添加镇";
    public override string AddTownHint => "新的镇带着它的第一个考核周期（默认评分细则）。添加后页面切换到这个镇，在下面添加它的第一位管理员，他的邀请码只能登录这个镇。";
    public override string TownNameLabel => "镇名";
    public override string TownAdded(string name) => $"已添加{name}，现在看的是{name}：请添加它的第一位管理员。";
    public override string DuplicateTown(string name) => $"已经有{name}了。";
    public override string InvalidTownName(int max) => $"镇名要写 1 到 {max} 个字。";
    public override string WorksForShort => "包村";
}
