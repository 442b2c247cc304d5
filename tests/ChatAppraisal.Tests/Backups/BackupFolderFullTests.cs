using ChatAppraisal.Appraisal;
using ChatAppraisal.Backups;
using ChatAppraisal.Evidence;
using ChatAppraisal.Members;
using ChatAppraisal.Tests.Evidence;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.Backups;

/// <summary>
/// Backup:Folder on a disk too small for the copy (a tmpfs of its own, which root mounts, as the CI does): the backup fails
/// as a full disk, logged and told once, leaving no half copy and the live file as it was; once there is room it works.
/// </summary>
public sealed class BackupFolderFullTests : IDisposable
{
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"), "usb-stick");

    public BackupFolderFullTests()
    {
        Directory.CreateDirectory(_folder);
        FullDiskTests.Run("mount", "-t", "tmpfs", "-o", "size=64k", "tmpfs", _folder);
    }

    [Fact]
    public void ABackupOnAFullDiskIsLoggedAndToldOnceLeavesNoHalfCopyNorTheLiveFileChangedAndWorksOnceThereIsRoom()
    {
        using var chat = BackupChat.Start(o => o.Folder = _folder);
        chat.Member("管理员甲", Role.Admin);
        // A photo of 300 KB: the file is far larger than the backup disk.
        var attachments = new Attachments(chat.Db.Store, chat.Db.Clock, Options.Create(new EvidenceOptions()), []);
        Assert.True(attachments.AddToItem(new Actor(1, "郑亚娜", "test"), chat.Period, chat.Village("新庄村").Id, 0, 0,
            new ChatFile("", "image/jpeg", EvidenceFiles.Jpeg(1, 300_000), true)).Ok);
        var (scores, audit) = (chat.Db.Store.Scores.Items.Count(), chat.Db.Store.Audit.Entries.Count());

        var first = chat.Keeper().Take(BackupReason.Daily);
        var second = chat.Keeper().Take(BackupReason.OnDemand);

        Assert.Equal((BackupProblem.DiskFull, BackupProblem.DiskFull), (first.Problem, second.Problem));
        Assert.Empty(Directory.GetFiles(_folder)); // neither a half copy nor a list
        var error = Assert.Single(chat.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Backup failed"));
        Assert.Contains("DiskFull", error.Message);
        Assert.Single(chat.Notifications("backup:DiskFull"));
        // The live file is untouched and still takes writes: its own disk is not the full one.
        Assert.Equal((scores, audit), (chat.Db.Store.Scores.Items.Count(), chat.Db.Store.Audit.Entries.Count()));
        Assert.NotNull(chat.Db.AddVillage("备份试验村"));

        FullDiskTests.Run("mount", "-o", "remount,size=16m", _folder);
        var next = chat.Keeper().Take(BackupReason.Daily);
        Assert.True(next.Ok, next.Detail);
        Assert.Equal(chat.Db.Store.Audit.Entries.Count(), next.Record!.Counts.AuditEntries);
        Assert.Equal(1L, next.Record.Counts.Attachments);
        Assert.Contains(chat.Logs.Entries, e => e.Message.StartsWith("Backups work again"));
        Assert.Single(chat.Notifications("backup"));
    }

    public void Dispose()
    {
        FullDiskTests.Run("umount", "-l", _folder);
        try { Directory.Delete(Path.GetDirectoryName(_folder)!, recursive: true); } catch (IOException) { }
    }
}
