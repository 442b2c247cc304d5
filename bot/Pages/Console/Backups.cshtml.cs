using ChatAppraisal.Backups;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using ChatAppraisal.Towns;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// 备份: the backups kept (as GET /api/backups lists them) and the 备份 button, which takes one now and says how it went. A
/// backup is the whole file, every town's: once there are two towns it is the county's (as /api/backups is), and a town's
/// admin reads only who keeps it, since the list names every town's sealed villages and counts.
/// </summary>
[Authorize(Policy = SignInPolicies.Admin)]
public sealed class BackupsModel(CurrentMember current, BackupKeeper backups, TownList towns) : ConsolePage(current)
{
    protected override bool AdminOnly => true;

    public IReadOnlyList<BackupRecord> List { get; private set; } = [];
    public string Folder => backups.Folder;
    public string Daily => backups.Options.Daily;
    public int Keep => backups.Options.Keep;

    /// <summary>Several towns and a member of one town only: the backups are the county's.</summary>
    public bool KeptByCounty => towns.Several && !Member.Has(Role.County);

    public void OnGet() => List = KeptByCounty ? [] : backups.List();

    public async Task<IActionResult> OnPostAsync()
    {
        if (KeptByCounty) return NeedsRole(Role.County);
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
