using ChatAppraisal.Ballots;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>The sheet page's democratic evaluation (民主测评): its tally, and an admin's open, slips, close and proposed scores.</summary>
public sealed partial class ConsoleWords
{
    public string Ballot => T("民主测评", "Democratic evaluation");
    public string BallotNone => T("本考核周期还没有对本村开展民主测评。", "No democratic evaluation of this village in this period yet.");
    public string BallotSlips => T("测评票数", "Ballot slips");
    public string BallotSlipsHint(int max) => T($"按参会人数填写，每人一张，最多 {max} 张。开始后在本页下载 A4 测评票打印。",
        $"One slip per person attending, at most {max}. Once opened, download the A4 slips here to print.");
    public string OpenBallot => T("开始测评", "Open the ballot");
    public string BallotState => T("状态", "State");
    public string BallotIsOpen => T("进行中", "open");
    public string BallotIsClosed => T("已结束", "closed");
    public string BallotOpenedBy(string who, string at) => T($"{who} 于 {at} 开始", $"opened by {who} at {at}");
    public string BallotClosedBy(string who, string at) => T($"{who} 于 {at} 结束", $"closed by {who} at {at}");
    public string SlipsIssued => T("发出", "Issued");
    public string VotesCast => T("已收", "Cast");
    public string BallotWeights(string weights) => T($"折算权重：{weights}；得分 = 满分 × Σ(权重 × 票数) ÷ 已收票数。",
        $"Weights: {weights}; score = maximum × Σ(weight × votes) ÷ votes cast.");

    public string PrintSlips => T("打印测评票", "Print the slips");
    public string PrintSlipsHint => T("A4 纸，每页 10 张，沿虚线剪开，每位参会人员一张。", "A4, 10 a page: cut along the dashed lines, one per person attending.");
    public string SlipPage(int page, int from, int to) => from == to
        ? T($"第 {page} 页（第 {from} 张）", $"Page {page} (slip {from})")
        : T($"第 {page} 页（第 {from}–{to} 张）", $"Page {page} (slips {from}–{to})");
    public string AddedSlips(int from, int to) => T($"新加的第 {from}–{to} 张单独打印：", $"The new slips {from}–{to}, to print on their own:");
    public string MoreSlips => T("加票张数", "More slips");
    public string AddSlips => T("加票", "Add slips");
    public string SlipsFull(int issued) => T($"已发 {issued} 张，达到每次测评最多 {BallotBook.MaxSlips} 张，不能再加。",
        $"{issued} slips are issued, the most a ballot holds.");
    public string CloseBallot => T("结束测评", "Close the ballot");
    public string CloseBallotAnyway => T("仍然结束测评", "Close it anyway");
    public string CloseWithSlipsOut(int outstanding, int cast, int issued) => T(
        $"还有 {outstanding} 张票没有投（已收 {cast}/{issued}）。结束后这些票都作废，不能撤回。确定要结束，请按“仍然结束测评”。",
        $"{outstanding} slips are not yet used ({cast} of {issued} cast). Closing voids them and cannot be undone; to close, press \"Close it anyway\".");
    public string CloseBallotNote => T("结束后不再收票，也不能加票；之后可以采用建议得分。", "Once closed, no more votes or slips count; then its proposed scores can be used.");
    public string OtherPeriod => T("这不是当前考核周期，只能查看。", "This is not the active period: read only.");

    public string ProposedScores => T("建议得分", "Proposed scores");
    public string Proposed => T("建议得分", "Proposed");
    public string OnSheet => T("现有得分", "On the sheet");
    public string UseProposal => T("采用建议得分", "Use the proposed scores");
    public string ProposalInUse => T("评分表中已是这些得分。", "The sheet holds these scores.");
    public string NoVotesCast => T("一张票也没有收到，不能折算得分。", "No vote was cast: there is nothing to score.");
    public string ProposalSealed => T("评分表已签字，不能写入建议得分；如需写入，请先撤销签字。", "The sheet is sealed: reopen it first to use the proposed scores.");

    public string BadSlips(int max) => T($"测评票数：请填写 1 到 {max} 之间的整数，例如 35。", $"Ballot slips: write a whole number from 1 to {max}, e.g. 35.");
    public string BadMoreSlips(int room, int issued) => T(
        $"加票张数：请填写 1 到 {room} 之间的整数（每次测评最多 {BallotBook.MaxSlips} 张，已发 {issued} 张）。",
        $"More slips: write a whole number from 1 to {room} ({BallotBook.MaxSlips} at most in all, {issued} issued).");
    public string BallotExists(string village) => T($"{village}本考核周期已经有民主测评，不能再开一次；票不够请用“加票”。",
        $"{village} already has a democratic evaluation in this period; to give out more slips, add them.");
    public string BallotAlreadyClosed(string village) => T($"{village}的民主测评已经结束，不能再投票或加票。",
        $"The democratic evaluation of {village} is closed: no more votes or slips.");
    public string NoBallot(string village) => T($"{village}本考核周期还没有民主测评。", $"{village} has no democratic evaluation in this period.");
    public string BallotStillOpen(string village) => T($"{village}的民主测评还在进行中，请先结束测评。", $"The democratic evaluation of {village} is still open: close it first.");
    public string ProposalChanged => T("折算规则刚被修改，建议得分已更新，请重新核对后再采用。", "The scoring rule has just changed and so have the proposed scores: check them again, then use them.");

    public string BallotOpened(string village, int slips, int pages) => T($"已开始{village}的民主测评：共 {slips} 张票（{pages} 页 A4），请下载打印。",
        $"The democratic evaluation of {village} is open: {slips} slips ({pages} A4 page(s)) to download and print.");
    public string SlipsAdded(int added, int issued) => T($"已加 {added} 张票，现共 {issued} 张。", $"{added} slips added, {issued} in all.");
    public string BallotClosedNow(string village) => T($"{village}的民主测评已结束，之后的投票不再计入。", $"The democratic evaluation of {village} is closed; later votes do not count.");
    public string ProposalUsed(string village) => T($"建议得分已写入{village}的评分表，并记入日志。", $"The proposed scores are on {village}'s sheet, and audited.");
}
