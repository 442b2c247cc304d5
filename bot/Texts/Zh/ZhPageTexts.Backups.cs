using ChatAppraisal.Backups;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot;

public sealed partial class ZhPageTexts
{
    public override string Backups => "备份";
    public override string BackupNow => "备份";
    public override string NoBackups => "还没有备份。";
    public override string BackupsAreTheCountys => "备份包含全县各镇的数据，由县考核办统一管理（每天自动备份，每次签字密封后也备份）。需要恢复时请联系县考核办。";
    public override string BackupReasonHeading => "原因";
    public override string BackupFile => "文件";
    public override string BackupSize => "大小";
    public override string BackupHolds => "内容（已核对）";
    public override string BackupsNote(string folder, string daily, int keep) =>
        $"备份存放在 {folder}：每天 {daily} 一次，每次签字密封后、每次公示后各一次，也可随时按“备份”。每份都与当前数据核对过；签字密封后和公示后的备份全部保留，每日备份和手动备份各保留最近 {keep} 份。请定期把这个文件夹复制到另一块磁盘或U盘。";
    public override string BackupReasonName(BackupReason reason) => reason switch
    {
        BackupReason.Daily => "每日",
        BackupReason.Seal => "签字密封后",
        BackupReason.Publication => "公示后",
        _ => "手动",
    };
    public override string BackupCounts(StorageCounts c) => $"评分 {c.Scores}、签字密封 {c.Seals}、日志 {c.AuditEntries}、附件 {c.Attachments}";
}
