using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Towns;

namespace ChatAppraisal.Backups;

/// <summary>
/// /backup (备份): an admin asks for a backup now; it is taken in the background and the admin is told how it went. A backup
/// is the whole file, every town's: once there are two towns only the county's members take one (as the console's 备份 page).
/// </summary>
public sealed class BackupCommand(AppraisalStore store, IBackupRequests requests, TownList towns) : IChatCommand
{
    public string Name => "backup";
    public IReadOnlyList<string> Words => ["备份"];
    public Role? Requires => Role.Admin;
    public string Describe(Texts texts) => texts.DescribeBackup;

    public void Run(Turn turn, string args)
    {
        var member = turn.Member;
        if (towns.Several && !member.Has(Role.County))
        {
            turn.Say(turn.Texts.BackupsAreTheCountys);
            return;
        }
        // Asked for once the update has committed: a backup waits for the write lock this transaction holds.
        store.AfterCommit(() => requests.Request(BackupReason.OnDemand, member.Name, member.Id));
        turn.Say(turn.Texts.BackupStarted);
    }
}
