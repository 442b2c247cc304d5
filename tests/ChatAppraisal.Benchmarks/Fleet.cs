using System.Collections.Concurrent;
using System.Diagnostics;
using System.Globalization;
using System.Text.RegularExpressions;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Processes;
using ChatAppraisal.Tests.WeCom;
using ChatAppraisal.Towns;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// The bot as its own process (ChatAppraisal.Bot.dll as built beside the benchmarks, Release, server GC as shipped), for the
/// benchmarks of several processes: started with settings in environment variables, up when /healthz answers, its CPU time
/// and peak working set read from /proc, killed at the end.
/// </summary>
sealed class BenchBot : IDisposable
{
    readonly BotProcess _process;

    BenchBot(BotProcess process, string url)
    {
        _process = process;
        Url = url;
    }

    public string Url { get; }
    public int Pid => _process.Id;

    public static async Task<BenchBot> StartAsync(string folder, IReadOnlyDictionary<string, string> settings)
    {
        Directory.CreateDirectory(folder);
        var url = $"http://127.0.0.1:{WebBotApp.FreePort()}";
        var environment = new Dictionary<string, string>
        {
            ["Admin__Urls"] = url,
            ["Admin__ApiKey"] = "bench-" + Guid.NewGuid().ToString("N"),
            ["Storage__Path"] = Path.Combine(folder, "appraisal.db"),
            ["Logging__LogLevel__Default"] = "Warning",
        };
        foreach (var (key, value) in settings) environment[key] = value;
        var process = BotProcess.Start(BotProcess.BesideThisProgram, environment);
        var bot = new BenchBot(process, url);
        try
        {
            await process.WaitHealthyAsync(url, TimeSpan.FromSeconds(180));
        }
        catch
        {
            bot.Dispose();
            throw;
        }
        return bot;
    }

    /// <summary>User and system CPU time so far.</summary>
    public TimeSpan Cpu => Fleet.CpuOf(_process.Id);

    /// <summary>The peak working set (VmHWM).</summary>
    public long PeakBytes => Fleet.Status(_process.Id, "VmHWM");

    public void Dispose() => _process.Dispose();
}

/// <summary>What the benchmarks of several processes share: seeding a database, CPU accounting, percentiles.</summary>
static class Fleet
{
    /// <summary>WeCom's settings for a bot process, as environment variables.</summary>
    public static Dictionary<string, string> WeComSettings(WeComApiDouble api) =>
        api.BotSettings().ToDictionary(s => s.Key.Replace(":", "__", StringComparison.Ordinal), s => s.Value!);

    public static Dictionary<string, string> Postgres(string connectionString, Dictionary<string, string> settings) =>
        new(settings) { ["Storage__Provider"] = "postgres", ["Storage__ConnectionString"] = connectionString };

    /// <summary>
    /// Towns 1..<paramref name="towns"/> (1 is the default town), each with a period of the shipped rubric, its villages
    /// (<c>T{town}村{n}</c>) and members; returns the invite codes of <paramref name="examinersPerTown"/> examiners per town
    /// of the first <paramref name="examinerTowns"/> towns, with their town's village names.
    /// </summary>
    public static List<(int Town, MemberDoc Member, string Code, IReadOnlyList<string> Villages)> Seed(AppraisalStore store, int towns, int villagesPerTown,
        int membersPerTown, int examinerTowns, int examinersPerTown)
    {
        new DatabaseSetup(store, new Periods(store), TimeProvider.System).EnsureInitialized("2017年度");
        var members = new MemberDirectory(store, TimeProvider.System);
        var examiners = new List<(int, MemberDoc, string, IReadOnlyList<string>)>();
        for (var t = 1; t <= towns; t++)
        {
            var town = t;
            if (town > 1)
            {
                store.Write(() => store.Towns.Towns.Upsert(new TownDoc { Id = town, Name = $"第{town}镇", CreatedAt = DateTime.UtcNow }));
            }
            using var _ = TownScope.Enter(town);
            if (town > 1) DatabaseSetup.CreatePeriod(store, "2017年度", TimeProvider.System);
            var villages = Enumerable.Range(1, villagesPerTown).Select(v => new VillageDoc { Name = $"T{town}村{v:D3}", CreatedAt = DateTime.UtcNow }).ToList();
            store.Write(() => store.Setup.Villages.InsertBulk(villages));
            var names = villages.Select(v => v.Name).ToList();
            var examining = town <= examinerTowns ? examinersPerTown : 0;
            var rest = Enumerable.Range(examining, Math.Max(0, membersPerTown - examining))
                .Select(m => new MemberDoc { Name = $"成员{town}-{m}", Roles = [Role.Examiner], CreatedAt = DateTime.UtcNow }).ToList();
            if (rest.Count > 0) store.Write(() => store.Roster.Members.InsertBulk(rest));
            for (var e = 0; e < examining; e++)
            {
                var member = members.Add($"考核员{town}-{e}", [Role.Examiner]);
                examiners.Add((town, member, members.CreateInvite(member.Id).Code, names));
            }
        }
        return examiners;
    }

