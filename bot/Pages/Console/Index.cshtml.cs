using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Charts;
using ChatAppraisal.Scoring;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>排名: the ranking chart (the /ranking PNG), every figure of GET /api/ranking, the period's policy, a period switcher.</summary>
public sealed class IndexModel(CurrentMember current, Periods periods, PeriodSetup setup, StandingsQuery standings, IChartRenderer charts)
    : ConsolePage(current)
{
    public IReadOnlyList<Appraisal.PeriodDoc> AllPeriods { get; private set; } = [];
    public PeriodView Period { get; private set; } = null!;
    public IReadOnlyList<RankingRow> Rows { get; private set; } = [];

    /// <summary>The policy as one sentence, as /ranking states it under the chart.</summary>
    public string Formula => Texts.For(Lang).PolicyLine(Period.Policy);

    [BindProperty(SupportsGet = true, Name = "period")] public int? PeriodId { get; set; }

    public IActionResult OnGet()
    {
        if (Chosen() is not { } period) return NotFound();
        Period = period;
        AllPeriods = setup.All();
        Rows = standings.Compute(period).Ranking.Select(RankingRow.From).ToList();
        return Page();
    }

    /// <summary>The same picture as /ranking and GET /api/ranking.png, for the chosen period, in the member's language.</summary>
    public IActionResult OnGetChart()
    {
        if (Chosen() is not { } period) return NotFound();
        Response.Headers.CacheControl = "no-store";
        return File(charts.Ranking(standings.Compute(period), Lang), "image/png");
    }

    PeriodView? Chosen() => PeriodId is { } id ? periods.Find(id) : periods.Active();
}
