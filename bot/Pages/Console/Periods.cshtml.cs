using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Schedule;
using ChatAppraisal.Scoring;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// 考核周期 (admin): the periods; create next year's from one, activate one, edit a period's policy and its reminder
/// settings (the two times of day and the leaders' ratings due date).
/// </summary>
[Authorize(Policy = SignInPolicies.Admin)]
public sealed class PeriodsModel(CurrentMember current, PeriodSetup setup, ReminderSettings reminders, ReminderWakeup wakeup) : ConsolePage(current)
{
    protected override bool AdminOnly => true;

    public IReadOnlyList<PeriodDoc> All { get; private set; } = [];

    [BindProperty] public string? Name { get; set; }
    [BindProperty] public int? CopyFrom { get; set; }
    [BindProperty] public string? OnsiteWeight { get; set; }
    [BindProperty] public string? LeaderWeight { get; set; }
    [BindProperty] public LeaderAggregation Aggregation { get; set; }
    [BindProperty] public bool Cap { get; set; }
    [BindProperty] public bool ReasonsRequired { get; set; }
    [BindProperty] public string? Morning { get; set; }
    [BindProperty] public string? Evening { get; set; }
    [BindProperty] public string? RatingsDueBy { get; set; }

    /// <summary>The period whose reminder form was refused: its inputs show what was typed.</summary>
    public int? Editing { get; private set; }

    public ReminderTimes RemindersOf(int periodId) => reminders.For(periodId);

    /// <summary>"1月18日（星期四）", as the chat says a day.</summary>
    public string Day(DateOnly date) => Current.Texts.Day(date);

    public void OnGet() => All = setup.All();

    /// <summary>"2018年度" after "2017年度": the suggested name of the next period.</summary>
    public string NextName()
    {
        var active = All.FirstOrDefault(p => p.Active) ?? All.LastOrDefault();
        if (active is null) return "";
        var digits = new string(active.Name.TakeWhile(char.IsAsciiDigit).ToArray());
        return digits.Length == 4 && int.TryParse(digits, out var year) ? (year + 1) + active.Name[4..] : "";
    }

    public IActionResult OnPostCreate() => setup.Create(Actor, Name, CopyFrom) switch
    {
        { Ok: true, Period: { } p } => Back(W.Created(p.Name)),
        { Refusal: PeriodRefusal.DuplicateName, Period: { } holder } => Refuse(W.DuplicatePeriod(holder.Name)),
        { Refusal: PeriodRefusal.UnknownSource } => Refuse(W.UnknownPeriod),
        _ => Refuse(W.InvalidPeriodName(Names.MaxLength)),
    };

    public IActionResult OnPostActivate(int id) => setup.Activate(Actor, id) switch
    {
        { Ok: true, Period: { } p } => Back(W.Activated(p.Name)),
        _ => Refuse(W.UnknownPeriod),
    };

    public IActionResult OnPostPolicy(int id)
    {
        if (Weight(OnsiteWeight) is not { } onsite) return Refuse(W.InvalidWeight(W.OnsiteWeight));
        if (Weight(LeaderWeight) is not { } leader) return Refuse(W.InvalidWeight(W.LeaderWeight));
        if (onsite + leader != 1) return Refuse(W.WeightsSum);
        var current = setup.All().FirstOrDefault(p => p.Id == id)?.Policy ?? ScoringPolicy.Default;
        var policy = current with
        {
            OnsiteWeight = onsite, LeaderWeight = leader, LeaderAggregation = Aggregation, CapCategoryAtMax = Cap, ReasonsRequired = ReasonsRequired,
        };
        return setup.SetPolicy(Actor, id, policy) switch
        {
            { Ok: true, Period: { } p } => Back(W.PolicySaved(p.Name)),
            { Refusal: PeriodRefusal.InvalidPolicy, Errors: { } errors } => Refuse(string.Join(" ", errors)),
            { Refusal: PeriodRefusal.Published, Period: { } p } => Refuse(W.PolicyPublished(p.Name)),
            _ => Refuse(W.UnknownPeriod),
        };
    }

    public IActionResult OnPostReminders(int id)
    {
        Editing = id;
        var refusal = reminders.Set(Actor, id, Morning, Evening, RatingsDueBy);
        if (refusal != SettingsRefusal.None)
            return Refuse(refusal switch
            {
                SettingsRefusal.BadMorning => W.BadMorning,
                SettingsRefusal.BadEvening => W.BadEvening,
                SettingsRefusal.MorningNotBeforeEvening => W.MorningNotBeforeEvening(Morning!.Trim(), Evening!.Trim()),
                SettingsRefusal.BadDueDate => W.BadDueDate,
                _ => W.UnknownPeriod,
            });
        wakeup.Pulse();
        var times = reminders.For(id);
        var name = setup.All().First(p => p.Id == id).Name;
        var due = times.RatingsDueBy is { } d ? Day(d) : times.LeadersUntil is { } last ? W.LastVisitDayIs(Day(last)) : W.LastVisitDay;
        var done = W.RemindersSaved(name, times.Morning, times.Evening, due);
        if (ReminderSettings.IsQuiet(times.Morning)) done += " " + W.InQuietHours(W.MorningReminder, times.Morning);
        if (ReminderSettings.IsQuiet(times.Evening)) done += " " + W.InQuietHours(W.EveningReminder, times.Evening);
        return Back(done);
    }

    static decimal? Weight(string? text) =>
        decimal.TryParse(text?.Trim(), NumberStyles.Number, CultureInfo.InvariantCulture, out var v) && v is >= 0 and <= 1 ? v : null;

    IActionResult Back(string done)
    {
        Done = done;
        return RedirectToPage();
    }

    IActionResult Refuse(string refusal)
    {
        Refusal = refusal;
        All = setup.All();
        return Page();
    }
}
