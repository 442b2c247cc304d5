using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Net;
using System.Text;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Channels;
using ChatAppraisal.Bot.Channels.Telegram;
using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.CrashSafety;
using ChatAppraisal.Tests.Postgres;
using ChatAppraisal.Tests.Telegram;
using ChatAppraisal.Tests.WeCom;
using ChatAppraisal.Tests.WebChat;
using Microsoft.Extensions.Time.Testing;
using ChatAppraisal.Tests.Release;
using Xunit.Abstractions;
using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.ScaleOut;

/// <summary>
/// Issue 30's proof: three Release bot processes (the linux-x64 release's program, as <see cref="Release.ReleaseArchive"/>
/// unpacks it: CI's release.sh made it) on one PostgreSQL database, each
/// serving the three ways in at once, spread as nginx would: WeCom callbacks (the WeCom double), Telegram's webhook (the Bot
/// API double) and the browser chat's posts. Examiners each score a category of their own village. One process is killed
/// (SIGKILL) while WeCom holds a reply it is sending, so that another must take the reply over once the killed one's claim
/// lapses; then processes are killed at random moments and started again. A callback or webhook post not acknowledged is
/// posted again, the very same, to another process, as WeCom and Telegram retry; a browser whose post was cut off retypes
/// the message only when it was not taken. In the end every acknowledged answer is stored once with its audit entries,
/// every update was applied once, every reply reached its examiner in order, and the outbox is empty. Two leaders' morning
/// reminder falls due during the kills (they are bound to their accounts then), and the process sending reminders is killed
/// so that another is elected and sends them: each leader gets it once, and every process elected after finds it sent.
/// Small by default (8 examiners, 2 kills, ~30 s); <c>CHATAPPRAISAL_SOAK=1</c> runs 200 examiners and 10 kills.
/// </summary>
[Collection(nameof(CrashSafetyCollection))]
public sealed class ThreeProcessesUnderKillsTests(ITestOutputHelper output) : IAsyncLifetime
{
    const string WebhookSecret = "scale-Out_30";
    static readonly bool Soak = Environment.GetEnvironmentVariable("CHATAPPRAISAL_SOAK") == "1";
    // The browser chat's examiners sign in spread over the processes: a process lets an address try 10 codes a minute.
    static readonly (int WeCom, int Telegram, int Browser) Crowd = Soak ? (146, 30, 24) : (4, 2, 2);
    static readonly int Examiners = Crowd.WeCom + Crowd.Telegram + Crowd.Browser;
    /// <summary>The first kill is the one mid-send; the rest at random moments.</summary>
    static readonly int Kills = Soak ? 10 : 2;
    /// <summary>A person's pause before each message (reading the reply, typing).</summary>
    static readonly (int Min, int Max) Pause = Soak ? (300, 2500) : (50, 400);

    readonly TestPostgres _database = new();
    readonly string _folder = Path.Combine(Path.GetTempPath(), "chatappraisal-threeprocesses", Guid.NewGuid().ToString("N"));
    readonly BotSlot[] _slots = new BotSlot[3];
    readonly TaskCompletionSource<WeComRequest> _heldSend = new(TaskCreationOptions.RunContinuationsAsynchronously);
    WeComApiDouble _api = null!;
    BotApiDouble _telegram = null!;
    AppraisalStore _store = null!;
    int _armed;

    sealed class BotSlot
    {
        public required int Port { get; init; }
        public required string Folder { get; init; }
        public BotProcess? Process;
        public volatile bool Up;
        public string Url => $"http://127.0.0.1:{Port}";
    }

    enum Way { WeCom, Telegram, Browser }

    /// <summary>A leadership member, owed the morning reminder of the villages not rated; bound to a WeCom account mid-test.</summary>
    sealed record Leader(MemberDoc Member, string Code)
    {
        public string WeComUser => "LingDao" + Member.Id.ToString("D3", CultureInfo.InvariantCulture);
    }

