using ChatAppraisal.Backups;
using ChatAppraisal.Storage;

namespace ChatAppraisal;

public sealed partial class EnTexts
{
    public override string DescribeBackup => "back up the database now: /backup";
    public override string BackupStarted => "Backing up; I will tell you when it is done.";
    public override string BackupsAreTheCountys => "A backup holds every town's data, so the county's appraisal office keeps them (daily, and after every seal). Ask the county's office to restore one.";
    public override string BackupDone(string file, long bytes, StorageCounts counts) =>
        $"✅ Backup done: {file} ({Size(bytes)}). Checked: {counts.Scores} scores, {counts.Seals} seals, {counts.AuditEntries} audit entries, {counts.Attachments} attachments, as in the live data.";
    public override string BackupFailed(BackupProblem problem, string folder) => "⚠ A backup failed; the live data is untouched. " + problem switch
    {
        BackupProblem.FolderMissing => $"The backup folder {folder} does not exist: connect its disk or create the folder, or set Backup:Folder to another folder.",
        BackupProblem.NoPermission => $"The bot may not write to the backup folder {folder}: let the bot's user write there, or set Backup:Folder to another folder.",
        BackupProblem.DiskFull => $"The disk of the backup folder {folder} is full: free space there, or set Backup:Folder to another disk.",
        BackupProblem.Mismatch => $"The copy did not match the live data and was removed: check the disk of {folder}.",
        _ => $"The backup folder {folder} could not be written; the bot's log (bot.log) says why.",
    } + " Once fixed, the next backup works again by itself.";
    public override string BackupsWorkAgain(string file) => $"✅ Backups work again: {file}.";

    public override string NotSaved => "⚠ What you just sent was not saved. Please send it again later.";
    public override string DiskFull =>
        "⚠ The disk of the computer running the bot is full: new scores and answers cannot be saved for now (ranking, progress and other views still work). Free space on that computer; the bot goes on by itself once there is room.";
    public override string DiskSpaceBack => "✅ There is room on the disk again: scores and answers are saved again.";

    public override string FileNotFetched => "⚠ The file you sent could not be fetched. Please send it again.";
}
