using ChatAppraisal.Appraisal;
using ChatAppraisal.Ballots;
using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Storage;
using ChatAppraisal.Bot.Web.SignIn;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>A village's sheet: the categories with their items, scores, who entered them and when; the seal, checked; (admin) reopening.</summary>
public sealed class SheetModel(CurrentMember current, Periods periods, Sheets sheets, AppraisalStore store, Attachments attachments) : ConsolePage(current)
{
    public Sheet Sheet { get; private set; } = null!;

    /// <summary>The village's democratic evaluation in this period, as /sheet and the export show it (null: none).</summary>
    public string? Ballot { get; private set; }

    /// <summary>An attachment of this sheet, for download; only one the sheet lists.</summary>
    public IActionResult OnGetAttachment(int id, long attachment)
    {
        if (!Load(id) || Sheet.Attachments.All(a => a.Id != attachment) || attachments.Find(attachment) is not { Pending: false } doc) return NotFound();
        return File(attachments.Content(doc), doc.ContentType, doc.FileName);
    }

    [BindProperty(SupportsGet = true, Name = "period")] public int? PeriodId { get; set; }

    [BindProperty] public string? Reason { get; set; }

    public IActionResult OnGet(int id) => Load(id) ? Page() : NotFound();

    public IActionResult OnPostReopen(int id)
    {
        if (!Load(id)) return NotFound();
        switch (sheets.Unseal(Actor, Sheet.Period, id, Reason ?? ""))
        {
            case SealRefusal.None:
                Done = W.Reopened(Sheet.Village.Name);
                return RedirectToPage(new { id, period = Sheet.Period.Id });
            case SealRefusal.ReasonRequired:
                Refusal = W.ReasonRequired;
                return Page();
            case SealRefusal.NotSealed:
                Refusal = W.NotSealedAnyMore;
                return Page();
            default:
                return NotFound();
        }
    }

    bool Load(int id)
    {
        var period = PeriodId is { } p ? periods.Find(p) : periods.Active();
        if (period is null || sheets.Load(period, id) is not { } sheet) return false;
        Sheet = sheet;
        Ballot = BallotTally.For(store, period.Id, id) is { } tally ? Texts.For(Lang).BallotSheetSection(tally.Ballot, tally.Policy) : null;
        return true;
    }
}
