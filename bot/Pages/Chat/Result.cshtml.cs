using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using ChatAppraisal.Publication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAppraisal.Bot.Pages.Chat;

/// <summary>
/// A village's published result as a page (/chat/result), for its officials signed in as for the browser chat: what their
/// message says, with the categories as a table (points, deductions and their reasons, items not scored) under the chat's
/// header and a way back to the chat. The office may read any village's (?village=ID).
/// </summary>
[Authorize(Policy = SignInPolicies.Member)]
public sealed class ResultModel(CurrentMember current, Periods periods, VillageResults results) : PageModel
{
    public Texts T => current.Texts;
    public PageTexts W => PageTexts.For(T.Language);
    public SignedInMember SignedIn => current.SignedIn!;
    public VillageResultView? Result { get; private set; }
    public PublicationDoc? Publication { get; private set; }
    public string? Message { get; private set; }

    [BindProperty(SupportsGet = true, Name = "village")] public int? VillageId { get; set; }

    public IActionResult OnGet()
    {
        var member = current.Member!;
        var villageId = member.Has(Role.Office) && VillageId is { } chosen ? chosen : member.Holds(Role.Village) ? member.VillageId : null;
        var period = periods.Active();
        if (villageId is not { } id) Message = T.NoVillageOfYours;
        else if (results.Published(period.Id) is not { } publication) Message = T.PublishRefused(new PublishOutcome(PublishRefusal.NotPublished));
        else if (results.Of(period, id) is not { } result) return NotFound();
        else (Result, Publication) = (result, publication);
        return Page();
    }
}
