namespace ChatAppraisal;

/// <summary>
/// The official workbook's and csv's words (core/Export): the score sheets, the summary, the leaders' ratings, the
/// attachments list, 整改清单 and the rubric workbook's notes. The official forms are Chinese in every language
/// (the layouts take <see cref="Zh"/>); the English says the same for a reader of this code or an English export.
/// </summary>
public abstract partial class Texts
{
    public abstract string XlsxFileName(string period);
    public abstract string XlsxTitle(string period);
    public abstract string XlsxSummarySheet { get; }
    public abstract string XlsxRatingsSheet { get; }
    public abstract string XlsxVillage { get; }
    public abstract string XlsxDataTime(string time);
    public abstract string XlsxSummaryTitle(string period);
    public abstract string XlsxSummarySubtitle(string time, int villages, int incomplete, int leaders);
    public abstract string XlsxBonusHeader(string? cap);
    public abstract string XlsxDeductionHeader(string? cap);
    public abstract string XlsxVeto { get; }
    public abstract string XlsxVetoes(IEnumerable<(string Event, string Reason)> vetoes);
    public abstract string XlsxGrade { get; }
    public abstract string XlsxRank { get; }
    public abstract string XlsxOnsiteHeader(string max);
    public abstract string XlsxScore { get; }
    public abstract string XlsxPer1000 { get; }
    public abstract string XlsxLeaderHeader(string max);
    public abstract string XlsxFinal { get; }
    public abstract string XlsxState { get; }
    public abstract string XlsxCompletion { get; }
    public abstract string XlsxSeal { get; }
    public abstract string XlsxComplete(bool complete);
    public abstract string XlsxSealState(bool? valid);
    public abstract string XlsxFormula { get; }
    public abstract string XlsxOnsiteWeight { get; }
    public abstract string XlsxLeaderWeight { get; }
    public abstract string XlsxLeaderAggregationLabel { get; }
    public abstract string XlsxAggregation(bool trimmed);
    public abstract string XlsxTrimmedFewRaters { get; }
    public abstract string XlsxCapLabel { get; }
    public abstract string XlsxCap(bool capped);
    public abstract string XlsxOnsiteMaxLabel { get; }
    public abstract string XlsxOnsiteMax(int categories, int items, string max);
    public abstract string XlsxLeaderCapLabel { get; }
    public abstract string XlsxLeaderCap(int categories, string total);
    public abstract string XlsxRankingRuleLabel { get; }
    public abstract string XlsxRankingRule(string? sidesOutOf);
    public abstract string XlsxRubricLabel { get; }
    public abstract string XlsxSubject(string village);
    public abstract IReadOnlyList<string> XlsxVillageHeaders { get; }
    public abstract string XlsxSubtotal { get; }
    public abstract string XlsxCategoryCell(string name, string max);
    public abstract string XlsxOnsiteTotal { get; }
    public abstract string XlsxItemsScored(int scored, int total);
    public abstract string XlsxOnsite1000(string max);
    public abstract string XlsxLeaderRow(string aggregation);
    public abstract string XlsxLeadersRated(int rated, int expected);
    public abstract string XlsxLeader1000(string cap);
    public abstract string XlsxPlace(int rank, int villages, string? incomplete);
    public abstract string XlsxFinalRow(string onsiteWeight, string leaderWeight);
    public abstract string XlsxSignedBy { get; }
    public abstract string XlsxNotSigned { get; }
    public abstract string XlsxSignedAt { get; }
    public abstract string XlsxFingerprint { get; }
    public abstract string XlsxSealCheck { get; }
    public abstract string XlsxSealCheckResult(bool? valid);
    public abstract string XlsxCapped(string raw);
    /// <summary>A category or block the plan scores out of <paramref name="outOf"/> and counts as <paramref name="scaleTo"/>.</summary>
    public abstract string XlsxScaled(string scored, string outOf, string scaleTo);
    public abstract string XlsxScaledCategoryCell(string name, string outOf, string scaleTo);
    public abstract string XlsxMissing(int missing);
    public abstract string XlsxNotes(IEnumerable<string> notes);
    public abstract string XlsxBallotHeader(bool closed);
    public abstract string XlsxCastIssuedLabel { get; }
    public abstract string XlsxCastIssued(int cast, int issued);
    public abstract string XlsxOpenedBy { get; }
    public abstract string XlsxGradeLabel { get; }
    public abstract string XlsxVotes { get; }
    public abstract string XlsxWeight { get; }
    public abstract string XlsxBallotHidden(bool closed, int minimum);
    public abstract string XlsxBallotFeedsLabel { get; }
    public abstract string XlsxBallotFeeds(IEnumerable<string> items);
    public abstract string XlsxRatingsTitle(string period);
    public abstract string XlsxRatingsSubtitle(int categories, string aggregation, string summarySheet);
    public abstract string XlsxRater { get; }
    public abstract string XlsxGroupCap(string group, string cap);
    public abstract string XlsxRatingsTotal(string cap);
    public abstract string XlsxRatedAt { get; }
    public abstract string XlsxMember(int id);
    public abstract string XlsxNoRatings { get; }
    public abstract string XlsxAttachmentsSheet { get; }
    public abstract IReadOnlyList<string> XlsxAttachmentsHeaders { get; }
    public abstract string XlsxAttachmentsTitle(string period);
    public abstract string XlsxAttachmentsNote { get; }
    public abstract string XlsxWrittenMaterial { get; }
    public abstract string XlsxAttachmentKind(Evidence.AttachmentKind kind, bool photo);
    public abstract IReadOnlyList<string> CsvItemScoresHeader { get; }
    public abstract string CsvItemScoresFileName(string period);
    public abstract string XlsxCountyFileName { get; }
    public abstract string XlsxRectificationFileName { get; }
    public abstract string XlsxRectificationFileNameOf(string village);
    public abstract string XlsxRectificationTitle(string village, string period);
    public abstract string XlsxRectificationSummary(string final, int rank, int villages, string? grade, int deductions, string lost);
    public abstract IReadOnlyList<string> XlsxRectificationHeaders { get; }
    public abstract string XlsxNoReason { get; }
    public abstract string XlsxNoDeductions { get; }
    public abstract string XlsxObjection(Publication.ObjectionStatus status, int id, string from, string to, string? answer);
    public abstract IReadOnlyList<string> XlsxRubricNotes { get; }
}
