using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Export;
using ChatAppraisal.Scoring;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;

namespace ChatAppraisal.Admin;

/// <summary>
/// One village's standing. Points are rounded to 2 decimals half away from zero (四舍五入), as the chat shows them;
/// ranks come from the exact values, so two finals that print alike may still hold different ranks.
/// </summary>
/// <param name="Onsite">The raw on-site total, 0–1500.</param>
/// <param name="Leader">The aggregated leadership score, 0–100.</param>
/// <param name="Completion">Share of expected entries made (items scored plus leaders who rated), 0–1, 4 decimals.</param>
public sealed record RankingRow(
    int Rank, int VillageId, string Village, decimal Onsite, decimal Onsite1000, decimal Leader, decimal Leader1000, decimal Final,
    bool Complete, decimal Completion, int ItemsScored, int ItemsTotal, int LeadersRated, int LeadersExpected)
{
    /// <summary>A sealed village's final at its seal, when the final now differs (a leader's rating replaced after it); else null.</summary>
    public decimal? FinalAtSeal { get; init; }

    /// <summary>The row with <see cref="FinalAtSeal"/> from the standings it was ranked in.</summary>
    public static RankingRow From(RankedVillage ranked, Standings standings) => From(ranked) with
    {
        FinalAtSeal = standings.ChangedAfterSeal.TryGetValue(ranked.Result.VillageId, out var atSeal) ? Two(atSeal) : null,
    };

    public static RankingRow From(RankedVillage ranked)
    {
        var r = ranked.Result;
        return new RankingRow(ranked.Rank, r.VillageId, r.Village, Two(r.Onsite), Two(r.Onsite1000),
            Two(r.Leader), Two(r.Leader1000), Two(r.Final), r.Complete,
            decimal.Round(r.Completion, 4, MidpointRounding.AwayFromZero), r.ItemsScored, r.ItemsTotal, r.LeadersRated, r.LeadersExpected);
    }

    /// <summary>Rounded, and always written with two places (984.90, 0.00) so every row reads alike.</summary>
    static decimal Two(decimal value) => Points.Round2(value) + 0.00m;
}

/// <summary>/api/ranking: the active period's villages in rank order, computed from what is stored now.</summary>
public static class RankingApi
{
    public static IEndpointRouteBuilder MapRanking(this IEndpointRouteBuilder api)
    {
        api.MapGet("/ranking", (Periods periods, StandingsQuery standings) =>
            {
                var computed = standings.Compute(periods.Active());
                return TypedResults.Ok(computed.Ranking.Select(r => RankingRow.From(r, computed)).ToList());
            })
            .WithTags("Ranking")
            .WithSummary("The active period's ranking, best first, under its policy");
        api.MapGet("/ranking.png", (Periods periods, StandingsQuery standings, IChartRenderer charts, string? lang) =>
                TypedResults.File(charts.Ranking(standings.Compute(periods.Active()), lang is "en" ? "en" : "zh"), "image/png"))
            .WithTags("Ranking")
            .WithSummary("The ranking chart the chat sends for /ranking, as PNG (?lang=en for English labels)");
        api.MapGet("/export.xlsx", (Periods periods, ScoreSheetWorkbook workbook) =>
            {
                var period = periods.Active();
                return TypedResults.File(workbook.Build(period),
                    "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet", ScoreSheetWorkbook.FileName(period));
            })
            .WithTags("Ranking")
            .WithSummary("The score-sheet workbook the chat sends for /export: summary, one sheet per village, leaders' ratings");
        return api;
    }
}
