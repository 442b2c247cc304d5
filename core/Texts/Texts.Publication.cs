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
}
