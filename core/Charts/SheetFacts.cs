using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Charts;

/// <summary>What the sheet chart, the sheet summary and the export say about one village besides its item scores.</summary>
public static class SheetFacts
{
    /// <summary>The ratings that belong to this sheet's village and period (others are ignored).</summary>
    public static IReadOnlyList<LeaderRatingDoc> RatingsOf(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ratings) =>
        ratings.Where(r => r.PeriodId == sheet.Period.Id && r.VillageId == sheet.Village.Id
                           && r.Values.Count == sheet.Period.Rubric.Categories.Count).ToList();

    /// <summary>The leadership score (0–100) as the scoring engine aggregates it under the period's policy.</summary>
    public static decimal LeaderScore(Sheet sheet, IReadOnlyList<LeaderRatingDoc> ownRatings) =>
        ScoringEngine.Aggregate(ownRatings.Select(r => r.Values.Sum()).ToList(), sheet.Period.Policy.LeaderAggregation).Value;

    /// <summary>"已签章：张晓岩 2018-01-15 17:00 · 指纹 1a2b3c4d… · 有效", or that the sheet is not signed.</summary>
    public static string SealText(SheetSeal? seal, bool english)
    {
        if (seal is null) return english ? "Not signed by the group leader yet" : "考核组长尚未签章";
        var fingerprint = seal.Fingerprint.Length > 12 ? seal.Fingerprint[..12] + "…" : seal.Fingerprint;
        return english
            ? $"Signed by {seal.SignedBy} at {DisplayTime.Format(seal.SignedAt)} · fingerprint {fingerprint} · {(seal.Valid ? "valid" : "INVALID: changed after signing")}"
            : $"已签章：{seal.SignedBy} {DisplayTime.Format(seal.SignedAt)} · 指纹 {fingerprint} · {(seal.Valid ? "有效" : "无效：签章后内容被改动")}";
    }
}
