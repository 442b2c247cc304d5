using ChatAppraisal.Admin;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Charts;
using ChatAppraisal.Publication;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>排名: the ranking chart (the /ranking PNG), every figure of GET /api/ranking, the period's policy, a period switcher.</summary>
/// And 公示: publishing the results with their objection window (asked once more while sheets are unsealed), who was told,
/// and the open objections (申诉) with 采纳 (a new score) and 驳回 (a reason).
public sealed class IndexModel(CurrentMember current, Periods periods, PeriodSetup setup, StandingsQuery standings, IChartRenderer charts,
    Publications publications, Objections objections, VillageRoster villages) : ConsolePage(current)
{
    public PublicationDoc? Publication { get; private set; }
    public bool WindowOpen { get; private set; }
    public IReadOnlyList<string> Unsealed { get; private set; } = [];
    /// <summary>Set when publishing was refused for unsealed sheets: the form asks once more.</summary>
    public bool AskAgain { get; private set; }
    public IReadOnlyList<(ObjectionDoc Objection, string Village, decimal Max)> OpenObjections { get; private set; } = [];

    [BindProperty] public int WorkingDays { get; set; } = 5;

    public IReadOnlyList<Appraisal.PeriodDoc> AllPeriods { get; private set; } = [];
    public PeriodView Period { get; private set; } = null!;
    public IReadOnlyList<RankingRow> Rows { get; private set; } = [];
    /// <summary>Each village's bonus, deductions, veto and grade as /ranking writes them ("加2 扣2 一票否决 良好"), by village id;
    /// null when the plan has none of them (then the column is left out).</summary>
    public IReadOnlyDictionary<int, string>? Adjustments { get; private set; }

    /// <summary>The policy as one sentence, as /ranking states it under the chart.</summary>
    public string Formula => Texts.For(Lang).PolicyLine(Period.Policy);

    [BindProperty(SupportsGet = true, Name = "period")] public int? PeriodId { get; set; }

    public IActionResult OnGet()
    {
        if (Chosen() is not { } period) return NotFound();
        Period = period;
        AllPeriods = setup.All();
        var computed = standings.Compute(period);
        Rows = computed.Ranking.Select(r => RankingRow.From(r, computed)).ToList();
        var rubric = period.Rubric;
        if (rubric.Bonus is not null || rubric.Deductions is not null || rubric.Veto.Count > 0 || rubric.Grades is not null)
            Adjustments = computed.Ranking.ToDictionary(r => r.Result.VillageId, r => Texts.For(Lang).RankingAdjustments(r));
        Publication = publications.Find(period.Id) is { Open: true } doc ? doc : null;
        WindowOpen = Publication is not null && publications.WindowOpen(Publication);
        Unsealed = publications.Unsealed(period);
        OpenObjections = objections.OfPeriod(period.Id, openOnly: true)
            .Select(o => (o, objections.VillageName(o.VillageId), period.Rubric.Categories[o.Category].Leaves[o.Item].Max)).ToList();
        return Page();
    }

    /// <summary>发布结果: the active period's results, with the objection window in working days; unsealed sheets ask once more.</summary>
    public IActionResult OnPostPublish(bool confirm)
    {
        var outcome = publications.Publish(Actor, periods.Active(), WorkingDays, confirm);
        var t = Texts.For(Lang);
        switch (outcome.Refusal)
        {
            case PublishRefusal.None:
                var told = outcome.Publication!.Told.Select(x => x.VillageId).ToHashSet();
                Done = t.Published(outcome.Publication, villages.All().Where(v => !told.Contains(v.Id)).Select(v => v.Name).ToList());
                return RedirectToPage();
            case PublishRefusal.Unsealed:
                AskAgain = true;
                Refusal = t.PublishUnsealed(outcome.Unsealed!, WorkingDays);
                break;
            default:
                Refusal = t.PublishRefused(outcome);
                break;
        }
        PeriodId = null;
        return OnGet();
    }

    public IActionResult OnPostUphold(int objection, decimal? score) => Answered(score is { } s
        ? objections.Uphold(Actor, periods.Active(), objection, s)
        : new ObjectionOutcome(ObjectionRefusal.OutOfRange));

    public IActionResult OnPostReject(int objection, string? reason) => Answered(objections.Reject(Actor, periods.Active(), objection, reason));

    IActionResult Answered(ObjectionOutcome outcome)
    {
        var t = Texts.For(Lang);
        if (outcome is { Ok: true, Objection: { } o })
        {
            Done = t.ObjectionDecided(o, objections.VillageName(o.VillageId));
            return RedirectToPage();
        }
        Refusal = outcome.Refusal switch
        {
            ObjectionRefusal.OutOfRange => t.ScoreRefused(new ScoreOutcome(ScoreRefusal.OutOfRange), ""),
            _ => t.ObjectionsUsage,
        };
        PeriodId = null;
        return OnGet();
    }

    /// <summary>The same picture as /ranking and GET /api/ranking.png, for the chosen period, in the member's language.</summary>
    public IActionResult OnGetChart()
    {
        if (Chosen() is not { } period) return NotFound();
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        return File(charts.Ranking(standings.Compute(period), Lang), "image/png");
    }

    PeriodView? Chosen() => PeriodId is { } id ? periods.Find(id) : periods.Active();
}
