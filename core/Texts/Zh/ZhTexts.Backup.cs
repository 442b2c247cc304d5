using ChatAppraisal.Backups;
using ChatAppraisal.Storage;

namespace ChatAppraisal;

public sealed partial class ZhTexts
{
    public override string DescribeBackup => "立即备份数据库：/backup";
    public override string BackupStarted => "正在备份，完成后告诉您。";
    public override string BackupsAreTheCountys => "备份包含全县各镇的数据，由县考核办统一管理（每天自动备份，每次签字密封后也备份）。需要恢复时请联系县考核办。";
    public override string BackupDone(string file, long bytes, StorageCounts counts) =>
        $"✅ 备份完成：{file}（{Size(bytes)}）。已核对：评分 {counts.Scores} 项、签字密封 {counts.Seals} 个、日志 {counts.AuditEntries} 条、附件 {counts.Attachments} 个，与当前数据一致。";
    public override string BackupFailed(BackupProblem problem, string folder) => "⚠ 备份失败，当前数据不受影响。" + problem switch
    {
        BackupProblem.FolderMissing => $"备份文件夹 {folder} 不存在：请接上该磁盘或建好这个文件夹，或在设置 Backup:Folder 中换一个文件夹。",
        BackupProblem.NoPermission => $"没有权限写入备份文件夹 {folder}：请让运行机器人的用户可以写入它，或在 Backup:Folder 中换一个文件夹。",
        BackupProblem.DiskFull => $"备份文件夹 {folder} 所在的磁盘已满：请清理空间，或在 Backup:Folder 中换到另一块磁盘。",
        BackupProblem.Mismatch => $"备份副本与当前数据核对不一致，已删除该副本：请检查 {folder} 所在的磁盘。",
        _ => $"无法写入备份文件夹 {folder}，详情见机器人的日志（bot.log）。",
    } + "修好后机器人会在下次备份时自动恢复。";
    public override string BackupsWorkAgain(string file) => $"✅ 备份已恢复正常：{file}。";

    public override string NotSaved => "⚠ 刚才发送的内容没有保存。请稍后再发一次。";
    public override string DiskFull =>
        "⚠ 运行机器人的电脑磁盘已满：新的评分和回答暂时不能保存（排名、进度等查看不受影响）。请清理这台电脑的磁盘空间；空间恢复后机器人会自动继续。";
    public override string DiskSpaceBack => "✅ 磁盘空间已恢复，评分和回答又可以保存了。";

    public override string FileNotFetched => "⚠ 没能取到您发送的文件。请再发送一次。";
}
