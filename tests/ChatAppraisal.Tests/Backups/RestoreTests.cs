using ChatAppraisal.Appraisal;
using ChatAppraisal.Backups;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Tests.CrashSafety;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.Backups;

/// <summary>
/// <c>restore FILE</c> and a damaged file at start, through the real program (the bot as built for the tests, its own process), as an
/// office would run them.
/// </summary>
[Collection(nameof(CrashSafetyCollection))]
public sealed class RestoreTests : IDisposable
{
    readonly TempDatabase _db = new();
    static readonly Actor Examiner = new(1, "郑亚娜", "test");

    [Fact]
    public async Task ABackupIsRestoredThroughTheProgramWhichKeepsTheCurrentFileAsideAndSaysWhatItHolds()
    {
        var dll = await BotProcess.BuiltBotAsync();
        var village = _db.AddVillage("新庄村");
        var period = _db.Periods.Active();
        _db.ScoreBook.SetItems(Examiner, period, village.Id, 7, [(0, (decimal?)50m), (1, 40m), (2, 10m)]);
        new Sheets(_db.Store, _db.Clock).Seal(Examiner, period, village.Id);
        var backup = Keeper().Take(BackupReason.Seal, "新庄村").Record!;
        var backupPath = Path.Combine(_db.Folder, "backups", backup.File);
        var backupAudit = _db.Store.Audit.Entries.Count();
        var later = _db.AddVillage("东湾村");
        _db.ScoreBook.SetItem(Examiner, period, later.Id, 7, 0, 45m);
        var liveAudit = _db.Store.Audit.Entries.Count();

        // Refused while a bot holds the file; nothing changes.
        var refused = await RunAsync(dll, ["restore", backupPath]);
        Assert.Equal(1, refused.ExitCode);
        Assert.Contains($"the bot is running on {_db.FilePath}", refused.Stderr);
        Assert.False(File.Exists(_db.FilePath + ".before-restore"));

        // A torn copy is refused by its size.
        var torn = Path.Combine(_db.Folder, "torn.db");
        File.WriteAllBytes(torn, File.ReadAllBytes(backupPath)[..(int)(new FileInfo(backupPath).Length / 2)]);
        _db.Store.Dispose();
        var tornRun = await RunAsync(dll, ["restore", torn]);
        Assert.Equal(1, tornRun.ExitCode);
        Assert.Contains("is not a whole ChatAppraisal database: it is cut short", tornRun.Stderr);

        var run = await RunAsync(dll, ["restore", backupPath]);

        Assert.Equal(0, run.ExitCode);
        Assert.Contains($"Restored {backupPath}", run.Stdout);
        Assert.Contains($"kept as {_db.FilePath}.before-restore", run.Stdout);
        Assert.Contains($"It holds: periods 2017年度; 1 villages; 3 scores; 1 seals; 0 attachments; {backupAudit} audit entries.", run.Stdout);
        Assert.Contains("Newest audit entry:", run.Stdout);
        Assert.Contains("sheet.sealed by 郑亚娜", run.Stdout);
        using (var restored = new AppraisalStore(_db.FilePath))
        {
            Assert.Equal([50m, 40m, 10m], restored.Scores.Items.FindAll().OrderBy(s => s.Item).Select(s => s.Value));
            Assert.True(new Sheets(restored, _db.Clock).Load(new Periods(restored).Active(), village.Id)!.Seal!.Valid);
            Assert.Null(restored.Setup.Villages.FindOne(v => v.Name == "东湾村"));
        }
        using (var aside = new AppraisalStore(_db.FilePath + ".before-restore"))
        {
            Assert.Equal(liveAudit, aside.Audit.Entries.Count());
            Assert.NotNull(aside.Setup.Villages.FindOne(v => v.Name == "东湾村"));
        }
    }

    [Fact]
    public async Task ADamagedFileStopsStartUpWithASentenceNamingTheFileAndTheNewestBackup()
    {
        var dll = await BotProcess.BuiltBotAsync();
        _db.AddVillage("新庄村");
        Keeper().Take(BackupReason.Daily);
        _db.Clock.Advance(TimeSpan.FromDays(1));
        var newest = Keeper().Take(BackupReason.Daily).Record!;
        _db.Store.Dispose();
        var bytes = File.ReadAllBytes(_db.FilePath);
        File.WriteAllBytes(_db.FilePath, bytes[..(bytes.Length / 2 / 8192 * 8192)]); // a torn copy, cut at a page

        var run = await RunAsync(dll, [], TimeSpan.FromSeconds(60));

        Assert.Equal(1, run.ExitCode);
        Assert.Contains($"The database '{_db.FilePath}' is damaged: it is cut short", run.Stderr);
        Assert.Contains($"restore \"{Path.Combine(_db.Folder, "backups", newest.File)}\"", run.Stderr);
        Assert.DoesNotContain("   at ", run.Stderr); // a sentence, not a stack trace
    }

    BackupKeeper Keeper() => new(new LiteDbBackup(_db.Store), Options.Create(new BackupOptions()),
        Options.Create(new StorageOptions { Path = _db.FilePath }), _db.Clock, NullLogger<BackupKeeper>.Instance);

    /// <summary>The program over this test's database, as an office runs it, to its end.</summary>
    Task<BotRun> RunAsync(string dll, string[] args, TimeSpan? timeout = null) =>
        BotProcess.RunAsync(new BotLaunch(dll, new Dictionary<string, string>
        {
            ["Storage__Path"] = _db.FilePath,
            ["Console__Enabled"] = "false",
            ["Admin__Urls"] = "http://127.0.0.1:0",
        })
        {
            Arguments = args, WorkingDirectory = _db.Folder,
        }, timeout ?? TimeSpan.FromSeconds(60));

    public void Dispose() => _db.Dispose();
}
