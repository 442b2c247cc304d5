using System.Security.Cryptography;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Backups;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Tests.Conversations;
using ChatAppraisal.Tests.Evidence;
using Microsoft.Extensions.DependencyInjection;
using ChatAppraisal.Channels;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Tests.Backups;

public class BackupTests
{
    [Fact]
    public async Task ABackupHoldsEverythingCommittedIsCheckedAndRecordedWithSizeTimeAndHashOwnerOnly()
    {
        using var chat = BackupChat.Start();
        var user = await chat.AtItem(3);
        await chat.SendFile(user, EvidenceFiles.Photo());
        await chat.Send(user, "19 5.5 13 5 9 6 6 4 4 3 2 1 5 2 8 3 5");
        await chat.Send(user, "确认");
        var village = chat.Village("新庄村");
        chat.Services.GetRequiredService<Sheets>().Seal(new Actor(1, "组长", "test"), chat.Period, village.Id);

        var outcome = chat.Keeper().Take(BackupReason.OnDemand, "test");

        var record = Assert.IsType<BackupRecord>(outcome.Record);
        var path = Path.Combine(chat.Keeper().Folder, record.File);
        Assert.Equal(Path.Combine(chat.Db.Folder, "backups"), chat.Keeper().Folder);
        Assert.Equal((17L, 1L, 1L), (record.Counts.Scores, record.Counts.Seals, record.Counts.Attachments));
        Assert.Equal(chat.Db.Store.Audit.Entries.Count(), record.Counts.AuditEntries);
        Assert.Equal(new FileInfo(path).Length, record.Size);
        Assert.Equal(Convert.ToHexStringLower(SHA256.HashData(File.ReadAllBytes(path))), record.Sha256);
        Assert.Equal(chat.Db.Clock.GetUtcNow().UtcDateTime, record.At);
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, Mode(path));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute, Mode(chat.Keeper().Folder));
        Assert.Equal(UnixFileMode.UserRead | UnixFileMode.UserWrite, Mode(Path.Combine(chat.Keeper().Folder, BackupManifest.FileName)));
        Assert.Equal(record, Assert.Single(chat.Keeper().List()));

        // The copy, read on its own, holds the sheet as sealed and the photo's bytes.
        var contents = new LiteDbBackup().Inspect(path);
        Assert.Equal(record.Counts, contents.Counts);
        Assert.Equal(["2017年度"], contents.Periods);
        using var copy = new AppraisalStore(path);
        var sheet = new Sheets(copy, chat.Db.Clock).Load(new Periods(copy).Active(), village.Id)!;
        Assert.Equal(chat.Services.GetRequiredService<Sheets>().Load(chat.Period, village.Id)!.Onsite, sheet.Onsite);
        Assert.True(sheet.Seal!.Valid);
        Assert.Equal(EvidenceFiles.Photo().Content.Length, Assert.Single(sheet.Attachments).Size);
    }

    [Fact]
    public void AFailingBackupIsLoggedOnceToldToTheAdminsOnceAndLeavesTheLiveFileAlone()
    {
        var missing = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"), "usb-stick");
        using var chat = BackupChat.Start(o => o.Folder = missing);
        chat.Member("管理员甲", Role.Admin);
        var scores = chat.Db.Store.Scores.Items.Count();

        var first = chat.Keeper().Take(BackupReason.Daily);
        var second = chat.Keeper().Take(BackupReason.Daily);

        Assert.Equal((BackupProblem.FolderMissing, BackupProblem.FolderMissing), (first.Problem, second.Problem));
        Assert.False(Directory.Exists(missing)); // a configured folder is never made on the wrong disk
        var errors = chat.Logs.Entries.Where(e => e.Level == LogLevel.Error && e.Message.StartsWith("Backup failed")).ToList();
        Assert.Single(errors);
        Assert.Contains($"The backup folder {missing} does not exist", errors[0].Message);
        Assert.Single(chat.Notifications("backup:FolderMissing"));
        Assert.Equal(scores, chat.Db.Store.Scores.Items.Count());

        // The disk is plugged in: the next backup works, and the admins hear so.
        Directory.CreateDirectory(missing);
        Assert.True(chat.Keeper().Take(BackupReason.Daily).Ok);
        Assert.Single(chat.Notifications("backup"));
        Assert.Contains(chat.Logs.Entries, e => e.Message.StartsWith("Backups work again"));
    }

    [Fact]
    public async Task AnAdminAsksForABackupInTheChatAndIsToldHowItWent()
    {
        using var chat = BackupChat.Start();
        var admin = chat.Member("管理员甲", Role.Admin);
        var examiner = chat.Examiner();
        await chat.Schedule().StartAsync(default);
        try
        {
            Assert.Contains("需要", (await chat.Send(examiner, "/backup")).Text());
            Assert.Equal("正在备份，完成后告诉您。", (await chat.Send(admin, "备份")).Text());
            await Eventually(() => chat.Schedule().Taken == 1);
            var record = Assert.Single(chat.Keeper().List());
            Assert.Equal((BackupReason.OnDemand, "管理员甲"), (record.Reason, record.Note));
            // The admin is told after the backup is counted: wait for the notice itself.
            await Eventually(() => chat.Notifications("backup").Count == 1);
        }
        finally
        {
            await chat.Schedule().StopAsync(default);
        }
    }

    [Fact]
    public async Task WithTwoTownsOnlyTheCountysMembersTakeABackupInTheChat()
    {
        using var chat = BackupChat.Start();
        var town = chat.Services.GetRequiredService<ChatAppraisal.Towns.TownList>().Add("柳河镇").Town!.Id;
        ChatUser theirAdmin;
        using (TownScope.Enter(town)) theirAdmin = chat.Member("柳河管理员", Role.Admin);
        var county = chat.Member("周县", Role.Admin, Role.County);
        Assert.Contains("由县考核办统一管理", (await chat.Send(theirAdmin, "备份")).Text());
        Assert.Equal("正在备份，完成后告诉您。", (await chat.Send(county, "/backup")).Text());
    }

    [Fact]
    public async Task DailyBackupsComeAtTheTownsHourAndOnlyTheNewestAreKeptBesideEverySealsBackup()
    {
        using var chat = BackupChat.Start(o => (o.Keep, o.Daily) = (3, "03:00"));
        var schedule = chat.Schedule();
        // 2018-01-15 09:00 in Shanghai: the first daily backup is due at 03:00 the next morning.
        Assert.Equal(new DateTimeOffset(2018, 1, 16, 3, 0, 0, TimeSpan.FromHours(8)), schedule.NextDaily(chat.Db.Clock.GetUtcNow()));
        await schedule.StartAsync(default);
        try
        {
            chat.Db.Clock.Advance(TimeSpan.FromHours(17.9));
            await Task.Delay(200);
            Assert.Equal(0, schedule.Taken);

            // The bot's Sheets asks for a backup after each seal.
            var sheets = new Sheets(chat.Db.Store, chat.Db.Clock, schedule);
            for (var day = 1; day <= 6; day++)
            {
                var taken = schedule.Taken;
                chat.Db.Clock.Advance(day == 1 ? TimeSpan.FromHours(0.1) : TimeSpan.FromHours(24));
                await Eventually(() => schedule.Taken == taken + 1);
                if (day == 2)
                {
                    sheets.Seal(new Actor(1, "组长", "test"), chat.Period, chat.Village("东湾村").Id);
                    await Eventually(() => schedule.Taken == taken + 2);
                }
            }

            var kept = chat.Keeper().List();
            Assert.Equal(["Daily", "Daily", "Daily", "Seal"], kept.Select(r => r.Reason.ToString()).OrderBy(r => r));
            Assert.Equal("东湾村", kept.Single(r => r.Reason == BackupReason.Seal).Note);
            // Each daily one at 03:00 town time (19:00 UTC the day before), the newest three of six.
            Assert.Equal([new DateTime(2018, 1, 20, 19, 0, 0), new DateTime(2018, 1, 19, 19, 0, 0), new DateTime(2018, 1, 18, 19, 0, 0)],
                kept.Where(r => r.Reason == BackupReason.Daily).Select(r => r.At).ToList());
            Assert.Equal(kept.Select(r => r.File).Order(), Directory.GetFiles(chat.Keeper().Folder, "*.db").Select(Path.GetFileName).Order());
        }
        finally
        {
            await schedule.StopAsync(default);
        }
    }

    [Fact]
    public async Task TheFirstDailyBackupIsDueFromTheStartEvenWhenTheClockReachesItBeforeTheWorkerRuns()
    {
        using var chat = BackupChat.Start(o => o.Daily = "03:00");
        var schedule = chat.Schedule();
        await schedule.StartAsync(default);
        try
        {
            // 09:00 at the start; the clock reaches 03:00 the next morning exactly, before the worker has had a thread.
            chat.Db.Clock.Advance(TimeSpan.FromHours(18));
            await Eventually(() => schedule.Taken == 1);
        }
        finally
        {
            await schedule.StopAsync(default);
        }
    }

    [Fact]
    public void ByDefaultFourteenDailyAndFourteenOnDemandAreKeptBesideEverySealsAndPublicationsBackup()
    {
        using var chat = BackupChat.Start();
        var keeper = chat.Keeper();
        Assert.Equal((14, "03:00"), (keeper.Options.Keep, keeper.Options.Daily));
        var seal = keeper.Take(BackupReason.Seal, "东湾村").Record!;
        chat.Db.Clock.Advance(TimeSpan.FromMinutes(1));
        var publication = keeper.Take(BackupReason.Publication, "2017年度").Record!;
        var taken = new List<BackupRecord>();
        for (var day = 0; day < 16; day++)
        {
            chat.Db.Clock.Advance(TimeSpan.FromDays(1));
            taken.Add(keeper.Take(BackupReason.Daily).Record!);
            // An admin presses 备份 the same day: the on-demand ones never push the daily ones out.
            chat.Db.Clock.Advance(TimeSpan.FromHours(1));
            taken.Add(keeper.Take(BackupReason.OnDemand, "管理员甲").Record!);
        }

        // The two oldest of each kind are gone; the seal's and the publication's, older still, stay for good.
        var kept = keeper.List();
        Assert.Equal(taken.Skip(4).Reverse().Append(publication).Append(seal).Select(r => r.File), kept.Select(r => r.File));
        Assert.Equal(14, kept.Count(r => r.Reason == BackupReason.Daily));
        Assert.Equal(kept.Select(r => r.File).Order(), Directory.GetFiles(keeper.Folder, "*.db").Select(Path.GetFileName).Order());
    }

    [Fact]
    public void ACopyThatDoesNotReadBackAsTheLiveDataIsDeletedNeverListedAndReportedOnce()
    {
        using var chat = BackupChat.Start();
        chat.Member("管理员甲", Role.Admin);
        var keeper = new BackupKeeper(new CopyLosingAScore(chat.Services.GetRequiredService<IStorageBackup>()),
            chat.Services.GetRequiredService<IOptions<BackupOptions>>(), chat.Services.GetRequiredService<IOptions<StorageOptions>>(), chat.Db.Clock,
            chat.Services.GetRequiredService<ILogger<BackupKeeper>>(), chat.Services.GetRequiredService<AdminNotices>());

        var first = keeper.Take(BackupReason.Daily);
        var second = keeper.Take(BackupReason.Daily);

        Assert.Equal((BackupProblem.Mismatch, BackupProblem.Mismatch), (first.Problem, second.Problem));
        Assert.Empty(Directory.GetFiles(keeper.Folder, "*.db*"));
        Assert.Empty(keeper.List());
        var error = Assert.Single(chat.Logs.Entries, e => e.Level == LogLevel.Error && e.Message.StartsWith("Backup failed"));
        Assert.Contains("Mismatch", error.Message);
        Assert.Single(chat.Notifications("backup:Mismatch"));
    }

    /// <summary>The real copy, whose live data is said to hold one score more than the copy: a copy that lost a write.</summary>
    sealed class CopyLosingAScore(IStorageBackup real) : IStorageBackup
    {
        public string Extension => real.Extension;

        public StorageCounts CopyTo(string destination)
        {
            var live = real.CopyTo(destination);
            return live with { Scores = live.Scores + 1 };
        }

        public BackupContents Inspect(string file) => real.Inspect(file);
        public string? Restore(string backup, string livePath) => real.Restore(backup, livePath);
    }

    [Fact]
    public void AFileOfAnotherProgramStopsTheOpeningWithASentenceNamingItAndTheNewestBackup()
    {
        using var db = new TempDatabase();
        var keeper = new BackupKeeper(new LiteDbBackup(db.Store), Options.Create(new BackupOptions()),
            Options.Create(new StorageOptions { Path = db.FilePath }), db.Clock, NullLogger<BackupKeeper>.Instance);
        keeper.Take(BackupReason.Daily);
        db.Clock.Advance(TimeSpan.FromDays(1));
        var newest = keeper.Take(BackupReason.Daily).Record!;
        db.Store.Dispose();
        // A zip (an .xlsx saved over it, say) of a few pages.
        File.WriteAllBytes(db.FilePath, [.. "PK\u0003\u0004"u8, .. new byte[40_000]]);

        var refused = Assert.Throws<DatabaseDamagedException>(() => DamagedDatabase.Open(db.FilePath, new BackupOptions()));

        Assert.StartsWith($"The database '{db.FilePath}' is damaged: it is not a LiteDB file.", refused.Message);
        Assert.Contains($"restore \"{Path.Combine(db.Folder, "backups", newest.File)}\"", refused.Message);
    }

    static UnixFileMode Mode(string path) =>
        OperatingSystem.IsWindows() ? throw new PlatformNotSupportedException("File modes are checked on Linux.") : File.GetUnixFileMode(path);

    static async Task Eventually(Func<bool> condition)
    {
        var deadline = DateTime.UtcNow.AddSeconds(30);
        while (!condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException("The condition did not come true within 30 s.");
            await Task.Delay(20);
        }
    }
}
