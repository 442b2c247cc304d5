namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string VoteTitle(string village) => village.Length > 0 ? $"{village}民主测评" : "民主测评";
    public override string VoteKicker => "民主测评";
    public override string VoteQuestion => "对村“三委”班子工作的评价";
    public override string VoteNote => "点一项即提交。每张票只能投一次，不记名。";
    public override string VoteCode(string code) => $"票号 {code}";
    public override string VoteThanks => "已投票，谢谢";
    public override string VoteCounted => "您的评价已经记入。本页可以关闭。";
    public override string VoteUsedHeading => "这张票已经投过了";
    public override string VoteUsed(string code) => $"票号 {code} 已经投票，每张票只能投一次。";
    public override string VoteClosedHeading => "测评已经结束";
    public override string VoteClosed => "这次民主测评已经结束，不再接受投票。";
    public override string VoteUnknownHeading => "没有这张票";
    public override string VoteUnknown(string? typed) => $"没有找到编码{(typed is { Length: > 0 } ? $"“{typed}”" : "")}的测评票。请核对票上的 8 位编码再输入。";
    public override string VoteTypeHeading => "输入票上的编码";
    public override string VoteTypeIntro => "不能扫码的，请输入测评票上印的 8 位编码。";
    public override string VoteCodeLabel => "编码（8 位字母和数字）";
    public override string VoteCodePlaceholder => "例如 K7M2 Q9XH";
    public override string VoteNext => "下一步";
    public override string VoteFormExpired => "这个页面已过期，投票没有记入。请重新选择一项。";
    public override string VoteBadGrade => "请在“好、较好、一般、较差”中选择一项。";
    public override string VoteTryLaterTitle => "请稍后再试";
    public override string VoteTryLater(int seconds) => $"这台手机所在的网络尝试次数太多。请在 {seconds} 秒后再打开投票页。";
    public override string AttachmentsHeading => "附件";
}
