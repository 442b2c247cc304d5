using ChatAppraisal.Storage.LiteDb;
using System.Diagnostics;
using System.Globalization;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations;
using ChatAppraisal.Rubrics;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Telegram;
using Xunit.Abstractions;
using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>The crash test runs alone: it loads both cores, and the other tests' timings must not suffer from it.</summary>
[CollectionDefinition(nameof(CrashSafetyCollection), DisableParallelization = true)]
public sealed class CrashSafetyCollection;

/// <summary>
/// Issue 8's crash safety: the bot as a real process against the Bot API double, 50 examiners answering item
/// prompts, SIGKILL at random moments (at least 10 times, CRASH_ROUNDS for more), a restart on the same file each time.
/// The examiners belong to two towns (issue 24): every check holds in each town's scope, every record stays in its town,
/// and no examiner is shown the other town's villages. See docs/crash-safety.md.
/// </summary>
[Collection(nameof(CrashSafetyCollection))]
public sealed class CrashSafetyTests(ITestOutputHelper output) : IAsyncLifetime
{
    const int Examiners = 50;
    const long FirstUserId = 3000;
    static readonly TimeSpan StartTimeout = TimeSpan.FromSeconds(90);

    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-crash", Guid.NewGuid().ToString("N"));
    BotApiDouble _api = null!;
    bool _passed;

    string DatabasePath => Path.Combine(_folder, "appraisal.db");

