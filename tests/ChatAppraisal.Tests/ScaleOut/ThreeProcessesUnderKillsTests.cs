using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations.Examiners;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.CrashSafety;
using ChatAppraisal.Tests.Postgres;
using ChatAppraisal.Tests.WeCom;
using Microsoft.Extensions.Time.Testing;
using Xunit.Abstractions;

namespace ChatAppraisal.Tests.ScaleOut;

/// <summary>
/// Issue 30's proof: three Release bot processes (<c>dotnet ChatAppraisal.Bot.dll</c>) on one PostgreSQL database behind
/// the WeCom double, its callbacks spread over the three as nginx would, examiners each scoring a category of their own
/// village; one process at a time is killed (SIGKILL) at random moments and started again. A callback that was not
/// acknowledged is posted again, the very same, to another process, as WeCom retries. In the end every acknowledged answer
/// is stored once with its audit entry, every update was applied once, every reply reached its examiner in order, and the
/// outbox is empty. Short by default (about a minute); <c>CHATAPPRAISAL_SOAK=1</c> runs 200 examiners and 10 kills.
/// </summary>
[Collection(nameof(CrashSafetyCollection))]
public sealed class ThreeProcessesUnderKillsTests(ITestOutputHelper output) : IAsyncLifetime
{
    static readonly bool Soak = Environment.GetEnvironmentVariable("CHATAPPRAISAL_SOAK") == "1";
    static readonly int Examiners = Soak ? 200 : 12;
    static readonly int Kills = Soak ? 10 : 4;

    readonly TestPostgres _database = new();
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-threeprocesses", Guid.NewGuid().ToString("N"));
    readonly BotSlot[] _slots = new BotSlot[3];
    WeComApiDouble _api = null!;

    sealed class BotSlot
    {
        public required int Port { get; init; }
        public required string Folder { get; init; }
        public BotProcess? Process;
        public volatile bool Up;
        public string CallbackUrl => $"http://127.0.0.1:{Port}/wecom/callback";
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await WeComApiDouble.StartAsync();
    }

    [Fact]
    public async Task EveryAcknowledgedAnswerIsStoredOnceAndEveryReplySentInOrderWhileProcessesAreKilled()
    {
        var dll = await BotProcess.BuiltBotAsync();
        var villages = Seed();
        var settings = _api.BotSettings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        settings["Storage__Provider"] = "postgres";
        settings["Storage__ConnectionString"] = _database.ConnectionString;
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = new BotSlot { Port = WebBotPort(), Folder = Path.Combine(_folder, "bot" + i) };
            Directory.CreateDirectory(_slots[i].Folder);
        }
        BotProcess Start(BotSlot slot) => BotProcess.Start(dll, new Dictionary<string, string>(settings)
        {
            ["Storage__Path"] = Path.Combine(slot.Folder, "appraisal.db"),
            ["Admin__Urls"] = $"http://127.0.0.1:{slot.Port}",
        }, Path.Combine(slot.Folder, "bot.log"));
        foreach (var slot in _slots) slot.Process = Start(slot);
        await Task.WhenAll(_slots.Select(WaitUpAsync));

