using System.Collections.Concurrent;
using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using System.Text.RegularExpressions;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;
using ChatAppraisal.Tests.WeCom;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmarks 8 and 9 (issue 30): bot processes as released (ChatAppraisal.Bot.dll, Release) on one PostgreSQL database
/// against one process on a LiteDB file, all started at once and measured in turn, phase after phase (LiteDB, 1, 2 and 3
/// PostgreSQL processes, then again), so that the machine's other load falls on every configuration alike.
/// <list type="bullet">
/// <item>8, answers/s: browser-chat examiners (each from an address of its own) type as fast as the bot takes their posts
/// (a post returns once its update is applied): <c>/score VILLAGE</c>, <c>1</c> (党建工作), 17 answers, next village. The
/// browser chat has no per-chat send limit, so the figure is the bot's, not a platform's; WeCom allows a member 30 messages
/// a minute and Telegram one a second per chat, which would measure the crowd's size instead. Where the cores went:
/// CPU time of each bot process, of the PostgreSQL server and of this process (the examiners and the doubles).</item>
/// <item>9, p95 reply latency with 3 processes: WeCom members at a person's pace (a message every 2–4 s), their callbacks
/// spread over the three processes, timed from the callback's post to the WeCom double's receipt of the reply; the same
/// crowd against the one LiteDB process beside it.</item>
/// </list>
/// </summary>
static partial class ProcessesBenchmark
{
    const int Browsers = 12, VillagesEach = 60, WeComMembers = 60;

    /// <param name="Sticky">Each browser's posts all go to one process (nginx hashing the session cookie), not to each in turn.</param>
    sealed record Config(string Name, IReadOnlyList<BenchBot> Bots, bool Sticky = false);

    public static IReadOnlyList<string> Run(TextWriter output, TimeSpan phase, int rounds) => RunAsync(output, phase, rounds).GetAwaiter().GetResult();