    static int Rounds => int.TryParse(Environment.GetEnvironmentVariable("CRASH_ROUNDS"), out var n) && n >= 1 ? n : 10;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await BotApiDouble.StartAsync();
    }

    [Fact]
    public async Task KilledAtRandomMomentsTheBotKeepsEveryAcknowledgedAnswerOnceAndEveryoneContinuesAtTheRightPrompt()
    {
        var clock = Stopwatch.StartNew();
        var dll = await BotProcess.BuiltBotAsync();
        var built = clock.Elapsed;
        var seed = int.TryParse(Environment.GetEnvironmentVariable("CRASH_SEED"), out var s) ? s : Random.Shared.Next();
        var random = new Random(seed);
        output.WriteLine($"seed {seed} (CRASH_SEED), {Rounds} kills (CRASH_ROUNDS), folder {_folder}");

        var villages = ExaminersDatabase.Seed(DatabasePath, Examiners, FirstUserId, towns: 2);
        var rubric = RubricJson.Seed();
        using var life = new BotLife(_api, dll, new Dictionary<string, string>
        {
            ["Storage__Path"] = DatabasePath,
            ["Telegram__BotToken"] = _api.Token,
            ["Telegram__ApiBaseUrl"] = _api.BaseUrl,
            ["Admin__Urls"] = "http://127.0.0.1:0",
        }, Path.Combine(_folder, "bot.log"));
        var examiners = villages.Select((v, i) => new SimulatedExaminer(_api, new FakeUser(FirstUserId + i, $"考核员{i + 1:00}"), v.Village, rubric, life)).ToList();
        var towns = villages.ToDictionary(v => v.Village, v => v.Town);
        using var stop = new CancellationTokenSource();
        var running = examiners.Select(e => Task.Run(() => e.RunAsync(stop.Token))).ToList();

        // Kill at random moments: most while the examiners are answering, some while the process is still starting.
        var duringStart = 0;
        for (var round = 1; round <= Rounds; round++)
        {
            life.Start();
            if (round % 4 == 0)
            {
                await Task.Delay(random.Next(200, 2500));
                if (!life.Up) duringStart++;
            }
            else
            {
                await life.WaitUpAsync(StartTimeout);
                await Task.Delay(random.Next(500, 8000));
            }
            await life.KillAsync();
            FailFast(running);
        }
        var killsDone = clock.Elapsed;

        life.Start();
        await life.WaitUpAsync(StartTimeout);
        life.Finishing = true;
        var all = Task.WhenAll(running);
        if (await Task.WhenAny(all, Task.Delay(TimeSpan.FromSeconds(120))) != all)
        {
            stop.Cancel();
            // What the stuck ones sent last and were told last, and every request, so that a failure explains itself.
            File.WriteAllLines(Path.Combine(_folder, "requests.log"), _api.Requests.Select(r => r.ToString() + " " + r.String("offset") + " " + (r.String("text") ?? "").Replace("\n", " | ")));
            var stuck = examiners.Where(e => e.FinalPrompt is null).ToList();
            foreach (var examiner in stuck)
                output.WriteLine($"{examiner.User.FirstName}: sent updates {string.Join(", ", examiner.SentUpdates.TakeLast(5))} (generation now {life.Generation}, confirmed offset {_api.ConfirmedOffset}); last told: " +
                                 string.Join(" ‖ ", _api.MessagesIn(examiner.User.Id).TakeLast(3).Select(m => (m.Text ?? "").Replace("\n", " | "))));
            Assert.Fail("Examiners still waiting: " + string.Join(", ", stuck.Select(e => e.User.FirstName)) + $" (details in the test output and {_folder})");
        }
        await all;
        await life.KillAsync();

        File.WriteAllLines(Path.Combine(_folder, "requests.log"), _api.Requests.Select(r => r.ToString() + " " + r.String("offset") + " " + (r.String("text") ?? "").Replace("\n", " | ")));
        File.WriteAllLines(Path.Combine(_folder, "lives.log"), life.Lives.Select(l => l.ToString()));
        var figures = Verify(examiners, towns, rubric, life.Lives);
        output.WriteLine($"{life.Lives.Count - 1} kills ({duringStart} before the process was polling), then a last start, killed again after the last prompts");
        output.WriteLine(figures.ToString());
        foreach (var line in figures.Unacknowledged.Take(10)) output.WriteLine("  reply never arrived: " + line);
        output.WriteLine("kills at " + string.Join(", ", life.Lives.Select(l => $"{l.KilledAt:HH:mm:ss.fff}")));
        output.WriteLine($"Bot located or built {built.TotalSeconds:0.0} s, kills done at {killsDone.TotalSeconds:0.0} s, total {clock.Elapsed.TotalSeconds:0.0} s");
        Assert.True(life.Lives.Count - 1 >= Math.Min(10, Rounds));
        _passed = true;
    }

    static void FailFast(IEnumerable<Task> running)
    {
        if (running.FirstOrDefault(t => t.IsFaulted) is { } failed) failed.GetAwaiter().GetResult();
    }

    /// <summary>Opens the database after the last kill and checks everything the issue asks, town by town; returns the run's figures.</summary>
    CrashFigures Verify(IReadOnlyList<SimulatedExaminer> examiners, IReadOnlyDictionary<string, int> towns, Rubric rubric, IReadOnlyList<BotLife.Life> lives)
    {
        using var store = new AppraisalStore(DatabasePath); // opens cleanly after a SIGKILL
        var db = store.LiteDatabase();
        // Every page of every collection reads, and each index finds what a full scan finds.
        foreach (var name in db.GetCollectionNames())
            Assert.Equal(db.GetCollection(name).Count(), db.GetCollection(name).FindAll().Count());

        // Every score, audit entry and confirmation, read from the file itself, is in its village's town.
        var villageTown = db.GetCollection("villages").FindAll().ToDictionary(v => v["_id"].AsInt32, v => v["TownId"].AsInt32);
        foreach (var collection in new[] { "item_scores", "audit", "category_confirmations" })
            foreach (var doc in db.GetCollection(collection).FindAll().Where(d => d["VillageId"].IsNumber))
                Assert.True(villageTown[doc["VillageId"].AsInt32] == doc["TownId"].AsInt32, $"{collection} {doc["_id"]} is in town {doc["TownId"]}, its village in town {villageTown[doc["VillageId"].AsInt32]}");
        // No examiner was shown a village of the other town.
        foreach (var examiner in examiners)
        {
            var others = towns.Where(t => t.Value != towns[examiner.Village]).Select(t => t.Key).ToList();
            foreach (var message in _api.MessagesIn(examiner.User.Id))
            {
                var seen = others.FirstOrDefault(o => (message.Text ?? "").Contains(o, StringComparison.Ordinal));
                Assert.True(seen is null, $"{examiner.User.FirstName} of town {towns[examiner.Village]} was shown {seen}, of another town: {message.Text}");
            }
        }

        var processed = db.GetCollection<ProcessedUpdateDoc>("processed_updates").FindAll().ToDictionary(p => p.Id, p => p.At);
        var figures = new CrashFigures { Examiners = examiners.Count, Kills = lives.Count(l => l.KilledAt is not null) - 1 };
        foreach (var town in examiners.GroupBy(e => towns[e.Village]))
            using (TownScope.Enter(town.Key)) VerifyTown(store, town.ToList(), rubric, processed, figures);
        Assert.Equal(2, examiners.Select(e => towns[e.Village]).Distinct().Count());
        figures.ReplayedAndIgnored = ReplaysIgnored(lives, processed);
        return figures;
    }

    /// <summary>The checks of one town, in its scope: its scores, audit and confirmations against what its examiners were told.</summary>
    void VerifyTown(AppraisalStore store, IReadOnlyList<SimulatedExaminer> examiners, Rubric rubric, Dictionary<string, DateTime> processed, CrashFigures figures)
    {
        var db = store.LiteDatabase();
        var period = new Periods(store).Active();
        var scores = store.Scores.Items.FindAll().ToList();
        var audit = store.Audit.Entries.FindAll().ToList();
        // Read from the file itself, so filtered by the town here.
        var confirmations = db.GetCollection<CategoryConfirmationDoc>("category_confirmations").Find(c => c.TownId == TownScope.Current).ToList();

        // The audit trail and the stored scores match one to one; nothing was cleared, nothing set twice.
        Assert.DoesNotContain(audit, a => a.Action == AuditActions.ScoreCleared);
        var setEntries = audit.Where(a => a.Action == AuditActions.ScoreSet).ToList();
        Assert.Equal(scores.Count, setEntries.Count);
        Assert.Equal(scores.Select(s => s.Id).Order(), setEntries.Select(a => ItemScoreDoc.Key(a.PeriodId, a.VillageId!.Value, a.Category!.Value, a.Item!.Value)).Order());
        foreach (var score in scores)
        {
            var entry = setEntries.Single(a => a.VillageId == score.VillageId && a.Category == score.Category && a.Item == score.Item);
            Assert.Equal(((decimal?)null, (decimal?)score.Value, (int?)score.MemberId), (entry.Old, entry.New, entry.MemberId));
        }
        var confirmEntries = audit.Where(a => a.Action == CategoryConfirmations.AuditAction).ToList();
        Assert.Equal(confirmations.Select(c => c.Id).Order(), confirmEntries.Select(a => CategoryConfirmationDoc.Key(a.PeriodId, a.VillageId!.Value, a.Category!.Value)).Order());

        foreach (var examiner in examiners)
        {
            var village = store.Setup.Villages.FindOne(v => v.Name == examiner.Village)!.Id;
            var mine = scores.Where(s => s.VillageId == village).ToDictionary(s => (s.Category, s.Item), s => s.Value);
            var confirmed = confirmations.Where(c => c.VillageId == village).Select(c => c.Category).ToHashSet();
            var chat = _api.MessagesIn(examiner.User.Id);

            // Every answer stored is the one this examiner gives that item: none landed on another item.
            foreach (var ((category, item), value) in mine)
                Assert.True(SimulatedExaminer.ValueFor(rubric, category, item) == value, $"{examiner.Village} {category}/{item} holds {value}");

            // Every answer the bot acknowledged is stored (exactly once, by the checks above).
            var acknowledged = chat.Select(m => ScorePrompt.SavedAnswer(m, rubric)).OfType<(int Category, int Item, decimal Value)>().ToList();
            foreach (var (category, item, value) in acknowledged)
                Assert.True(mine.TryGetValue((category, item), out var stored) && stored == value,
                    $"{examiner.User.FirstName} was told {rubric.Categories[category].Items[item].Name} = {value} was saved, but it is not stored");
            foreach (var category in chat.Select(m => ScorePrompt.ConfirmedCategory(m, rubric)).OfType<int>())
                Assert.Contains(category, confirmed);

            // No update this examiner sent was lost: each was handled by the engine (once: its id is recorded).
            foreach (var id in examiner.SentUpdates)
                Assert.True(processed.ContainsKey($"telegram:{examiner.User.Id}:{id}"), $"update {id} of {examiner.User.FirstName} was never handled");

            // The prompt after the last restart is exactly where the stored state says this examiner stands.
            AssertContinuesWhereStored(examiner, rubric, mine, confirmed);

            figures.Updates += examiner.SentUpdates.Count;
            figures.Looks += examiner.Pokes;
            figures.Acknowledged += acknowledged.Distinct().Count();
            figures.AcknowledgedTwice += acknowledged.Count - acknowledged.Distinct().Count();
            figures.Stored += mine.Count;
            foreach (var (category, item) in mine.Keys.Where(k => !acknowledged.Any(a => (a.Category, a.Item) == k)))
            {
                var stored = setEntries.Single(a => a.VillageId == village && a.Category == category && a.Item == item).At;
                figures.StoredNotAcknowledged++;
                figures.Unacknowledged.Add($"{examiner.Village} {category}/{item} stored {stored:HH:mm:ss.fff}");
            }
            figures.Confirmed += confirmed.Count;
        }
        Assert.All(scores, s => Assert.Equal(period.Id, s.PeriodId));
    }

    /// <summary>
    /// The examiners go category by category, so what is stored fixes where each must stand: the finished categories
    /// first, then the open one at its first unscored item (or its review when complete).
    /// </summary>
    static void AssertContinuesWhereStored(SimulatedExaminer examiner, Rubric rubric, Dictionary<(int, int), decimal> mine, HashSet<int> confirmed)
    {
        var prompt = examiner.FinalPrompt ?? throw new InvalidOperationException($"{examiner.User.FirstName} has no last prompt");
        var open = Enumerable.Range(0, rubric.Categories.Count).FirstOrDefault(c => !confirmed.Contains(c), rubric.Categories.Count);
        Assert.Equal(Enumerable.Range(0, open).ToHashSet(), confirmed);
        int Stored(int c) => c == rubric.Categories.Count ? 0 : Enumerable.Range(0, rubric.Categories[c].Items.Count).TakeWhile(i => mine.ContainsKey((c, i))).Count();
        Assert.All(Enumerable.Range(0, open), c => Assert.Equal(rubric.Categories[c].Items.Count, Stored(c))); // confirmed at a complete review
        Assert.All(mine.Keys, k => Assert.True(k.Item1 < open || (k.Item1 == open && k.Item2 < Stored(open)), $"{examiner.Village}: {k} stored out of order"));
        var where = $"{examiner.User.FirstName} at {prompt.Kind} {prompt.Category}/{prompt.Item}; stored: {open} categories confirmed, {Stored(open)} items of the next";
        switch (prompt.Kind)
        {
            case PromptKind.Item:
                Assert.True(prompt.Category == open && prompt.Item == Stored(open), where);
                break;
            case PromptKind.Review:
                Assert.True(prompt.Category == open && Stored(open) == rubric.Categories[open].Items.Count, where);
                break;
            default:
                Assert.True(Stored(open) == 0, where);
                break;
        }
    }

    /// <summary>
    /// Deliveries of updates already committed, because the killed process had not yet marked them done with the polling
    /// offset: the engine must have recognised each (the checks above prove it applied none twice).
    /// </summary>
    int ReplaysIgnored(IReadOnlyList<BotLife.Life> lives, Dictionary<string, DateTime> processed)
    {
        var polls = _api.RequestsFor("getUpdates");
        var count = 0;
        for (var i = 0; i + 1 < lives.Count; i++)
        {
            if (lives[i].KilledAt is not { } killed) continue;
            var confirmed = polls.Where(p => p.At >= lives[i].StartedAt && p.At <= killed).Select(p => p.Body["offset"]?.GetValue<int>() ?? 0).DefaultIfEmpty(0).Max();
            var next = lives[i + 1];
            var resumed = polls.FirstOrDefault(p => p.At >= next.StartedAt && p.At <= (next.KilledAt ?? DateTimeOffset.MaxValue))?.Body["offset"]?.GetValue<int>() ?? int.MaxValue;
            // Committed before the next process started (the kill lands a moment after it is asked for).
            count += processed.Count(p => p.Value < next.StartedAt.UtcDateTime && UpdateId(p.Key) >= Math.Max(confirmed, resumed));
        }
        return count;
    }

    static int UpdateId(string key) => int.Parse(key[(key.LastIndexOf(':') + 1)..], CultureInfo.InvariantCulture);

    public async Task DisposeAsync()
    {
        await _api.DisposeAsync();
        if (_passed && Environment.GetEnvironmentVariable("CRASH_KEEP") is null)
        {
            try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
        }
        else
        {
            output.WriteLine($"kept for inspection: {_folder} (appraisal.db, bot.log)");
        }
    }
}

/// <summary>What one crash run did and found.</summary>
public sealed class CrashFigures
{
    public int Examiners { get; init; }
    public int Kills { get; init; }
    public int Updates { get; set; }
    public int Looks { get; set; }
    public int Acknowledged { get; set; }
    public int Stored { get; set; }
    public int StoredNotAcknowledged { get; set; }
    public int Confirmed { get; set; }
    public int ReplayedAndIgnored { get; set; }
    public int AcknowledgedTwice { get; set; }
    public List<string> Unacknowledged { get; } = [];

    public override string ToString() =>
        $"{Examiners} examiners sent {Updates} updates ({Looks} of them to look where they were after a kill); " +
        $"{Stored} item scores stored, {Acknowledged} acknowledged ({AcknowledgedTwice} of them twice: sent, then killed before crossed off), " +
        $"{StoredNotAcknowledged} stored but their reply lost in a kill; " +
        $"{Confirmed} categories confirmed; {ReplayedAndIgnored} committed updates delivered again after a kill and ignored";
}
