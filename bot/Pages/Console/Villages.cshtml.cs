using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>村: the villages; an admin adds, renames and removes them (a village with entries only with "remove anyway").</summary>
public sealed class VillagesModel(CurrentMember current, VillageRoster villages) : ConsolePage(current)
{
    public IReadOnlyList<VillageDoc> All { get; private set; } = [];

    /// <summary>The village whose removal waits for "remove anyway".</summary>
    public VillageDoc? Confirm { get; private set; }

    [BindProperty] public string? Name { get; set; }

    public void OnGet() => All = villages.All();

    public IActionResult OnPostAdd()
    {
        var outcome = villages.Add(Actor, Name);
        return outcome switch
        {
            { Ok: true, Village: { } v } => Back(W.Added(v.Name)),
            { Refusal: VillageRefusal.DuplicateName, Village: { } holder } => Refuse(W.DuplicateVillage(holder.Name)),
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
            default:
                return Refuse(W.UnknownVillage);
        }
    }

    string Describe(EntryCounts e) => Lang == "en"
        ? $"{e.Scores} item scores, {e.Ratings} leaders' ratings, {e.Seals} seals"
        : $"{e.Scores} 项得分、{e.Ratings} 份领导评分、{e.Seals} 个签字";

    IActionResult Back(string done)
    {
        Done = done;
        return RedirectToPage();
    }

    IActionResult Refuse(string refusal)
    {
        Refusal = refusal;
        All = villages.All();
        return Page();
    }
}
