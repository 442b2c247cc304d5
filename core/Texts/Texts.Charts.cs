using ChatAppraisal.Scoring;

namespace ChatAppraisal;

/// <summary>The charts' labels and the captions and summaries sent with them (/ranking, /sheet); the formula line.</summary>
public abstract partial class Texts
{
    /// <summary>The formula and policy in one line, shown under every ranking.</summary>
    public abstract string PolicyLine(ScoringPolicy policy);

    /// <summary>A weight as a percentage (0.9 → "90%").</summary>
    protected static string Weight(decimal weight) => $"{weight * 100:0.##}%";

    // /ranking's chart and caption
    public abstract string RankingChartTitle(string period);
    public abstract string RankingChartSubtitle(string time, int villages, int incomplete);
    public abstract string RankingChartOnsiteLegend(string weight);
    public abstract string RankingChartLeaderLegend(string weight);
    public abstract string RankingChartIncompleteLegend { get; }
    public abstract string RankingChartAxis { get; }
    public abstract string RankingChartEmpty { get; }
    public abstract string IncompleteValue(string score, string completion);
    public abstract string CaptionTitle(string period, string time);
    public abstract string CaptionNoVillages { get; }
    public abstract string CaptionIncomplete(string completion);
    public abstract string CaptionPlace(int rank, string village, string score, string incomplete);
    public abstract string CaptionCount(int villages, int incomplete);
    public abstract string CaptionTrimmedFallback { get; }

    // /sheet's chart and summary
    public abstract string SheetChartTitle(string village, string period);
    public abstract string SheetChartScoreLine(string onsite, string max, int scored, int items, int raters, string leader, string leaderCap);
    public abstract string SheetChartNotSigned { get; }
    public abstract string SheetChartSealLine(string signedBy, string at, string fingerprint, bool valid);
    public abstract string SheetChartOnsiteLegend { get; }
    public abstract string SheetChartLeaderLegend { get; }
    public abstract string SheetChartIncompleteLegend { get; }
    public abstract string SheetChartAxis { get; }
    /// <summary>The heading over the /sheet picture's bonus, deduction and veto lines (only where the plan has them).</summary>
    public abstract string SheetChartSidesHeading { get; }
    public abstract string CategoryNotScored { get; }
    public abstract string CategoryCappedFrom(string raw);
    public abstract string CategoryMissing(int missing);
    public abstract string LeadersMean(string mean, string cap);
    public abstract string LeadersNone { get; }
    public abstract string SummaryOfVillages(int villages);
    public abstract string SummaryIncomplete(string completion);
    public abstract string SummaryFinal(string score, int rank, string of, string state);
    public abstract string SummaryOnsite(string onsite, string max, string onsite1000, int scored, int items);
    public abstract string SummaryLeadership(string leader, string cap, string leader1000, int rated, int expected, ScoringPolicy policy);
    public abstract string SummaryGroup(string group);
    public abstract string SummaryLeadershipOf(int raters, ScoringPolicy policy);
}
