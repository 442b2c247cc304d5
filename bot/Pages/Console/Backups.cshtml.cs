using ChatAppraisal.Backups;
using ChatAppraisal.Bot.Web.SignIn;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>备份: the backups kept (as GET /api/backups lists them) and the 备份 button, which takes one now and says how it went.</summary>
[Authorize(Policy = SignInPolicies.Admin)]
public sealed class BackupsModel(CurrentMember current, BackupKeeper backups) : ConsolePage(current)
{
    protected override bool AdminOnly => true;

    public IReadOnlyList<BackupRecord> List { get; private set; } = [];
    public string Folder => backups.Folder;
    public string Daily => backups.Options.Daily;
    public int Keep => backups.Options.Keep;

    public void OnGet() => List = backups.List();

    public async Task<IActionResult> OnPostAsync()
    {
        var outcome = await Task.Run(() => backups.Take(BackupReason.OnDemand, Member.Name));
        if (outcome.Record is { } record)
        {
            Done = Current.Texts.BackupDone(record.File, record.Size, record.Counts);
            return RedirectToPage();
        }
        Refusal = Current.Texts.BackupFailed(outcome.Problem, backups.Folder);
        List = backups.List();
        return Page();
    }
}