    /// <summary>Binds each examiner's invite to a WeCom account (as /start CODE in the app would).</summary>
    public static List<WeComExaminer> BindWeCom(AppraisalStore store, IEnumerable<(int Town, MemberDoc Member, string Code, IReadOnlyList<string> Villages)> examiners, string prefix)
    {
        var members = new MemberDirectory(store, TimeProvider.System);
        var bound = new List<WeComExaminer>();
        foreach (var (town, member, code, villages) in examiners)
        {
            using var _ = TownScope.Enter(town);
            var user = $"{prefix}{bound.Count:D4}";
            if (members.Redeem(code, "wecom", user).Result != RedeemResult.Bound) throw new InvalidOperationException($"Could not bind {user}.");
            bound.Add(new WeComExaminer(user, villages, bound.Count));
        }
        return bound;
    }

    public static TimeSpan CpuOf(int pid)
    {
        try
        {
            // /proc/<pid>/stat: fields 14 and 15 (utime, stime) in clock ticks of 1/100 s, after the command in parentheses.
            var stat = File.ReadAllText($"/proc/{pid}/stat");
            var fields = stat[(stat.LastIndexOf(')') + 2)..].Split(' ');
            return TimeSpan.FromMilliseconds((long.Parse(fields[11], CultureInfo.InvariantCulture) + long.Parse(fields[12], CultureInfo.InvariantCulture)) * 10);
        }
        catch (IOException)
        {
            return TimeSpan.Zero;
        }
    }

    /// <summary>The CPU time of the PostgreSQL server's processes (every process named postgres on this machine).</summary>
    public static TimeSpan PostgresCpu()
    {
        var total = TimeSpan.Zero;
        foreach (var dir in Directory.EnumerateDirectories("/proc"))
        {
            var name = Path.GetFileName(dir);
            if (!int.TryParse(name, out var pid)) continue;
            try
            {
                if (File.ReadAllText(Path.Combine(dir, "comm")).Trim() == "postgres") total += CpuOf(pid);
            }
            catch (IOException)
            {
            }
            catch (UnauthorizedAccessException)
            {
            }
        }
        return total;
    }

    /// <summary>A line of /proc/{pid}/status in bytes (VmRSS: working set now; VmHWM: its peak).</summary>
    public static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0], CultureInfo.InvariantCulture) * 1024;
    }

    /// <summary>Nearest-rank percentile of milliseconds.</summary>
    public static double Percentile(IReadOnlyList<double> values, double p)
    {
        if (values.Count == 0) return double.NaN;
        var sorted = values.Order().ToList();
        return sorted[Math.Clamp((int)Math.Ceiling(p / 100 * sorted.Count) - 1, 0, sorted.Count - 1)];
    }

    public static string Mb(long bytes) => $"{bytes / 1024.0 / 1024:0} MB";

    public static string LoadAverage() =>
        File.Exists("/proc/loadavg") ? string.Join(" ", File.ReadAllText("/proc/loadavg").Split(' ').Take(3)) : "unknown";
}

/// <summary>
/// A WeCom member scoring at a person's pace: <c>/score VILLAGE</c>, the category's number, then 0 for every item until the
/// review, then the next village; each message posted as WeCom's callback (to one of the given processes at random) and
/// timed from the post to the double's receipt of the next message to the member.
/// </summary>
sealed partial class WeComExaminer(string user, IReadOnlyList<string> villages, int index)
{
    public string User { get; } = user;
    int _village = index % villages.Count;
    // Kept from phase to phase: a member goes on where they were.
    string? _next;

    /// <summary>Runs until <paramref name="until"/>; adds each reply's wait (ms) to <paramref name="latencies"/>.</summary>
    public async Task RunAsync(WeComApiDouble api, Func<string> process, (int Min, int Max) pauseMs, int category, CancellationToken until,
        ConcurrentBag<double> latencies, Action<bool> answered)
    {
        var next = _next ?? $"/score {villages[_village]}";
        while (!until.IsCancellationRequested)
        {
            try
            {
                await Task.Delay(Random.Shared.Next(pauseMs.Min, pauseMs.Max), until);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            var before = api.MessagesTo(User).Count;
            var (query, body) = api.SealedText(User, next);
            var clock = Stopwatch.StartNew();
            var posted = DateTimeOffset.UtcNow;
            WeComCallbackResult result;
            try
            {
                result = await api.PostRawToAsync(process() + "/wecom/callback", query, body);
            }
            catch (Exception e) when (e is HttpRequestException or TaskCanceledException)
            {
                continue; // not acknowledged within the double's 30 s: WeCom would post it again (a new message here)
            }
            if (!result.Acknowledged) continue;
            answered(next == "0");
            while (api.MessagesTo(User).Count <= before)
            {
                if (clock.Elapsed > TimeSpan.FromSeconds(60)) throw new TimeoutException($"{User} got no reply to '{next}'");
                await Task.Delay(5, CancellationToken.None);
            }
            var reply = api.MessagesTo(User)[before];
            latencies.Add((reply.SentAt - posted).TotalMilliseconds);
            next = next.StartsWith("/score", StringComparison.Ordinal) ? category.ToString(CultureInfo.InvariantCulture)
                : reply.Reads.Contains("请核对", StringComparison.Ordinal) || !Prompt().IsMatch(reply.Reads) ? $"/score {villages[_village = (_village + 1) % villages.Count]}"
                : "0";
            _next = next;
        }
    }

    /// <summary>An item prompt: "党建工作 3/17 · …".</summary>
    [GeneratedRegex(@" \d+/\d+ · ")]
    private static partial Regex Prompt();
}
