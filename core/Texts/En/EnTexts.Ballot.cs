using ChatAppraisal.Ballots;
using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeBallot => "democratic evaluation: /ballot VILLAGE SLIPS (open), /ballot VILLAGE (count), /ballot VILLAGE add 10, /ballot VILLAGE close";

    public override string BallotUsage =>
        "Democratic evaluation:\n" +
        "/ballot 新庄村 35 — open it with 35 slips (print on A4, one per attendee, at most 500)\n" +
        "/ballot 新庄村 — the count so far\n" +
        "/ballot 新庄村 add 10 — 10 more slips\n" +
        "/ballot 新庄村 close — close it and turn the result into scores";

    public override string BallotNotAllowed => "Only examiners and the group leader run a democratic evaluation.";

    public override string GradeName(BallotGrade grade) => grade switch
    {
        BallotGrade.Good => "good",
        BallotGrade.FairlyGood => "fairly good",
        BallotGrade.Fair => "fair",
        _ => "poor",
    };

    // While open only how many voted; the grades once closed with enough votes (BallotShown).
    public override string BallotCount(BallotShown ballot) =>
        $"{ballot.Cast}/{ballot.Issued} cast" + (ballot.GradesShown
            ? ": " + string.Join(", ", BallotGrades.All.Select(g => $"{GradeName(g)} {ballot.Count(g)}"))
            : ballot.TooFewVotes ? $" (fewer than {ballot.MinimumVotes}: the grades are not shown)" : "");

    public override string BallotStatus(string village, BallotShown ballot) =>
        $"Democratic evaluation of {village} ({(ballot.Closed ? "closed" : "open")})\n{BallotCount(ballot)}" +
        (ballot.Closed ? "" : $"\nMore slips: /ballot {village} add 10   Close: /ballot {village} close");

    public override string BallotNone(string village) => $"{village} has no democratic evaluation in this period. Open one: /ballot {village} 35 (35 slips)";

    public override string BallotNoneInPeriod => "No democratic evaluation in this period yet.";

    public override string BallotList(IReadOnlyList<(string Village, BallotShown Ballot)> ballots) =>
        "Democratic evaluations in this period:\n" + string.Join("\n", ballots.Select(b => $"{b.Village} ({(b.Ballot.Closed ? "closed" : "open")}) {BallotCount(b.Ballot)}"));

    public override string BallotOpened(string village, BallotDoc ballot, int pages, string typeInPage) =>
        $"The democratic evaluation of {village} is open: {ballot.Issued} slips on {pages} A4 page(s). Print them, cut along the dashed lines, one per attendee.\n" +
        $"Attendees scan the code with WeChat or the phone's camera; without a camera, they type the slip's code at {typeInPage}.\n" +
        $"Count: /ballot {village}   Close: /ballot {village} close";

    public override string BallotAdded(string village, int added, BallotShown ballot, int pages) =>
        $"{added} more slips for {village} ({pages} page(s)), {ballot.Issued} in all.\n{BallotCount(ballot)}";

    public override string BallotSlipsCaption(string village, int page, int pages) => $"Evaluation slips of {village}, page {page}/{pages} (A4)";

    public override string BallotSlipsFileName(string village, int firstSlip, int page) => $"{village}-slips-from-{firstSlip:000}-page-{page}.png";

    public override string BallotAlreadyOpen(string village, BallotShown ballot) =>
        $"The democratic evaluation of {village} is already open.\n{BallotCount(ballot)}\nFor more slips send /ballot {village} add 10.";

    public override string BallotAlreadyClosed(string village, BallotShown ballot) =>
        $"The democratic evaluation of {village} in this period is closed: no more votes or slips.\n{BallotCount(ballot)}";

    public override string BallotBadCount(int max) => $"The number of slips must be a whole number from 1 to {max}, e.g. /ballot 新庄村 35.";

    public override string BallotBadAddCount(int room, BallotDoc ballot) => room > 0
        ? $"Add a whole number of slips from 1 to {room} (at most {BallotBook.MaxSlips} a ballot; {ballot.Issued} issued)."
        : $"{ballot.Issued} slips issued, the most a ballot holds ({BallotBook.MaxSlips}): no more can be added.";

    public override string BallotClosedNow(string village, BallotShown ballot) => ballot is { TooFewVotes: true, Cast: > 0 }
        ? $"The democratic evaluation of {village} is closed with only {ballot.Cast} votes, fewer than this period's minimum of {ballot.MinimumVotes}. To protect the voters no grade is shown and no score is proposed; the sheet is unchanged."
        : $"The democratic evaluation of {village} is closed; later votes do not count.\n{BallotCount(ballot)}";

    public override string BallotTooFewVotes(string village, int cast, int minimum) =>
        $"The democratic evaluation of {village} has only {cast} votes, fewer than this period's minimum of {minimum}: nothing to score, and the sheet is unchanged.";

    public override string BallotCloseAsksExaminer(string village) => $"An examiner stores the result in the score sheet with /ballotscore {village}.";

    public override string DescribeBallotScore => "store a closed democratic evaluation's result in the score sheet: /ballotscore VILLAGE";

    public override string BallotScoreUsage => "Usage: /ballotscore VILLAGE (close its evaluation first: /ballot VILLAGE close)";

    public override string BallotScoreNotClosed(string village) => $"The democratic evaluation of {village} is still open. Close it first: /ballot {village} close";

    public override string BallotNoVotes(string village) => $"No vote was cast in the democratic evaluation of {village}: there is nothing to score, and the sheet is unchanged.";

    public override string BallotWeights(BallotPolicyDoc policy) =>
        string.Join(", ", BallotGrades.All.Select(g => $"{GradeName(g)} {Points.Format(policy.Weight(g))}"));

    public override string BallotProposal(string village, BallotShown ballot, BallotPolicyDoc policy, BallotProposal proposal) =>
        $"Democratic evaluation of {village}: {BallotCount(ballot)}\n" +
        $"Under this period's rule (weights {BallotWeights(policy)}; score = maximum × Σ(weight × votes) ÷ votes cast):\n" +
        string.Join("\n", proposal.Scores.Select(s => $"· {s.CategoryName} · {s.ItemName} (max {Points.Format(s.Max)}): {Points.Format(s.Value)}")) +
        "\nStore these in the score sheet?";

    public override string BallotMissingItems(IReadOnlyList<FedItem> items) =>
        "The rubric has no such items, so they are not scored: " + string.Join(", ", items.Select(i => $"{i.Category} · {i.Item}")) + " (an admin should check the ballot policy)";

    public override string BallotConfirm => "Confirm";
    public override string BallotCancel => "Cancel";
    public override string BallotScoreHint => "Press \"Confirm\" to store them in the sheet, or \"Cancel\".";
    public override string BallotProposalChanged => "⚠ The ballot policy just changed. Please check again:";

    public override string BallotScoresStored(string village, BallotProposal proposal) =>
        $"Stored in the sheet of {village} (recorded in the audit trail):\n" +
        string.Join("\n", proposal.Scores.Select(s => $"· {s.CategoryName} · {s.ItemName}: {Points.Format(s.Value)}"));

    public override string BallotScoresCancelled(string village) => $"Nothing stored. Send /ballotscore {village} to confirm it later.";

    public override string BallotSheetSection(BallotShown ballot, BallotPolicyDoc policy) =>
        $"Democratic evaluation ({(ballot.Closed ? "closed" : "open")}): {BallotCount(ballot)}; weights {BallotWeights(policy)}";

    public override string SlipPageTitle(string village) => $"{village}　democratic evaluation slips";
    public override string SlipPageNumber(int page, int pages, int from, int to, int total) =>
        $"page {page}/{pages}　{(from == to ? $"slip {from}" : $"slips {from}–{to}")} ({total} in all)";
    public override string SlipCutHere => "Cut along the dashed lines, one slip per attendee. Each slip votes once, anonymously.";
    public override string SlipLabel => "Evaluation slip";
    public override string SlipCodeLabel => "Code";
    public override string SlipInstruction => "Scan with WeChat or the phone's camera, choose one of 好, 较好, 一般, 较差.";
    public override string SlipTypeIn(string page) => $"Cannot scan: open {page} in a phone browser and type the code";

    public override string BallotAuditDetail(int ballotId, string detail) => $"ballot #{ballotId}: {detail}";
    public override string BallotAuditOpened(int slips) => $"{slips} slips issued";
    public override string BallotAuditSlipsAdded(int added, int issued) => $"{added} slips added, {issued} in all";
    public override string BallotAuditClosed(int cast, int issued) => $"{cast}/{issued} cast";
    public override string BallotAuditScore(int ballotId, int cast, int issued, IReadOnlyList<(string Grade, int Votes)> tally) =>
        BallotAuditDetail(ballotId, $"{cast}/{issued} cast, " + string.Join(", ", tally.Select(t => $"{t.Grade} {t.Votes}")));
}
