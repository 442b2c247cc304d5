using ChatAppraisal.Publication;
using ChatAppraisal.Schedule;

namespace ChatAppraisal;

/// <summary>The villages' own officials, 公示 (publication), objections (申诉) and the 整改清单 (core/Publication).</summary>
public abstract partial class Texts
{
    // The village role: /invite with a village, /village, /report for one's own village
    public abstract string InviteVillage(string village);
    public abstract string InviteVillageRequired { get; }
    public abstract string DescribeVillage { get; }
    public abstract string NoVillageOfYours { get; }
    public abstract string VillageOverview(string village, Visit? visit, bool writtenReport, bool secretaryAccount, bool sealedSheet);
    public abstract string ReportOwnVillageOnly(string village);

    // 公示: the village's result, /publish, /reopen
    public abstract string VillageResult(VillageResultView result, PublicationDoc publication);
    /// <summary>The result's title: the village, the period, published or final.</summary>
    public abstract string ResultHeading(VillageResultView result, PublicationDoc publication);
    /// <summary>The window for objections and how to object, or that the results are final.</summary>
    public abstract string ResultWindow(PublicationDoc publication);
    /// <summary>After a category's points: how many of its items nobody scored ("" when all were).</summary>
    public abstract string UnscoredMark(CategoryLine category);
    /// <summary>The category's unscored items by name (the first few), or "all N items".</summary>
    public abstract string UnscoredItems(CategoryLine category);
    /// <summary>A closed ballot's count of each grade ("优秀 5、称职 3"), for the chat's result and the result page.</summary>
    public abstract string BallotCounts(BallotLine ballot);
    public abstract string DescribePublish { get; }
    public abstract string PublishUsage(PublicationDoc? publication, bool windowOpen);
    public abstract string PublishUnsealed(IReadOnlyList<string> villages, int workingDays);
    public abstract string PublishAnyway { get; }
    public abstract string PublishRefused(PublishOutcome outcome);
    /// <param name="withoutOfficials">Villages none of whose officials is a member: nobody there was told.</param>
    public abstract string Published(PublicationDoc publication, IReadOnlyList<string> withoutOfficials);
    public abstract string DescribeReopen { get; }
    public abstract string ReopenUsage { get; }
    public abstract string Reopened(PublicationDoc publication);

    // Objections (申诉): /object, /objections
    public abstract string DescribeObject { get; }
    public abstract string ObjectUsage { get; }
    public abstract string ObjectHelp { get; }
    public abstract string ObjectRefused(ObjectionOutcome outcome);
    public abstract string ObjectMade(ObjectionDoc objection, string village);
    public abstract string ObjectEvidenceAdded(string fileName, int count);
    public abstract string ObjectDoneLabel { get; }
    public abstract string ObjectDone(ObjectionDoc objection);
    public abstract string ObjectionNotice(ObjectionDoc objection, string village);
    public abstract string ObjectionAnswered(ObjectionDoc objection, string village);
    public abstract string DescribeObjections { get; }
    public abstract string ObjectionsList(IReadOnlyList<(ObjectionDoc Objection, string Village, decimal Max)> open);
    public abstract string ObjectionsUsage { get; }
    public abstract string ObjectionDecided(ObjectionDoc objection, string village);

    // 整改清单
    public abstract string DescribeRectification { get; }
    public abstract string RectificationCaption(string period);
    public abstract string RectificationMessage(Export.RectificationList list);
}
