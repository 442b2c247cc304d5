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
}
