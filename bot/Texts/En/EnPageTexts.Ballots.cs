using ChatAppraisal.Ballots;

namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string Ballot => "Democratic evaluation";
    public override string BallotNone => "No democratic evaluation of this village in this period yet.";
    public override string BallotSlips => "Ballot slips";
    public override string BallotSlipsHint(int max) => $"One slip per person attending, at most {max}. Once opened, download the A4 slips here to print.";
    public override string OpenBallot => "Open the ballot";
    public override string BallotState => "State";
    public override string BallotIsOpen => "open";
    public override string BallotIsClosed => "closed";
    public override string BallotOpenedBy(string who, string at) => $"opened by {who} at {at}";
    public override string BallotClosedBy(string who, string at) => $"closed by {who} at {at}";
    public override string SlipsIssued => "Issued";
    public override string VotesCast => "Cast";
    public override string BallotWeights(string weights) => $"Weights: {weights}; score = maximum × Σ(weight × votes) ÷ votes cast.";
    public override string PrintSlips => "Print the slips";
    public override string PrintSlipsHint => "A4, 10 a page: cut along the dashed lines, one per person attending.";
    public override string SlipPage(int page, int from, int to) => from == to
        ? $"Page {page} (slip {from})"
        : $"Page {page} (slips {from}–{to})";
    public override string AddedSlips(int from, int to) => $"The new slips {from}–{to}, to print on their own:";
    public override string MoreSlips => "More slips";
    public override string AddSlips => "Add slips";
    public override string SlipsFull(int issued) => $"{issued} slips are issued, the most a ballot holds.";
    public override string CloseBallot => "Close the ballot";
    public override string CloseBallotAnyway => "Close it anyway";
    public override string CloseWithSlipsOut(int outstanding, int cast, int issued) => $"{outstanding} slips are not yet used ({cast} of {issued} cast). Closing voids them and cannot be undone; to close, press \"Close it anyway\".";
    public override string CloseBallotNote => "Once closed, no more votes or slips count; then its proposed scores can be used.";
    public override string OtherPeriod => "This is not the active period: read only.";
    public override string ProposedScores => "Proposed scores";
    public override string Proposed => "Proposed";
    public override string OnSheet => "On the sheet";
    public override string UseProposal => "Use the proposed scores";
    public override string ProposalInUse => "The sheet holds these scores.";
    public override string NoVotesCast => "No vote was cast: there is nothing to score.";
    public override string TooFewVotes(int cast, int minimum) => $"Only {cast} votes, fewer than this period's minimum of {minimum}: to protect the voters no grade is shown and nothing is scored.";
    public override string GradesSecretWhileOpen(int minimum) => $"While the ballot is open only the turnout is shown; the grades appear once it is closed with at least {minimum} votes.";
    public override string ProposalSealed => "The sheet is sealed: reopen it first to use the proposed scores.";
    public override string BadSlips(int max) => $"Ballot slips: write a whole number from 1 to {max}, e.g. 35.";
    public override string BadMoreSlips(int room, int issued) => $"More slips: write a whole number from 1 to {room} ({BallotBook.MaxSlips} at most in all, {issued} issued).";
    public override string BallotExists(string village) => $"{village} already has a democratic evaluation in this period; to give out more slips, add them.";
    public override string BallotAlreadyClosed(string village) => $"The democratic evaluation of {village} is closed: no more votes or slips.";
    public override string NoBallot(string village) => $"{village} has no democratic evaluation in this period.";
    public override string BallotStillOpen(string village) => $"The democratic evaluation of {village} is still open: close it first.";
    public override string ProposalChanged => "The scoring rule has just changed and so have the proposed scores: check them again, then use them.";
    public override string BallotOpened(string village, int slips, int pages) => $"The democratic evaluation of {village} is open: {slips} slips ({pages} A4 page(s)) to download and print.";
    public override string SlipsAdded(int added, int issued) => $"{added} slips added, {issued} in all.";
    public override string BallotClosedNow(string village) => $"The democratic evaluation of {village} is closed; later votes do not count.";
    public override string ProposalUsed(string village) => $"The proposed scores are on {village}'s sheet, and audited.";
}
