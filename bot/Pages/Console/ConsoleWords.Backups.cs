using ChatAppraisal.Backups;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>备份: the backups page's words.</summary>
public sealed partial class ConsoleWords
{
    public string Backups => T("备份", "Backups");
    public string BackupNow => T("备份", "Back up now");
    public string NoBackups => T("还没有备份。", "No backups yet.");
    public string BackupReason => T("原因", "Why");
    public string BackupFile => T("文件", "File");
    public string BackupSize => T("大小", "Size");
    public string BackupHolds => T("内容（已核对）", "Holds (checked)");

    public string BackupsNote(string folder, string daily, int keep) => T(
        $"备份存放在 {folder}：每天 {daily} 一次，每次签字密封后一次，也可随时按“备份”。每份都与当前数据核对过；除签章后的备份全部保留外，保留最近 {keep} 份。请定期把这个文件夹复制到另一块磁盘或U盘。",
        $"Backups go to {folder}: daily at {daily}, after every seal, and whenever 备份 is pressed. Each is checked against the live data; every seal's is kept, and the newest {keep} others. Copy the folder to another disk or a USB stick now and then.");

    public string BackupReasonName(ChatAppraisal.Backups.BackupReason reason) => reason switch
    {
        ChatAppraisal.Backups.BackupReason.Daily => T("每日", "daily"),
        ChatAppraisal.Backups.BackupReason.Seal => T("签字密封后", "after a seal"),
        ChatAppraisal.Backups.BackupReason.Publication => T("公示后", "after publication"),
        _ => T("手动", "on demand"),
    };

    public string BackupBytes(long bytes) => bytes >= 1024 * 1024 ? $"{bytes / 1024.0 / 1024.0:0.#} MB" : $"{bytes / 1024.0:0.#} KB";

    public string BackupCounts(StorageCounts c) => T(
        $"评分 {c.Scores}、签章 {c.Seals}、日志 {c.AuditEntries}、附件 {c.Attachments}",
        $"{c.Scores} scores, {c.Seals} seals, {c.AuditEntries} audit entries, {c.Attachments} attachments");
}