    static async Task<IReadOnlyList<string>> RunAsync(TextWriter output, TimeSpan phase, int rounds)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-bench", Guid.NewGuid().ToString("N"));
        using var database = new TestPostgres();
        await using var api = await WeComApiDouble.StartAsync();
        var bots = new List<BenchBot>();
        try
        {
            // The same people and villages in both databases; WeCom users named by database (the double keeps one inbox each).
            List<WeComExaminer> liteMembers, postgresMembers;
            List<(string Code, IReadOnlyList<string> Villages)> liteBrowsers, postgresBrowsers;
            using (var lite = new AppraisalStore(Path.Combine(folder, "lite", "appraisal.db")))
                (liteBrowsers, liteMembers) = SeedOne(lite, "L");
            using (var postgres = StorageProviders.OpenPostgres(database.ConnectionString))
                (postgresBrowsers, postgresMembers) = SeedOne(postgres, "P");

            var settings = Fleet.WeComSettings(api);
            var started = Stopwatch.StartNew();
            var starting = new List<Task<BenchBot>> { BenchBot.StartAsync(Path.Combine(folder, "lite"), settings) };
            for (var i = 0; i < 3; i++) starting.Add(BenchBot.StartAsync(Path.Combine(folder, "pg" + i), Fleet.Postgres(database.ConnectionString, settings)));
            bots.AddRange(await Task.WhenAll(starting));
            output.WriteLine($"ProcessesBenchmark: 1 LiteDB + 3 PostgreSQL bot processes up in {started.Elapsed.TotalSeconds:0.0} s; load average {Fleet.LoadAverage()}");
            var configs = new[]
            {
                new Config("LiteDB, 1 process", [bots[0]]), new Config("PostgreSQL, 1 process", [bots[1]]),
                new Config("PostgreSQL, 2 processes", [bots[1], bots[2]]), new Config("PostgreSQL, 3 processes", bots[1..4]),
                new Config("PostgreSQL, 2, a chat on one", [bots[1], bots[2]], Sticky: true), new Config("PostgreSQL, 3, a chat on one", bots[1..4], Sticky: true),
            };

            // Figure 8: answers/s.
            var liteBrowser = await SignInAsync(liteBrowsers, [bots[0]], 2);
            var postgresBrowser = await SignInAsync(postgresBrowsers, bots[1..4], 2 + Browsers);
            var answers = configs.ToDictionary(c => c.Name, _ => new List<double>());
            var cores = configs.ToDictionary(c => c.Name, _ => new List<string>());
            foreach (var warmUp in configs) await BrowsePhaseAsync(warmUp, warmUp == configs[0] ? liteBrowser : postgresBrowser, TimeSpan.FromSeconds(2), bots, database.ConnectionString);
            for (var round = 0; round < rounds; round++)
            {
                foreach (var config in configs)
                {
                    var (perSecond, where) = await BrowsePhaseAsync(config, config == configs[0] ? liteBrowser : postgresBrowser, phase, bots, database.ConnectionString);
                    answers[config.Name].Add(perSecond);
                    cores[config.Name].Add(where);
                    output.WriteLine($"  round {round + 1}, {config.Name,-24} {perSecond,6:0.0} answers/s; cores: {where}");
                }
            }
            var summary = new List<string>();
            var baseline = Median(answers[configs[0].Name]);
            output.WriteLine($"ProcessesBenchmark, figure 8 ({Browsers} browser examiners, {rounds} × {phase.TotalSeconds:0} s per configuration, median):");
            foreach (var config in configs)
            {
                var median = Median(answers[config.Name]);
                var line = $"{config.Name}: {median:0.0} answers/s = {median / baseline:0.00} × LiteDB's one process" +
                           (config == configs[1] ? "" : config.Bots.Count > 1 ? $", {median / Median(answers[configs[1].Name]):0.00} × one PostgreSQL process" : "");
                output.WriteLine("  " + line);
                summary.Add("ProcessesBenchmark (answers/s) " + line);
            }

            // Figure 9: a person's wait for the reply with 3 processes, and with the LiteDB one beside it.
            var latencies = new Dictionary<string, ConcurrentBag<double>> { [configs[0].Name] = [], [configs[3].Name] = [] };
            for (var round = 0; round < rounds; round++)
            {
                foreach (var (config, members) in new[] { (configs[3], postgresMembers), (configs[0], liteMembers) })
                {
                    var load = await WeComPhaseAsync(api, config, members, phase * 2, latencies[config.Name]);
                    output.WriteLine($"  round {round + 1}, {config.Name,-24} {load}");
                }
            }
            output.WriteLine($"ProcessesBenchmark, figure 9 ({WeComMembers} WeCom members, a message every 2–4 s each):");
            foreach (var (name, values) in latencies)
            {
                var list = values.ToList();
                var line = $"{name}: reply p50 {Fleet.Percentile(list, 50):0} ms, p95 {Fleet.Percentile(list, 95):0} ms, max {list.DefaultIfEmpty().Max():0} ms (n = {list.Count})";
                output.WriteLine("  " + line);
                summary.Add("ProcessesBenchmark (latency) " + line);
            }
            output.WriteLine($"  peak working set: {string.Join(", ", bots.Select((b, i) => $"{(i == 0 ? "LiteDB" : "pg" + i)} {Fleet.Mb(b.PeakBytes)}"))}; load average {Fleet.LoadAverage()}");
            return summary;
        }
        finally
        {
            foreach (var bot in bots) bot.Dispose();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    static (List<(string Code, IReadOnlyList<string> Villages)>, List<WeComExaminer>) SeedOne(AppraisalStore store, string prefix)
    {
        var seeded = Fleet.Seed(store, towns: 1, villagesPerTown: Browsers * VillagesEach + WeComMembers * 2, membersPerTown: 0, examinerTowns: 1,
            examinersPerTown: Browsers + WeComMembers);
        var names = seeded[0].Villages;
        var browsers = seeded.Take(Browsers).Select((e, i) => (e.Code, (IReadOnlyList<string>)names.Skip(i * VillagesEach).Take(VillagesEach).ToList())).ToList();
        var members = Fleet.BindWeCom(store, seeded.Skip(Browsers).Select((e, i) =>
            (e.Town, e.Member, e.Code, (IReadOnlyList<string>)names.Skip(Browsers * VillagesEach + i * 2).Take(2).ToList())), prefix);
        return (browsers, members);
    }

    sealed class Browser(HttpClient http, string token, IReadOnlyList<string> villages)
    {
        public HttpClient Http { get; } = http;
        public string Token { get; } = token;
        public IReadOnlyList<string> Villages { get; } = villages;
        public int Village;
        public int Step;
    }

    /// <summary>Each browser signs in through one of the processes, from an address of its own (a process lets an address try 10 codes a minute).</summary>
    static async Task<List<Browser>> SignInAsync(List<(string Code, IReadOnlyList<string> Villages)> people, IReadOnlyList<BenchBot> bots, int firstAddress)
    {
        var browsers = new List<Browser>();
        for (var i = 0; i < people.Count; i++)
        {
            var address = IPAddress.Parse($"127.0.0.{firstAddress + i}");
            var handler = new SocketsHttpHandler
            {
                AllowAutoRedirect = false, UseCookies = true, CookieContainer = new CookieContainer(),
                ConnectCallback = async (context, cancel) =>
                {
                    var socket = new Socket(SocketType.Stream, ProtocolType.Tcp) { NoDelay = true };
                    socket.Bind(new IPEndPoint(address, 0));
                    await socket.ConnectAsync(context.DnsEndPoint, cancel);
                    return new NetworkStream(socket, ownsSocket: true);
                },
            };
            var http = new HttpClient(handler) { Timeout = TimeSpan.FromSeconds(60) };
            var bot = bots[i % bots.Count];
            var form = await http.GetStringAsync(bot.Url + "/chat");
            var signIn = await http.PostAsync(bot.Url + "/chat?handler=SignIn", new FormUrlEncodedContent(new Dictionary<string, string>
            {
                ["code"] = people[i].Code, ["__RequestVerificationToken"] = Token(form),
            }));
            if (signIn.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"Sign-in refused: {signIn.StatusCode}");
            browsers.Add(new Browser(http, Token(await http.GetStringAsync(bot.Url + "/chat")), people[i].Villages));
        }
        return browsers;
    }

    static string Token(string html) =>
        TokenField().Match(html) is { Success: true } m ? WebUtility.HtmlDecode(m.Groups[1].Value) : throw new InvalidOperationException("No anti-forgery token.");

    [GeneratedRegex("name=\"__RequestVerificationToken\" type=\"hidden\" value=\"([^\"]+)\"")]
    private static partial Regex TokenField();

    /// <summary>
    /// Every browser posts its next message as soon as the last one was taken, to the configuration's processes in turn (a
    /// chat's replies then come from every process, each waiting for the one before it to be crossed off), or, sticky, always
    /// to the same one.
    /// </summary>
    static async Task<(double AnswersPerSecond, string Cores)> BrowsePhaseAsync(Config config, List<Browser> browsers, TimeSpan length, IReadOnlyList<BenchBot> all, string postgres)
    {
        // The last phase's replies delivered first: a backlog left by one configuration would be the next one's work.
        await Task.Delay(500);
        await DrainedAsync(postgres);
        var answers = 0;
        var cpu = all.Select(b => b.Cpu).ToList();
        var server = Fleet.PostgresCpu();
        var self = Process.GetCurrentProcess().TotalProcessorTime;
        var clock = Stopwatch.StartNew();
        using var stop = new CancellationTokenSource(length);
        await Task.WhenAll(browsers.Select((b, i) => Task.Run(async () =>
        {
            var turn = i;
            while (!stop.IsCancellationRequested)
            {
                var text = b.Step switch { 0 => "/score " + b.Villages[b.Village], 1 => "1", _ => "0" };
                var bot = config.Bots[(config.Sticky ? i : turn++) % config.Bots.Count];
                using var response = await b.Http.PostAsync(bot.Url + "/chat?handler=Send", new FormUrlEncodedContent(new Dictionary<string, string>
                {
                    ["message"] = text, ["__RequestVerificationToken"] = b.Token,
                }));
                if (response.StatusCode != HttpStatusCode.Redirect) throw new InvalidOperationException($"The browser chat refused '{text}': {response.StatusCode}");
                if (b.Step >= 2) Interlocked.Increment(ref answers);
                // 党建工作 has 17 items: after the 17th answer, the next village.
                if (++b.Step == 19)
                {
                    b.Step = 0;
                    b.Village = (b.Village + 1) % b.Villages.Count;
                }
            }
        })));
        var seconds = clock.Elapsed.TotalSeconds;
        string Share(TimeSpan used) => $"{used.TotalSeconds / seconds / Environment.ProcessorCount:P0}";
        var bots = all.Select((b, i) => (Name: i == 0 ? "LiteDB" : "pg" + i, Used: b.Cpu - cpu[i])).Where(b => b.Used > TimeSpan.FromMilliseconds(seconds * 20)).ToList();
        var cores = string.Join(", ", bots.Select(b => $"{b.Name} {Share(b.Used)}")) +
                    $", PostgreSQL {Share(Fleet.PostgresCpu() - server)}, examiners+doubles {Share(Process.GetCurrentProcess().TotalProcessorTime - self)} of {Environment.ProcessorCount} cores";
        return (answers / seconds, cores);
    }

    static async Task<string> WeComPhaseAsync(WeComApiDouble api, Config config, List<WeComExaminer> members, TimeSpan length, ConcurrentBag<double> latencies)
    {
        var answered = 0;
        using var stop = new CancellationTokenSource(length);
        var clock = Stopwatch.StartNew();
        await Task.WhenAll(members.Select(m => Task.Run(() => m.RunAsync(api, () => config.Bots[Random.Shared.Next(config.Bots.Count)].Url, (2000, 4000), 1,
            stop.Token, latencies, _ => Interlocked.Increment(ref answered)))));
        return $"{answered / clock.Elapsed.TotalSeconds:0.0} messages/s at a person's pace";
    }

    /// <summary>Waits (at most 30 s) until no reply waits in the PostgreSQL processes' shared outbox.</summary>
    static async Task DrainedAsync(string connectionString)
    {
        await using var connection = new Npgsql.NpgsqlConnection(connectionString);
        await connection.OpenAsync();
        await using var count = new Npgsql.NpgsqlCommand($"SELECT count(*) FROM {ChatAppraisal.Channels.Outbox.OutboxDoc.Collection}", connection);
        for (var waited = Stopwatch.StartNew(); waited.Elapsed < TimeSpan.FromSeconds(30); await Task.Delay(100))
            if ((long)(await count.ExecuteScalarAsync())! == 0) return;
    }

    static double Median(List<double> values) => Fleet.Percentile(values, 50);
}
