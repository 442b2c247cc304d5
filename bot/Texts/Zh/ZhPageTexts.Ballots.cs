using ChatAppraisal.Ballots;

namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string Ballot => "民主测评";
    public override string BallotNone => "本考核周期还没有对本村开展民主测评。";
    public override string BallotSlips => "测评票数";
    public override string BallotSlipsHint(int max) => $"按参会人数填写，每人一张，最多 {max} 张。开始后在本页下载 A4 测评票打印。";
    public override string OpenBallot => "开始测评";
    public override string BallotState => "状态";
    public override string BallotIsOpen => "进行中";
    public override string BallotIsClosed => "已结束";
    public override string BallotOpenedBy(string who, string at) => $"{who} 于 {at} 开始";
    public override string BallotClosedBy(string who, string at) => $"{who} 于 {at} 结束";
    public override string SlipsIssued => "发出";
    public override string VotesCast => "已收";
    public override string BallotWeights(string weights) => $"折算权重：{weights}；得分 = 满分 × Σ(权重 × 票数) ÷ 已收票数。";
    public override string PrintSlips => "打印测评票";
    public override string PrintSlipsHint => "A4 纸，每页 10 张，沿虚线剪开，每位参会人员一张。";
    public override string SlipPage(int page, int from, int to) => from == to
        ? $"第 {page} 页（第 {from} 张）"
        : $"第 {page} 页（第 {from}–{to} 张）";
    public override string AddedSlips(int from, int to) => $"新加的第 {from}–{to} 张单独打印：";
    public override string MoreSlips => "加票张数";
    public override string AddSlips => "加票";
    public override string SlipsFull(int issued) => $"已发 {issued} 张，达到每次测评最多 {BallotBook.MaxSlips} 张，不能再加。";
    public override string CloseBallot => "结束测评";
    public override string CloseBallotAnyway => "仍然结束测评";
    public override string CloseWithSlipsOut(int outstanding, int cast, int issued) => $"还有 {outstanding} 张票没有投（已收 {cast}/{issued}）。结束后这些票都作废，不能撤回。确定要结束，请按“仍然结束测评”。";
    public override string CloseBallotNote => "结束后不再收票，也不能加票；之后可以采用建议得分。";
    public override string OtherPeriod => "这不是当前考核周期，只能查看。";
    public override string ProposedScores => "建议得分";
    public override string Proposed => "建议得分";
    public override string OnSheet => "现有得分";
    public override string UseProposal => "采用建议得分";
    public override string ProposalInUse => "评分表中已是这些得分。";
    public override string NoVotesCast => "一张票也没有收到，不能折算得分。";
    public override string TooFewVotes(int cast, int minimum) => $"只收到 {cast} 票，少于本年度规定的最少 {minimum} 票：为保护投票人，各等次票数不公布，也不折算得分。";
    public override string GradesSecretWhileOpen(int minimum) => $"测评进行中只显示收票数；结束后（收票不少于 {minimum} 张）才公布各等次票数。";
    public override string ProposalSealed => "评分表已签字密封，不能写入建议得分；如需写入，请先撤销签字密封。";
    public override string BadSlips(int max) => $"测评票数：请填写 1 到 {max} 之间的整数，例如 35。";
    public override string BadMoreSlips(int room, int issued) => $"加票张数：请填写 1 到 {room} 之间的整数（每次测评最多 {BallotBook.MaxSlips} 张，已发 {issued} 张）。";
    public override string BallotExists(string village) => $"{village}本考核周期已经有民主测评，不能再开一次；票不够请用“加票”。";
    public override string BallotAlreadyClosed(string village) => $"{village}的民主测评已经结束，不能再投票或加票。";
    public override string NoBallot(string village) => $"{village}本考核周期还没有民主测评。";
    public override string BallotStillOpen(string village) => $"{village}的民主测评还在进行中，请先结束测评。";
    public override string ProposalChanged => "折算规则刚被修改，建议得分已更新，请重新核对后再采用。";
    public override string BallotOpened(string village, int slips, int pages) => $"已开始{village}的民主测评：共 {slips} 张票（{pages} 页 A4），请下载打印。";
    public override string SlipsAdded(int added, int issued) => $"已加 {added} 张票，现共 {issued} 张。";
    public override string BallotClosedNow(string village) => $"{village}的民主测评已结束，之后的投票不再计入。";
    public override string ProposalUsed(string village) => $"建议得分已写入{village}的评分表，并记入日志。";
}
