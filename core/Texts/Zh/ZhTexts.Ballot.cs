using ChatAppraisal.Ballots;
using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeBallot => "民主测评：/ballot 村名 人数（发票）、/ballot 村名（进度）、/ballot 村名 add 10（加票）、/ballot 村名 close（结束）";

    public override string BallotUsage =>
        "民主测评的用法：\n" +
        "/ballot 新庄村 35 — 开始测评，发 35 张票（A4 打印，每人一张，最多 500 张）\n" +
        "/ballot 新庄村 — 查看收票进度\n" +
        "/ballot 新庄村 add 10 — 再加 10 张票\n" +
        "/ballot 新庄村 close — 结束测评，并把结果折算为分数";

    public override string BallotNotAllowed => "只有考核组业务人员或考核组长可以组织民主测评。";

    public override string GradeName(BallotGrade grade) => BallotGrades.Label(grade);

    // While open only how many voted; the grades once closed with enough votes (BallotShown).
    public override string BallotCount(BallotShown ballot) =>
        $"已收 {ballot.Cast}/{ballot.Issued}" + (ballot.GradesShown
            ? "：" + string.Join("、", BallotGrades.All.Select(g => $"{GradeName(g)} {ballot.Count(g)}"))
            : ballot.TooFewVotes ? $"（少于 {ballot.MinimumVotes} 票，各等次票数不公布）" : "");

    public override string BallotStatus(string village, BallotShown ballot) =>
        $"{village}民主测评（{(ballot.Closed ? "已结束" : "进行中")}）\n{BallotCount(ballot)}" +
        (ballot.Closed ? "" : $"\n加票：/ballot {village} add 10　结束：/ballot {village} close");

    public override string BallotNone(string village) => $"{village}本年度还没有民主测评。开始：/ballot {village} 35（35 为发票张数）";

    public override string BallotNoneInPeriod => "本年度还没有民主测评。";

    public override string BallotList(IReadOnlyList<(string Village, BallotShown Ballot)> ballots) =>
        "本年度的民主测评：\n" + string.Join("\n", ballots.Select(b => $"{b.Village}（{(b.Ballot.Closed ? "已结束" : "进行中")}）{BallotCount(b.Ballot)}"));

    public override string BallotOpened(string village, BallotDoc ballot, int pages, string typeInPage) =>
        $"{village}民主测评已开始：共 {ballot.Issued} 张票，{pages} 页 A4，请打印后沿虚线剪开，每位参会人员一张。\n" +
        $"参会人员用微信或手机相机扫码投票；不能扫码的，在 {typeInPage} 输入票上的编码。\n" +
        $"查看进度：/ballot {village}　结束：/ballot {village} close";

    public override string BallotAdded(string village, int added, BallotShown ballot, int pages) =>
        $"{village}民主测评已加 {added} 张票（{pages} 页），现共 {ballot.Issued} 张。\n{BallotCount(ballot)}";

    public override string BallotSlipsCaption(string village, int page, int pages) => $"{village}民主测评票 第 {page}/{pages} 页（A4）";

    public override string BallotSlipsFileName(string village, int firstSlip, int page) => $"{village}民主测评票-{firstSlip:000}起-第{page}页.png";

    public override string BallotAlreadyOpen(string village, BallotShown ballot) =>
        $"{village}的民主测评已在进行中，不能再开一次。\n{BallotCount(ballot)}\n要加票请发 /ballot {village} add 10。";

    public override string BallotAlreadyClosed(string village, BallotShown ballot) =>
        $"{village}本年度的民主测评已经结束，不能再投票或加票。\n{BallotCount(ballot)}";

    public override string BallotBadCount(int max) => $"票数要是 1 到 {max} 之间的整数，例如 /ballot 新庄村 35。";

    public override string BallotBadAddCount(int room, BallotDoc ballot) => room > 0
        ? $"加票张数要是 1 到 {room} 之间的整数（每次测评最多 {BallotBook.MaxSlips} 张，已发 {ballot.Issued} 张）。"
        : $"已发 {ballot.Issued} 张，达到每次测评最多 {BallotBook.MaxSlips} 张，不能再加。";

    public override string BallotClosedNow(string village, BallotShown ballot) => ballot is { TooFewVotes: true, Cast: > 0 }
        ? $"{village}民主测评已结束：只收到 {ballot.Cast} 票，少于本年度规定的最少 {ballot.MinimumVotes} 票。为保护投票人，各等次票数不公布，也不折算分数，评分表没有改动。"
        : $"{village}民主测评已结束，之后的投票不再计入。\n{BallotCount(ballot)}";

    public override string BallotTooFewVotes(string village, int cast, int minimum) =>
        $"{village}的民主测评只收到 {cast} 票，少于本年度规定的最少 {minimum} 票，不折算分数，评分表没有改动。";

    public override string BallotCloseAsksExaminer(string village) => $"请考核组业务人员发送 /ballotscore {village}，把测评结果折算后写入评分表。";

    public override string DescribeBallotScore => "把已结束的民主测评结果写入评分表：/ballotscore 村名";

    public override string BallotScoreUsage => "用法：/ballotscore 村名（该村的民主测评要先结束：/ballot 村名 close）";

    public override string BallotScoreNotClosed(string village) => $"{village}的民主测评还在进行中。先结束：/ballot {village} close";

    public override string BallotNoVotes(string village) => $"{village}的民主测评一张票也没有收到，不能折算分数，评分表没有改动。";

    public override string BallotWeights(BallotPolicyDoc policy) =>
        string.Join("、", BallotGrades.All.Select(g => $"{GradeName(g)} {Points.Format(policy.Weight(g))}"));

    public override string BallotProposal(string village, BallotShown ballot, BallotPolicyDoc policy, BallotProposal proposal) =>
        $"{village}民主测评结果：{BallotCount(ballot)}\n" +
        $"按本年度的折算规则（权重 {BallotWeights(policy)}；得分 = 满分 × Σ(权重 × 票数) ÷ 收票数）：\n" +
        string.Join("\n", proposal.Scores.Select(s => $"· {s.CategoryName} · {s.ItemName}（满分 {Points.Format(s.Max)} 分）：{Points.Format(s.Value)} 分")) +
        "\n写入评分表吗？";

    public override string BallotMissingItems(IReadOnlyList<FedItem> items) =>
        "评分表里找不到这些测评项，没有折算：" + string.Join("、", items.Select(i => $"{i.Category} · {i.Item}")) + "（请管理员核对测评规则）";

    public override string BallotConfirm => "确认";
    public override string BallotCancel => "取消";
    public override string BallotScoreHint => "请点“确认”写入评分表，或点“取消”。";
    public override string BallotProposalChanged => "⚠ 折算规则刚被修改，请重新核对：";

    public override string BallotScoresStored(string village, BallotProposal proposal) =>
        $"已写入{village}的评分表（已记入审计记录）：\n" +
        string.Join("\n", proposal.Scores.Select(s => $"· {s.CategoryName} · {s.ItemName}：{Points.Format(s.Value)} 分"));

    public override string BallotScoresCancelled(string village) => $"没有写入评分表。需要时发送 /ballotscore {village} 重新确认。";

    public override string BallotSheetSection(BallotShown ballot, BallotPolicyDoc policy) =>
        $"民主测评（{(ballot.Closed ? "已结束" : "进行中")}）：{BallotCount(ballot)}；权重 {BallotWeights(policy)}";

    public override string SlipPageTitle(string village) => $"{village}　民主测评票";
    public override string SlipPageNumber(int page, int pages, int from, int to, int total) =>
        $"第 {page}/{pages} 页　{(from == to ? $"第 {from} 张" : $"第 {from}–{to} 张")}（本次共 {total} 张）";
    public override string SlipCutHere => "沿虚线剪开，每位参会人员一张。每张票只能投一次，投票不记名。";
    public override string SlipLabel => "民主测评票";
    public override string SlipCodeLabel => "编码";
    public override string SlipInstruction => "用微信或手机相机扫码，选“好、较好、一般、较差”之一提交。";
    public override string SlipTypeIn(string page) => $"不能扫码：手机浏览器打开 {page}，输入编码";

    public override string BallotAuditDetail(int ballotId, string detail) => $"民主测评票 #{ballotId}：{detail}";
    public override string BallotAuditOpened(int slips) => $"发出 {slips} 张";
    public override string BallotAuditSlipsAdded(int added, int issued) => $"加 {added} 张，共 {issued} 张";
    public override string BallotAuditClosed(int cast, int issued) => $"已收 {cast}/{issued}";
    public override string BallotAuditScore(int ballotId, int cast, int issued, IReadOnlyList<(string Grade, int Votes)> tally) =>
        BallotAuditDetail(ballotId, $"已收 {cast}/{issued}，" + string.Join("、", tally.Select(t => $"{t.Grade} {t.Votes}")));
}
