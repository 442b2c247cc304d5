using ChatAppraisal.Ballots;

namespace ChatAppraisal;

/// <summary>The democratic evaluation: /ballot (open, follow, add slips, close) and /ballotscore (the proposed scores).</summary>
public abstract partial class Texts
{
    public abstract string DescribeBallot { get; }
    public abstract string BallotUsage { get; }
    public abstract string BallotNotAllowed { get; }
    public abstract string GradeName(BallotGrade grade);

    /// <summary>已收 28/35：好 20、较好 6、一般 2、较差 0</summary>
    public abstract string BallotCount(BallotShown ballot);

    public abstract string BallotStatus(string village, BallotShown ballot);
    public abstract string BallotNone(string village);
    public abstract string BallotNoneInPeriod { get; }
    public abstract string BallotList(IReadOnlyList<(string Village, BallotShown Ballot)> ballots);
    public abstract string BallotOpened(string village, BallotDoc ballot, int pages, string typeInPage);
    public abstract string BallotAdded(string village, int added, BallotShown ballot, int pages);
    public abstract string BallotSlipsCaption(string village, int page, int pages);
    public abstract string BallotSlipsFileName(string village, int firstSlip, int page);
    public abstract string BallotAlreadyOpen(string village, BallotShown ballot);
    public abstract string BallotAlreadyClosed(string village, BallotShown ballot);
    public abstract string BallotBadCount(int max);
    public abstract string BallotBadAddCount(int room, BallotDoc ballot);
    public abstract string BallotClosedNow(string village, BallotShown ballot);
    public abstract string BallotCloseAsksExaminer(string village);

    public abstract string DescribeBallotScore { get; }
    public abstract string BallotScoreUsage { get; }
    public abstract string BallotScoreNotClosed(string village);
    public abstract string BallotNoVotes(string village);
    public abstract string BallotTooFewVotes(string village, int cast, int minimum);
    public abstract string BallotWeights(BallotPolicyDoc policy);
    public abstract string BallotProposal(string village, BallotShown ballot, BallotPolicyDoc policy, BallotProposal proposal);
    public abstract string BallotMissingItems(IReadOnlyList<FedItem> items);
    public abstract string BallotConfirm { get; }
    public abstract string BallotCancel { get; }
    public abstract string BallotScoreHint { get; }
    public abstract string BallotProposalChanged { get; }
    public abstract string BallotScoresStored(string village, BallotProposal proposal);
    public abstract string BallotScoresCancelled(string village);

    /// <summary>The tally in /sheet: votes cast of slips issued, counts, weights.</summary>
    public abstract string BallotSheetSection(BallotShown ballot, BallotPolicyDoc policy);

    // The printed slips (A4 pages of six)
    public abstract string SlipPageTitle(string village);
    public abstract string SlipPageNumber(int page, int pages, int from, int to, int total);
    public abstract string SlipCutHere { get; }
    public abstract string SlipLabel { get; }
    public abstract string SlipCodeLabel { get; }
    public abstract string SlipInstruction { get; }
    public abstract string SlipTypeIn(string page);

    // The ballot's audit details (the trail is written in Chinese, the office's language)
    public abstract string BallotAuditDetail(int ballotId, string detail);
    public abstract string BallotAuditOpened(int slips);
    public abstract string BallotAuditSlipsAdded(int added, int issued);
    public abstract string BallotAuditClosed(int cast, int issued);
    public abstract string BallotAuditScore(int ballotId, int cast, int issued, IReadOnlyList<(string Grade, int Votes)> tally);
}
