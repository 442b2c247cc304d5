using ChatAppraisal.Backups;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot;

public sealed partial class EnPageTexts
{
    public override string Backups => "Backups";
    public override string BackupNow => "Back up now (备份)";
    public override string NoBackups => "No backups yet.";
    public override string BackupsAreTheCountys => "A backup holds every town's data, so the county's appraisal office keeps them (daily, and after every seal). Ask the county's office to restore one.";
    public override string BackupReasonHeading => "Why";
    public override string BackupFile => "File";
    public override string BackupSize => "Size";
    public override string BackupHolds => "Holds (checked)";
    public override string BackupsNote(string folder, string daily, int keep) =>
        $"Backups go to {folder}: daily at {daily}, after every seal and every publication, and whenever the button is pressed. Each is checked against the live data; every seal's and publication's is kept, and the newest {keep} daily and {keep} on-demand ones. Copy the folder to another disk or a USB stick now and then.";
    public override string BackupReasonName(BackupReason reason) => reason switch
    {
        BackupReason.Daily => "daily",
        BackupReason.Seal => "after a seal",
        BackupReason.Publication => "after publication",
        _ => "on demand",
    };
    public override string BackupCounts(StorageCounts c) => $"{c.Scores} scores, {c.Seals} seals, {c.AuditEntries} audit entries, {c.Attachments} attachments";
}