        using var done = new CancellationTokenSource();
        var killed = new List<string>();
        var killing = Task.Run(async () =>
        {
            var random = new Random(30);
            for (var kill = 0; kill < Kills && !done.IsCancellationRequested; kill++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(1500, 4000)));
                var slot = _slots[random.Next(_slots.Length)];
                slot.Up = false;
                var at = await slot.Process!.KillAsync();
                killed.Add($"bot{Array.IndexOf(_slots, slot)} at {at:HH:mm:ss.fff}");
                slot.Process.Dispose();
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(200, 1500)));
                slot.Process = Start(slot);
                await WaitUpAsync(slot);
            }
        });

        var clock = Stopwatch.StartNew();
        var retries = 0;
        var duplicates = new ConcurrentBag<string>();
        await Parallel.ForEachAsync(Enumerable.Range(0, Examiners), new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Examiners, 24) },
            async (e, _) => Interlocked.Add(ref retries, await ExamineAsync(User(e), villages[e])));
        await killing;
        output.WriteLine($"{Examiners} examiners, 7 messages each, in {clock.Elapsed.TotalSeconds:F1} s; kills: {string.Join(", ", killed)}; callbacks posted again: {retries}");
        Assert.Equal(Kills, killed.Count);

        // Every reply written down was sent and crossed off (a killed process's by another after its lease).
        using var store = StorageProviders.OpenPostgres(_database.ConnectionString);
        await _api.WaitUntilAsync(() => store.Read(() => store.Outbox.Messages.Count()) == 0, "the outbox to be empty", TimeSpan.FromSeconds(40));
        foreach (var slot in _slots) slot.Process!.Dispose();

        for (var e = 0; e < Examiners; e++)
        {
            var village = store.Setup.Villages.FindOne(v => v.Name == villages[e])!;
            Assert.Equal([50m, 40m, 10m], store.Scores.Items.Find(s => s.VillageId == village.Id).OrderBy(s => s.Item).Select(s => s.Value));
            Assert.Equal([AuditActions.ScoreSet, AuditActions.ScoreSet, AuditActions.ScoreSet, CategoryConfirmations.AuditAction],
                store.Audit.Entries.Find(a => a.VillageId == village.Id).OrderBy(a => a.Id).Select(a => a.Action));
            var received = _api.MessagesTo(User(e)).Select(m => m.Reads).ToList();
            var once = received.Where((text, i) => i == 0 || text != received[i - 1]).ToList();
            if (once.Count < received.Count) duplicates.Add($"{User(e)}: {received.Count - once.Count}");
            Assert.Equal(7, once.Count);
            Assert.StartsWith($"{villages[e]} · 已评 0/117 项", once[1]);
            Assert.StartsWith("社会保险 1/3 · ", once[2]);
            Assert.StartsWith("✓ 城乡居民基本医疗保险：50 分\n社会保险 2/3 · ", once[3]);
            Assert.Contains("：40 分\n社会保险 3/3 · ", once[4]);
            Assert.Contains($"：10 分\n请核对：{villages[e]} · 社会保险", once[5]);
            Assert.StartsWith("✓ 已确认：社会保险 100 分。", once[6]);
        }
        // Each update applied once, wherever it arrived and however often it was posted.
        Assert.Equal(Examiners * 7, store.Conversations.Processed.Count());
        Assert.Empty(_api.Dropped);
        // A message WeCom accepted just before its process was killed, not yet crossed off, goes once more (duplicates rather
        // than losses): at most one per chat being sent at the kill.
        output.WriteLine($"repeated messages (a send cut off by a kill): {(duplicates.IsEmpty ? "none" : string.Join(", ", duplicates))}");
        Assert.True(duplicates.Count <= Kills * 3, $"more repeats than sends a kill can cut off: {string.Join(", ", duplicates)}");
    }

    static string User(int e) => "KaoHeYuan" + e.ToString("D3", CultureInfo.InvariantCulture);

    /// <summary>One examiner's category, message by message, each acknowledged (posted again elsewhere until it is) and answered.</summary>
    async Task<int> ExamineAsync(string user, string village)
    {
        var retries = 0;
        string[] typed = ["/score", village, "社保", "50", "40", "10", "确认"];
        for (var i = 0; i < typed.Length; i++)
        {
            // A person reads the reply and types: the examiners' work spreads over the kills.
            await Task.Delay(Random.Shared.Next(300, 2500));
            var (query, body) = _api.SealedText(user, typed[i]);
            var deadline = Stopwatch.StartNew();
            for (var attempt = 0; ; attempt++)
            {
                var slot = _slots.Where(s => s.Up).OrderBy(_ => Random.Shared.Next()).FirstOrDefault();
                try
                {
                    if (slot is not null && (await _api.PostRawToAsync(slot.CallbackUrl, query, body)).Acknowledged) break;
                }
                catch (HttpRequestException)
                {
                    // The process died under the request: WeCom posts it again.
                }
                retries++;
                if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{user}'s '{typed[i]}' was never acknowledged");
                await Task.Delay(200);
            }
            await _api.WaitUntilAsync(() => Distinct(_api.MessagesTo(user)) > i, $"{user}'s reply to '{typed[i]}'", TimeSpan.FromSeconds(60));
        }
        return retries;
    }

    static int Distinct(IReadOnlyList<WeComMessage> messages) => messages.Where((m, i) => i == 0 || m.Reads != messages[i - 1].Reads).Count();

    /// <summary>One village per examiner, each examiner bound to a WeCom account; returns the villages' names.</summary>
    List<string> Seed()
    {
        var time = new FakeTimeProvider(DateTimeOffset.UtcNow);
        using var store = StorageProviders.OpenPostgres(_database.ConnectionString);
        new DatabaseSetup(store, new Periods(store), time).EnsureInitialized("2017年度");
        var names = Enumerable.Range(0, Examiners).Select(e => "试验村" + e.ToString("D3", CultureInfo.InvariantCulture)).ToList();
        store.Write(() =>
        {
            foreach (var name in names) store.Setup.Villages.Insert(new VillageDoc { Name = name, CreatedAt = DateTime.UtcNow });
        });
        var members = new MemberDirectory(store, time);
        for (var e = 0; e < Examiners; e++)
        {
            var member = members.Add("考核员" + e.ToString("D3", CultureInfo.InvariantCulture), [Role.Examiner]);
            if (members.Redeem(members.CreateInvite(member.Id).Code, "wecom", User(e)).Result != RedeemResult.Bound)
                throw new InvalidOperationException("Could not bind an examiner to a WeCom account.");
        }
        return names;
    }

    async Task WaitUpAsync(BotSlot slot)
    {
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(5) };
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            if (slot.Process!.HasExited) throw new InvalidOperationException($"A bot process exited on its own; see {slot.Folder}/bot.log.");
            try
            {
                if ((await http.GetAsync($"http://127.0.0.1:{slot.Port}/healthz")).IsSuccessStatusCode)
                {
                    slot.Up = true;
                    return;
                }
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
            }
            if (deadline.Elapsed > TimeSpan.FromSeconds(120)) throw new TimeoutException($"A bot process did not answer /healthz within 120 s; see {slot.Folder}/bot.log.");
            await Task.Delay(100);
        }
    }

    static int WebBotPort() => Hosting.WebBotApp.FreePort();

    public async Task DisposeAsync()
    {
        foreach (var slot in _slots) slot?.Process?.Dispose();
        await _api.DisposeAsync();
        _database.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
