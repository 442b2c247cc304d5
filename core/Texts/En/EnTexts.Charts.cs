using ChatAppraisal.Scoring;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string PolicyLine(ScoringPolicy p) =>
        (p.HasLeaderPart()
            ? $"final score = on-site appraisal (1000 scale) × {Weight(p.OnsiteWeight)} + leadership rating (1000 scale) × {Weight(p.LeaderWeight)}; " +
              $"leadership rating = {(p.LeaderAggregation == LeaderAggregation.Trimmed ? "trimmed mean (highest and lowest dropped)" : "mean")} of the leadership members' totals; "
            : $"final score = on-site appraisal (1000 scale) × {Weight(p.OnsiteWeight)}; ") +
        $"categories {(p.CapCategoryAtMax ? "capped at their maximum" : "not capped")}";

    public override string RankingChartTitle(string period) => $"{period} appraisal ranking";
    public override string RankingChartSubtitle(string time, int villages, int incomplete) =>
        $"Data as of {time} · {villages} villages" + (incomplete > 0 ? $", {incomplete} incomplete" : "");
    public override string RankingChartOnsiteLegend(string weight) => $"On-site appraisal × {weight}";
    public override string RankingChartLeaderLegend(string weight) => $"Leadership rating × {weight}";
    public override string RankingChartIncompleteLegend => "Hatched: incomplete";
    public override string RankingChartAxis => "Final score (1000 scale)";
    public override string RankingChartEmpty => "No villages yet";
    public override string IncompleteValue(string score, string completion) => $"{score}  incomplete {completion}";
    public override string CaptionTitle(string period, string time) => $"{period} ranking (data as of {time})";
    public override string CaptionNoVillages => "No villages yet.";
    public override string CaptionIncomplete(string completion) => $" (incomplete {completion})";
    public override string CaptionPlace(int rank, string village, string score, string incomplete) => $"No. {rank} {village} {score}{incomplete}";
    public override string CaptionCount(int villages, int incomplete) =>
        $"{villages} villages" + (incomplete > 0 ? $", {incomplete} incomplete (missing entries count 0)." : ", all complete.");
    public override string CaptionTrimmedFallback => "Fewer than 3 leadership members rated some villages: the plain mean is used for them.";

    public override string SheetChartTitle(string village, string period) => $"{village} · {period} score sheet";
    public override string SheetChartScoreLine(string onsite, string max, int scored, int items, int raters, string leader, string leaderCap) =>
        $"On-site appraisal {onsite} / {max} ({scored}/{items} items) · leadership rating {(raters == 0 ? "none yet" : $"{leader} / {leaderCap} ({raters} {(raters == 1 ? "rater" : "raters")})")}";
    public override string SheetChartNotSigned => "Not yet signed and sealed by the group leader";
    public override string SheetChartSealLine(string signedBy, string at, string fingerprint, bool valid) =>
        $"Signed and sealed by {signedBy} at {at} · fingerprint {fingerprint} · {(valid ? "valid" : "INVALID: changed after it was sealed")}";
    public override string SheetChartOnsiteLegend => "On-site appraisal, % of the category maximum";
    public override string SheetChartLeaderLegend => "Leadership members' mean rating, % of the cap";
    public override string SheetChartIncompleteLegend => "Hatched: items missing";
    public override string SheetChartAxis => "% of maximum";
    public override string SheetChartSidesHeading => "Bonus, deductions and veto";
    public override string CategoryNotScored => "not scored";
    public override string CategoryCappedFrom(string raw) => $" (capped from {raw})";
    public override string CategoryMissing(int missing) => $" ({missing} missing)";
    public override string LeadersMean(string mean, string cap) => $"leadership {mean}/{cap}";
    public override string LeadersNone => "leadership: none yet";
    public override string SummaryOfVillages(int villages) => $" of {villages}";
    public override string SummaryIncomplete(string completion) => $", incomplete {completion}";
    public override string SummaryFinal(string score, int rank, string of, string state) => $"Final score {score} · rank {rank}{of}{state}";
    public override string SummaryOnsite(string onsite, string max, string onsite1000, int scored, int items) =>
        $"On-site appraisal {onsite} / {max} → {onsite1000} on the 1000 scale ({scored}/{items} items)";
    public override string SummaryLeadership(string leader, string cap, string leader1000, int rated, int expected, ScoringPolicy policy) =>
        $"Leadership rating {leader} / {cap} → {leader1000} ({rated} of {expected} leadership members, {ShortAggregation(policy)})";
    public override string SummaryGroup(string group) => $"[{group}]";
    public override string SummaryLeadershipOf(int raters, ScoringPolicy policy) => $"Leadership rating: {ShortAggregation(policy)} of {raters} leadership members' totals";

    static string ShortAggregation(ScoringPolicy policy) => policy.LeaderAggregation == LeaderAggregation.Trimmed ? "trimmed mean" : "mean";
}
