namespace ChatAppraisal.Bot;

/// <summary>The sheet page's democratic evaluation (民主测评): its tally, and an admin's open, slips, close and proposed scores.</summary>
public abstract partial class PageTexts
{
    public abstract string Ballot { get; }
    public abstract string BallotNone { get; }
    public abstract string BallotSlips { get; }
    public abstract string BallotSlipsHint(int max);
    public abstract string OpenBallot { get; }
    public abstract string BallotState { get; }
    public abstract string BallotIsOpen { get; }
    public abstract string BallotIsClosed { get; }
    public abstract string BallotOpenedBy(string who, string at);
    public abstract string BallotClosedBy(string who, string at);
    public abstract string SlipsIssued { get; }
    public abstract string VotesCast { get; }
    public abstract string BallotWeights(string weights);

    public abstract string PrintSlips { get; }
    public abstract string PrintSlipsHint { get; }
    public abstract string SlipPage(int page, int from, int to);
    public abstract string AddedSlips(int from, int to);
    public abstract string MoreSlips { get; }
    public abstract string AddSlips { get; }
    public abstract string SlipsFull(int issued);
    public abstract string CloseBallot { get; }
    public abstract string CloseBallotAnyway { get; }
    public abstract string CloseWithSlipsOut(int outstanding, int cast, int issued);
    public abstract string CloseBallotNote { get; }
    public abstract string OtherPeriod { get; }

    public abstract string ProposedScores { get; }
    public abstract string Proposed { get; }
    public abstract string OnSheet { get; }
    public abstract string UseProposal { get; }
    public abstract string ProposalInUse { get; }
    public abstract string NoVotesCast { get; }
    public abstract string TooFewVotes(int cast, int minimum);
    /// <summary>Under the tally while the ballot is open: only the turnout is shown.</summary>
    public abstract string GradesSecretWhileOpen(int minimum);
    public abstract string ProposalSealed { get; }

    public abstract string BadSlips(int max);
    public abstract string BadMoreSlips(int room, int issued);
    public abstract string BallotExists(string village);
    public abstract string BallotAlreadyClosed(string village);
    public abstract string NoBallot(string village);
    public abstract string BallotStillOpen(string village);
    public abstract string ProposalChanged { get; }

    public abstract string BallotOpened(string village, int slips, int pages);
    public abstract string SlipsAdded(int added, int issued);
    public abstract string BallotClosedNow(string village);
    public abstract string ProposalUsed(string village);
}
