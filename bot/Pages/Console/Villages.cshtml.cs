using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Schedule;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// 村: the villages and the active period's visit schedule; an admin adds, renames and removes villages (a village with
/// entries only with "remove anyway") and sets, changes or clears each one's visit (VisitSchedule tells the group).
/// </summary>
public sealed class VillagesModel(CurrentMember current, VillageRoster villages, Periods periods, VisitSchedule schedule, TownClock town)
    : ConsolePage(current)
{
    public IReadOnlyList<VillageDoc> All { get; private set; } = [];

    /// <summary>The village whose removal waits for "remove anyway".</summary>
    public VillageDoc? Confirm { get; private set; }

    [BindProperty] public string? Name { get; set; }

    /// <summary>The active period, whose visits the page shows and sets.</summary>
    public PeriodView Period { get; private set; } = null!;

    /// <summary>The active period's visits by date, time and village.</summary>
    public IReadOnlyList<Visit> Visits { get; private set; } = [];

    /// <summary>Said after saving a visit when other villages are at the same date and time.</summary>
    [TempData] public string? Warning { get; set; }

    /// <summary>The village whose visit form was refused: its inputs show what was typed.</summary>
    public int? Editing { get; private set; }

    [BindProperty] public string? VisitDate { get; set; }
    [BindProperty] public string? VisitTime { get; set; }
    [BindProperty] public string? VisitNote { get; set; }

    public Visit? VisitOf(int villageId) => Visits.FirstOrDefault(v => v.VillageId == villageId);

    /// <summary>"1月15日（星期一）", as the chat says a day.</summary>
    public string Day(DateOnly date) => Current.Texts.Day(date);

    public void OnGet() => Load();

    public IActionResult OnPostAdd()
    {
        var outcome = villages.Add(Actor, Name);
        return outcome switch
        {
            { Ok: true, Village: { } v } => Back(W.Added(v.Name)),
            { Refusal: VillageRefusal.DuplicateName, Village: { } holder } => Refuse(W.DuplicateVillage(holder.Name)),
            { Refusal: VillageRefusal.Published } => Refuse(W.NoVillageAddedToPublished),
            _ => Refuse(W.InvalidVillageName(Names.MaxLength)),
        };
    }

    public IActionResult OnPostRename(int id)
    {
        var outcome = villages.Rename(Actor, id, Name);
        return outcome switch
        {
            { Ok: true, Village: { } v } => Back(W.Renamed(v.Name)),
            { Refusal: VillageRefusal.UnknownVillage } => Refuse(W.UnknownVillage),
            { Refusal: VillageRefusal.DuplicateName, Village: { } holder } => Refuse(W.DuplicateVillage(holder.Name)),
            { Refusal: VillageRefusal.Sealed, Village: { } v } => Refuse(W.VillageSealed(v.Name)),
            _ => Refuse(W.InvalidVillageName(Names.MaxLength)),
        };
    }

    public IActionResult OnPostRemove(int id, bool force)
    {
        var outcome = villages.Remove(Actor, id, force);
        switch (outcome)
        {
            case { Ok: true, Village: { } v }:
                return Back(W.Removed(v.Name));
            case { Refusal: VillageRefusal.HasEntries, Village: { } v, Entries: { } entries }:
                Confirm = v;
                return Refuse(W.VillageHasEntries(v.Name, Describe(entries)));
            case { Refusal: VillageRefusal.Published, Village: { } v }:
                return Refuse(W.VillagePublished(v.Name));
            default:
                return Refuse(W.UnknownVillage);
        }
    }

    public IActionResult OnPostVisit(int id)
    {
        Editing = id;
        if (string.IsNullOrWhiteSpace(VisitDate)) return Refuse(W.MissingVisitDate);
        var period = periods.Active();
        if (ParseDate(VisitDate, period.Name) is not { } date) return Refuse(W.BadVisitDate(VisitDate.Trim()));
        if (string.IsNullOrWhiteSpace(VisitTime)) return Refuse(W.MissingVisitTime);
        if (ParseTime(VisitTime) is not { } time) return Refuse(W.BadVisitTime(VisitTime.Trim()));
        var outcome = schedule.Set(Actor, period.Id, id, date, time, VisitNote);
        switch (outcome)
        {
            case { Unchanged: true, Visit: { } same }:
                return Back(Current.Texts.VisitUnchanged(same));
            case { Ok: true, Visit: { } visit }:
                Warning = outcome.SameTime is { Count: > 0 } others ? W.SameTime(others.Select(v => v.Village)) : null;
                return Back(Current.Texts.VisitSet(visit, outcome.Previous, outcome.Notified, []));
            case { Refusal: VisitRefusal.NoteTooLong }:
                return Refuse(W.VisitNoteTooLong(VisitNote!.Trim().Length));
            default:
                return Refuse(W.UnknownVillage);
        }
    }

    public IActionResult OnPostClearVisit(int id)
    {
        var outcome = schedule.Clear(Actor, periods.Active().Id, id);
        return outcome switch
        {
            { Ok: true, Previous: { } previous } => Back(Current.Texts.VisitCleared(previous, outcome.Notified)),
            { Refusal: VisitRefusal.NoVisit } => Refuse(Current.Texts.NoVisitToClear(villages.All().FirstOrDefault(v => v.Id == id)?.Name ?? "")),
            _ => Refuse(W.UnknownVillage),
        };
    }

    /// <summary>The date input's "2018-01-15"; a browser without one may send what the chat reads ("1月15日", "1/15").</summary>
    DateOnly? ParseDate(string text, string periodName) =>
        ReminderSettings.ParseDate(text) ?? (VisitText.ParseDay(text, periodName, town.Today) is { Ok: true } day ? day.Date : null);

    /// <summary>The time input's "09:00"; otherwise what the chat reads ("9点半", "下午3点").</summary>
    TimeOnly? ParseTime(string text) =>
        ReminderSettings.ParseTime(text) ?? VisitText.ParseTime(text);

    string Describe(EntryCounts e) => W.EntryCounts(e.Scores, e.Ratings, e.Seals);

    IActionResult Back(string done)
    {
        Done = done;
        return RedirectToPage();
    }

    IActionResult Refuse(string refusal)
    {
        Refusal = refusal;
        Load();
        return Page();
    }

    void Load()
    {
        All = villages.All();
        Period = periods.Active();
        Visits = schedule.List(Period.Id);
    }
}