    /// <summary>A fixed zone where it is now early afternoon: the morning's reminders are due, quiet hours are far.</summary>
    static readonly string Afternoon = AfternoonZone(DateTime.UtcNow);

    static string AfternoonZone(DateTime utc)
    {
        var offset = ((13 - utc.Hour) % 24 + 24) % 24;
        if (offset > 14) offset -= 24;
        // Etc/GMT-8 is UTC+8 (the POSIX sign).
        return offset == 0 ? "Etc/GMT" : offset > 0 ? $"Etc/GMT-{offset}" : $"Etc/GMT+{-offset}";
    }

    sealed record Examiner(int Index, Way Way, string Village, MemberDoc Member, string? Code)
    {
        public string WeComUser => "KaoHeYuan" + Index.ToString("D3", CultureInfo.InvariantCulture);
        public FakeUser TelegramUser => new(710_000 + Index, "考核员" + Index.ToString("D3", CultureInfo.InvariantCulture));
        public string WebChat => WebAccounts.ChatId(Member.Id);
        public HttpClient? Browser { get; set; }
        public string? Token { get; set; }
    }

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(_folder);
        _api = await WeComApiDouble.StartAsync();
        _telegram = await BotApiDouble.StartAsync();
    }

    [Fact]
    public async Task EveryAcknowledgedAnswerIsStoredOnceAndEveryReplySentInOrderWhileProcessesAreKilled()
    {
        var program = await ReleaseArchive.UnpackAsync(Path.Combine(_folder, "release"));
        var (examiners, leaders) = Seed();
        _store = StorageProviders.OpenPostgres(_database.ConnectionString);
        // The reply to the first WeCom examiner's first score is held by WeCom until its sender is killed (then dropped).
        var held = examiners.First(e => e.Way == Way.WeCom);
        _api.Faults = request => request.Call == "message/send" && request.ToUser == held.WeComUser && Volatile.Read(ref _armed) == 1
            && Interlocked.Exchange(ref _armed, 0) == 1 && _heldSend.TrySetResult(request)
            ? new WeComFault(Delay: TimeSpan.FromSeconds(60), DropConnection: true)
            : null;

        var settings = _api.BotSettings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);
        settings["Storage__Provider"] = "postgres";
        settings["Storage__ConnectionString"] = _database.ConnectionString;
        settings["Telegram__BotToken"] = _telegram.Token;
        settings["Telegram__ApiBaseUrl"] = _telegram.BaseUrl;
        settings["Telegram__Mode"] = "webhook";
        settings["Telegram__WebhookUrl"] = "https://appraisal.example.org/telegram/webhook";
        settings["Telegram__WebhookSecret"] = WebhookSecret;
        settings["Logging__LogLevel__Default"] = "Warning";
        settings["Bot__TimeZone"] = Afternoon;
        for (var i = 0; i < _slots.Length; i++)
        {
            _slots[i] = new BotSlot { Port = WebBotPort(), Folder = Path.Combine(_folder, "bot" + i) };
            Directory.CreateDirectory(_slots[i].Folder);
        }
        BotProcess Start(BotSlot slot) => BotProcess.Start(program, new Dictionary<string, string>(settings)
        {
            // Named on the server, so that the test can tell which process holds an elected role.
            ["Storage__ConnectionString"] = $"{_database.ConnectionString};Application Name={SlotName(slot)}",
            ["Storage__Path"] = Path.Combine(slot.Folder, "appraisal.db"),
            ["Admin__Urls"] = slot.Url,
        }, Path.Combine(slot.Folder, "bot.log"));
        var clock = Stopwatch.StartNew();
        foreach (var slot in _slots) slot.Process = Start(slot);
        await Task.WhenAll(_slots.Select(WaitUpAsync));
        // Browsers sign in before the kills, spread over the processes (each counts its own sign-in attempts per address).
        var browsers = examiners.Where(e => e.Way == Way.Browser).ToList();
        await Task.WhenAll(browsers.Select((e, i) => SignInAsync(e, _slots[i % _slots.Length])));
        output.WriteLine($"three processes up and {browsers.Count} browsers signed in after {clock.Elapsed.TotalSeconds:F1} s");

        using var done = new CancellationTokenSource();
        var killed = new List<string>();
        var restarts = new List<Task>();
        async Task KillAsync(BotSlot slot, string why, Random random)
        {
            slot.Up = false;
            var at = await slot.Process!.KillAsync();
            killed.Add($"bot{Array.IndexOf(_slots, slot)} at {at:HH:mm:ss.fff} ({why})");
            slot.Process.Dispose();
            var pause = random.Next(200, 1000);
            // Started again in the background, as systemd would: the next kill does not wait for it.
            restarts.Add(Task.Run(async () =>
            {
                await Task.Delay(pause);
                slot.Process = Start(slot);
                await WaitUpAsync(slot);
            }));
        }
        var killing = Task.Run(async () =>
        {
            var random = new Random(30);
            // First: the process sending the held reply dies with the send in flight; another takes it over after the lease.
            var send = await _heldSend.Task.WaitAsync(TimeSpan.FromSeconds(90));
            // The leaders' reminder falls due now (nobody could be reminded before they were bound to an account); the process
            // sending reminders runs its next round when it is elected, so only a kill of it gets the reminder sent.
            BindLeaders(leaders);
            await KillAsync(_slots[0], $"mid-send of {send.ToUser}'s reply", random);
            for (var kill = 1; kill < Kills && !done.IsCancellationRequested; kill++)
            {
                await Task.Delay(TimeSpan.FromMilliseconds(random.Next(500, 3000)));
                // Never the last one up: nginx would have nowhere to send a request.
                var up = _slots.Where(s => s.Up).ToList();
                if (up.Count < 2) { kill--; continue; }
                // Every other kill is of the process elected to send reminders (once one that is up has been elected): the next
                // one elected sends what is due.
                if (kill % 2 == 1)
                {
                    BotSlot? sending = null;
                    await WaitUntilAsync(() => (sending = _slots.FirstOrDefault(s => s.Up && SlotName(s) == Holding(ReminderService.Role))) is not null,
                        "a process that is up to be sending reminders", TimeSpan.FromSeconds(60));
                    if (_slots.Count(s => s.Up) < 2) { kill--; continue; }
                    await KillAsync(sending!, "sending reminders", random);
                }
                else
                    await KillAsync(up[random.Next(up.Count)], "at random", random);
            }
            await Task.WhenAll(restarts);
        });

        var retries = 0;
        var work = Stopwatch.StartNew();
        await Parallel.ForEachAsync(examiners, new ParallelOptions { MaxDegreeOfParallelism = Math.Min(Examiners, 32) },
            async (e, _) => Interlocked.Add(ref retries, await ExamineAsync(e, e == held)));
        await killing;
        output.WriteLine($"{Crowd.WeCom} WeCom, {Crowd.Telegram} Telegram and {Crowd.Browser} browser examiners, 7 messages each, in " +
                         $"{work.Elapsed.TotalSeconds:F1} s; kills: {string.Join(", ", killed)}; posted again: {retries}");
        Assert.Equal(Kills, killed.Count);

        // The leaders' reminder was sent by whichever process was elected after the one killed.
        await WaitUntilAsync(() => leaders.All(l => ReceivedBy(l).Count > 0), "the leaders' reminders", TimeSpan.FromSeconds(60));
        // Every reply written down was sent and crossed off (a killed process's by another after its lease).
        await _api.WaitUntilAsync(() => _store.Read(() => _store.Outbox.Messages.Count()) == 0, "the outbox to be empty", TimeSpan.FromSeconds(40));
        foreach (var slot in _slots) slot.Process!.Dispose();

        // The held send never reached the member; it went once, by another process, in its place in the chat.
        var heldSend = await _heldSend.Task;
        Assert.Equal(0, heldSend.HttpStatus);
        Assert.Single(_api.MessagesTo(held.WeComUser), m => m.Reads.StartsWith("✓ 城乡居民基本医疗保险：50 分", StringComparison.Ordinal));

        var duplicates = new List<string>();
        foreach (var e in examiners)
        {
            var village = _store.Setup.Villages.FindOne(v => v.Name == e.Village)!;
            Assert.Equal([50m, 40m, 10m], _store.Scores.Items.Find(s => s.VillageId == village.Id).OrderBy(s => s.Item).Select(s => s.Value));
            Assert.Equal([AuditActions.ScoreSet, AuditActions.ScoreSet, AuditActions.ScoreSet, CategoryConfirmations.AuditAction],
                _store.Audit.Entries.Find(a => a.VillageId == village.Id).OrderBy(a => a.Id).Select(a => a.Action));
            var received = Received(e);
            var once = Once(received);
            if (once.Count < received.Count) duplicates.Add($"{e.Way} {e.Index}: {received.Count - once.Count}");
            Assert.True(once.Count == 7, $"{e.Way} examiner {e.Index} got:\n{string.Join("\n---\n", received)}");
            Assert.StartsWith($"{e.Village} · 已评 0/117 项", once[1]);
            Assert.StartsWith("社会保险 1/3 · ", once[2]);
            Assert.StartsWith("✓ 城乡居民基本医疗保险：50 分\n社会保险 2/3 · ", once[3]);
            Assert.Contains("：40 分\n社会保险 3/3 · ", once[4]);
            Assert.Contains($"：10 分\n请核对：{e.Village} · 社会保险", once[5]);
            Assert.StartsWith("✓ 已确认：社会保险 100 分。", once[6]);
        }
        // No reminder twice: recorded once per leader, and received once (every process elected later found it sent).
        foreach (var leader in leaders)
        {
            Assert.Single(_store.Schedule.RemindersSent.FindAll(), r => r.MemberId == leader.Member.Id);
            // A long reminder may come in several messages: each time it is sent, its first part opens with the alarm clock.
            var received = ReceivedBy(leader);
            var reminders = received.Where(m => m.StartsWith("⏰ 您还有", StringComparison.Ordinal)).ToList();
            Assert.True(Once(reminders).Count == 1, $"leader {leader.Member.Id} got:\n{string.Join("\n---\n", received)}");
            Assert.Contains(examiners[0].Village, reminders[0]);
            if (reminders.Count > 1) duplicates.Add($"reminder to leader {leader.Member.Id}: {reminders.Count - 1}");
        }
        // Each update applied once, wherever it arrived and however often it was posted.
        Assert.Equal(Examiners * 7, _store.Conversations.Processed.Count());
        Assert.Empty(_api.Dropped);
        // A message the platform accepted just before its process was killed, not yet crossed off, goes once more (duplicates
        // rather than losses): at most one per chat being sent at a kill.
        output.WriteLine($"repeated messages (a send cut off by a kill): {(duplicates.Count == 0 ? "none" : string.Join(", ", duplicates))}");
        Assert.True(duplicates.Count <= Kills * 3, $"more repeats than sends a kill can cut off: {string.Join(", ", duplicates)}");
    }

    /// <summary>One examiner's category, message by message, each acknowledged (posted again elsewhere until it is) and answered.</summary>
    async Task<int> ExamineAsync(Examiner e, bool holdsTheSend)
    {
        var retries = 0;
        string[] typed = ["/score", e.Village, "社保", "50", "40", "10", "确认"];
        for (var i = 0; i < typed.Length; i++)
        {
            await Task.Delay(Random.Shared.Next(Pause.Min, Pause.Max));
            // The held reply: its message goes to the first process, which writes the reply down and so is its sender.
            if (holdsTheSend && i == 3)
            {
                await WaitUntilAsync(() => _slots[0].Up, "the first process to be up", TimeSpan.FromSeconds(60));
                Volatile.Write(ref _armed, 1);
            }
            retries += e.Way switch
            {
                Way.WeCom => await PostWeComAsync(e, typed[i], holdsTheSend && i == 3 ? _slots[0] : null),
                Way.Telegram => await PostTelegramAsync(e, typed[i]),
                _ => await PostBrowserAsync(e, typed[i], i),
            };
            await WaitUntilAsync(() => Once(Received(e)).Count > i, $"{e.Way} examiner {e.Index}'s reply to '{typed[i]}'", TimeSpan.FromSeconds(60));
        }
        return retries;
    }

    /// <summary>WeCom posts a callback until it is acknowledged, the very same each time, to whichever process nginx picks.</summary>
    async Task<int> PostWeComAsync(Examiner e, string text, BotSlot? to)
    {
        var (query, body) = _api.SealedText(e.WeComUser, text);
        return await UntilAcknowledgedAsync($"{e.WeComUser}'s '{text}'", to, async slot =>
            (await _api.PostRawToAsync(slot.Url + "/wecom/callback", query, body)).Acknowledged);
    }

    /// <summary>Telegram posts an update to the webhook until it gets 200, the very same each time.</summary>
    async Task<int> PostTelegramAsync(Examiner e, string text)
    {
        var json = _telegram.UpdateJson(_telegram.SendText(e.TelegramUser, text));
        using var http = new HttpClient { Timeout = TimeSpan.FromSeconds(30) };
        return await UntilAcknowledgedAsync($"{e.TelegramUser.FirstName}'s '{text}'", null, async slot =>
        {
            using var request = new HttpRequestMessage(HttpMethod.Post, slot.Url + TelegramOptions.WebhookPath)
            {
                Content = new StringContent(json, Encoding.UTF8, "application/json"),
            };
            request.Headers.Add(TelegramWebhook.SecretHeader, WebhookSecret);
            return (await http.SendAsync(request)).StatusCode == HttpStatusCode.OK;
        });
    }

    /// <summary>
    /// A browser posts the message once. Cut off by a kill, the person looks: a message the transcript does not show was not
    /// taken, and is sent again; one it shows and whose update was applied is answered (by another process once the dead one's
    /// claim lapses); one shown but never applied is typed again.
    /// </summary>
    async Task<int> PostBrowserAsync(Examiner e, string text, int index)
    {
        for (var attempt = 0; ; attempt++)
        {
            var shown = FromMember(e);
            var slot = await AnyUpAsync();
            try
            {
                using var response = await e.Browser!.PostAsync(slot.Url + "/chat?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["message"] = text, ["__RequestVerificationToken"] = e.Token!,
                }));
                if (response.StatusCode == HttpStatusCode.Redirect) return attempt;
                Assert.True(response.StatusCode >= HttpStatusCode.InternalServerError, $"the browser chat refused '{text}': {response.StatusCode}");
            }
            catch (Exception x) when (x is HttpRequestException or TaskCanceledException)
            {
            }
            if (attempt > 20) throw new TimeoutException($"browser examiner {e.Index}'s '{text}' was never taken");
            if (FromMember(e) == shown) continue;
            // Shown: handled (its update id in processed_updates) means its answer comes; otherwise the dead process never
            // handled it and nothing will, so it is typed again.
            var seq = _store.Read(() => new ChannelStore(_store).WebMessages.Find(m => m.ChatId == e.WebChat).Where(m => m.FromMember).MaxBy(m => m.Id)!.Seq);
            if (_store.Read(() => _store.Conversations.Processed.FindById($"{WebAccounts.Channel}:{e.WebChat}:{seq}")) is null)
            {
                output.WriteLine($"browser examiner {e.Index} typed '{text}' again: shown but never handled");
                continue;
            }
            await WaitUntilAsync(() => Once(Received(e)).Count > index, $"browser examiner {e.Index}'s answer to '{text}'", TimeSpan.FromSeconds(30));
            return attempt + 1;
        }
    }

    async Task<int> UntilAcknowledgedAsync(string what, BotSlot? to, Func<BotSlot, Task<bool>> post)
    {
        var retries = 0;
        var deadline = Stopwatch.StartNew();
        while (true)
        {
            var slot = to ?? _slots.Where(s => s.Up).OrderBy(_ => Random.Shared.Next()).FirstOrDefault();
            try
            {
                if (slot is not null && await post(slot)) return retries;
            }
            catch (Exception x) when (x is HttpRequestException or TaskCanceledException)
            {
                // The process died under the request: the platform posts it again.
            }
            to = null;
            retries++;
            if (deadline.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{what} was never acknowledged");
            await WaitUntilAsync(() => _slots.Any(s => s.Up), "a process to be up", TimeSpan.FromSeconds(60));
        }
    }

    async Task<BotSlot> AnyUpAsync()
    {
        await WaitUntilAsync(() => _slots.Any(s => s.Up), "a process to be up", TimeSpan.FromSeconds(60));
        return _slots.Where(s => s.Up).OrderBy(_ => Random.Shared.Next()).FirstOrDefault() ?? await AnyUpAsync();
    }

    /// <summary>The replies the examiner's screen shows, oldest first.</summary>
    List<string> Received(Examiner e) => e.Way switch
    {
        Way.WeCom => _api.MessagesTo(e.WeComUser).Select(m => m.Reads).ToList(),
        Way.Telegram => _telegram.MessagesIn(e.TelegramUser.Id).Select(m => m.Text ?? "").ToList(),
        _ => _store.Read(() => new ChannelStore(_store).WebMessages.Find(m => m.ChatId == e.WebChat).Where(m => !m.FromMember).OrderBy(m => m.Id).Select(m => m.Text ?? "").ToList()),
    };

    List<string> ReceivedBy(Leader leader) => _api.MessagesTo(leader.WeComUser).Select(m => m.Reads).ToList();

    void BindLeaders(IEnumerable<Leader> leaders)
    {
        var members = new MemberDirectory(_store, TimeProvider.System);
        foreach (var leader in leaders)
        {
            var bound = members.Redeem(leader.Code, "wecom", leader.WeComUser).Result;
            if (bound != RedeemResult.Bound) throw new InvalidOperationException($"Could not bind leader {leader.Member.Id}: {bound}.");
        }
    }

    string SlotName(BotSlot slot) => "bot" + Array.IndexOf(_slots, slot);

    /// <summary>The process (by its connection's application name) holding an elected role's session lock now, or null.</summary>
    string? Holding(string role)
    {
        using var connection = new Npgsql.NpgsqlConnection(_database.ConnectionString);
        connection.Open();
        // A bigint advisory key shows in pg_locks as its high (classid) and low (objid) halves.
        using var command = new Npgsql.NpgsqlCommand("""
            SELECT a.application_name FROM pg_locks l JOIN pg_stat_activity a ON a.pid = l.pid
            WHERE l.locktype = 'advisory' AND l.granted AND l.objsubid = 1
              AND ((l.classid::bigint << 32) | l.objid::bigint) = hashtextextended('lead:' || $1, 0)
            """, connection);
        command.Parameters.AddWithValue(role);
        return command.ExecuteScalar() as string;
    }

    int FromMember(Examiner e) => _store.Read(() => new ChannelStore(_store).WebMessages.Find(m => m.ChatId == e.WebChat).Count(m => m.FromMember));

    /// <summary>A message repeated right after itself is one message sent twice (a send cut off by a kill).</summary>
    static List<string> Once(List<string> received) => received.Where((text, i) => i == 0 || text != received[i - 1]).ToList();

    static async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan within)
    {
        var deadline = Stopwatch.StartNew();
        while (!condition())
        {
            if (deadline.Elapsed > within) throw new TimeoutException($"Waited {within.TotalSeconds} s in vain for {what}.");
            await Task.Delay(25);
        }
    }

    async Task SignInAsync(Examiner e, BotSlot slot)
    {
        // One browser: its cookies hold for every process (cookies are per host, not port; the keys are in the database).
        e.Browser = new HttpClient(new HttpClientHandler { AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer() })
        {
            Timeout = TimeSpan.FromSeconds(100), // only a dead process cuts a post off, never a slow one
        };
        var form = await e.Browser.GetStringAsync(slot.Url + "/chat");
        var signIn = await e.Browser.PostAsync(slot.Url + "/chat?handler=SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["code"] = e.Code!, ["__RequestVerificationToken"] = WebChatApp.Token(form),
        }));
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        e.Token = WebChatApp.Token(await e.Browser.GetStringAsync(_slots[(Array.IndexOf(_slots, slot) + 1) % _slots.Length].Url + "/chat"));
    }

    /// <summary>One village per examiner; WeCom and Telegram examiners bound to their accounts, browser ones with a code.</summary>
    (List<Examiner>, List<Leader>) Seed()
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
        var examiners = new List<Examiner>();
        for (var i = 0; i < Examiners; i++)
        {
            var way = i % 4 == 1 && examiners.Count(x => x.Way == Way.Telegram) < Crowd.Telegram ? Way.Telegram
                : i % 4 == 3 && examiners.Count(x => x.Way == Way.Browser) < Crowd.Browser ? Way.Browser
                : examiners.Count(x => x.Way == Way.WeCom) < Crowd.WeCom ? Way.WeCom
                : examiners.Count(x => x.Way == Way.Telegram) < Crowd.Telegram ? Way.Telegram : Way.Browser;
            var member = members.Add("考核员" + i.ToString("D3", CultureInfo.InvariantCulture), [Role.Examiner]);
            var code = members.CreateInvite(member.Id).Code;
            var examiner = new Examiner(i, way, names[i], member, way == Way.Browser ? code : null);
            var bound = way switch
            {
                Way.WeCom => members.Redeem(code, "wecom", examiner.WeComUser).Result,
                Way.Telegram => members.Redeem(code, "telegram", examiner.TelegramUser.Id.ToString(CultureInfo.InvariantCulture)).Result,
                _ => RedeemResult.Bound,
            };
            if (bound != RedeemResult.Bound) throw new InvalidOperationException($"Could not bind examiner {i} to a {way} account.");
            examiners.Add(examiner);
        }
        // Two leaders, owed a reminder every morning until the ratings are due; bound to their accounts only mid-test.
        var leaders = Enumerable.Range(0, 2).Select(i =>
        {
            var member = members.Add("领导" + i.ToString(CultureInfo.InvariantCulture), [Role.Leader]);
            return new Leader(member, members.CreateInvite(member.Id).Code);
        }).ToList();
        var today = DateOnly.FromDateTime(TimeZoneInfo.ConvertTime(DateTimeOffset.UtcNow, TimeZoneInfo.FindSystemTimeZoneById(Afternoon)).DateTime);
        new ReminderSettings(store, time).SetDueBy(new Actor(0, "test", "test"), store.ActivePeriod().Id, today.AddDays(7));
        return (examiners, leaders);
    }

    static async Task WaitUpAsync(BotSlot slot)
    {
        await slot.Process!.WaitHealthyAsync(slot.Url, TimeSpan.FromSeconds(120));
        slot.Up = true;
    }

    static int WebBotPort() => Hosting.WebBotApp.FreePort();

    public async Task DisposeAsync()
    {
        foreach (var slot in _slots) slot?.Process?.Dispose();
        _store?.Dispose();
        await _api.DisposeAsync();
        await _telegram.DisposeAsync();
        _database.Dispose();
        try { Directory.Delete(_folder, recursive: true); } catch (IOException) { }
    }
}
