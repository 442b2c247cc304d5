using ChatAppraisal.Appraisal;
using ChatAppraisal.Backups;
using ChatAppraisal.Evidence;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Tests.CrashSafety;
using ChatAppraisal.Tests.Evidence;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Support;
using Microsoft.Extensions.Logging.Abstractions;
using Microsoft.Extensions.Options;
using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.Backups;

/// <summary>The real bot, killed with SIGKILL while it writes a backup (the moment its half-written copy is on disk).</summary>
[Collection(nameof(CrashSafetyCollection))]
public sealed class KillDuringBackupTests : IDisposable
{
    const string Key = "kill-backup-key-0123456789";
    readonly TempDatabase _db = new();

    [Fact]
    public async Task AKillDuringABackupLeavesTheLiveFileAndEarlierBackupsIntactAndTheNextBackupComplete()
    {
        var dll = await BotProcess.BuiltBotAsync();
        var village = _db.AddVillage("新庄村");
        var period = _db.Periods.Active();
        var attachments = new Attachments(_db.Store, _db.Clock, Options.Create(new EvidenceOptions()), []);
        // Some 60 MB of photos, so that a copy takes long enough to be caught half-way.
        for (var n = 0; n < 4; n++)
            Assert.True(attachments.AddToItem(new Actor(1, "郑亚娜", "test"), period, village.Id, 0, n, new ChatFile("", "image/jpeg", EvidenceFiles.Jpeg(n, 15_000_000), true)).Ok);
        var earlier = Keeper().Take(BackupReason.Daily).Record!;
        var live = new LiteDbBackup().Inspect(Path.Combine(_db.Folder, "backups", earlier.File)).Counts;
        _db.Store.Dispose();

        var port = WebBotApp.FreePort();
        using var bot = BotProcess.Start(dll, new Dictionary<string, string>
        {
            ["Storage__Path"] = _db.FilePath, ["Console__Enabled"] = "false", ["Admin__Urls"] = $"http://127.0.0.1:{port}",
            ["Admin__ApiKey"] = Key, ["Telegram__BotToken"] = "",
        }, Path.Combine(_db.Folder, "bot-run.log"));
        using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromSeconds(60) };
        await bot.WaitHealthyAsync($"http://127.0.0.1:{port}", TimeSpan.FromSeconds(90));

        using var request = new HttpRequestMessage(HttpMethod.Post, "/api/backups");
        request.Headers.Add("X-Api-Key", Key);
        var backup = http.SendAsync(request);
        var folder = Path.Combine(_db.Folder, "backups");
        await Until(() => Task.FromResult(Directory.EnumerateFiles(folder, "*.partial").Any()), "the copy to begin", pollMs: 1);
        await bot.KillAsync();
        await Assert.ThrowsAnyAsync<Exception>(() => backup);

        // The live file opens whole; the earlier backup is untouched and still listed; no half copy is listed.
        using (var store = new AppraisalStore(_db.FilePath))
        {
            var db = store.LiteDatabase();
            Assert.Equal(live, new StorageCounts(db.GetCollection(LiteDbBackup.Scores).LongCount(), db.GetCollection(LiteDbBackup.Seals).LongCount(),
                db.GetCollection(LiteDbBackup.Audit).LongCount(), db.GetCollection(LiteDbBackup.Attachments).LongCount()));
        }
        var listed = Assert.Single(BackupManifest.Read(folder));
        Assert.Equal(earlier, listed);
        Assert.Equal(earlier.Sha256, Convert.ToHexStringLower(System.Security.Cryptography.SHA256.HashData(File.ReadAllBytes(Path.Combine(folder, earlier.File)))));

        // The next backup is complete and the stray copy is gone.
        _db.Reopen();
        var next = Keeper().Take(BackupReason.OnDemand);
        Assert.True(next.Ok, next.Detail);
        Assert.Equal(live, next.Record!.Counts);
        Assert.Empty(Directory.EnumerateFiles(folder, "*.partial"));
        Assert.Equal(2, BackupManifest.Read(folder).Count);
    }

    BackupKeeper Keeper() => new(new LiteDbBackup(_db.Store), Options.Create(new BackupOptions()),
        Options.Create(new StorageOptions { Path = _db.FilePath }), _db.Clock, NullLogger<BackupKeeper>.Instance);

    static async Task Until(Func<Task<bool>> condition, string what, int pollMs = 100)
    {
        var deadline = DateTime.UtcNow.AddSeconds(90);
        while (!await condition())
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited 90 s for {what}.");
            await Task.Delay(pollMs);
        }
    }

    public void Dispose() => _db.Dispose();
}
