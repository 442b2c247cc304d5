using System.Diagnostics;
using System.Net;
using System.Net.Sockets;
using ChatAppraisal.Tests.Telegram;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmark 5: the memory of the bot holding the data set. The bot process as built (ChatAppraisal.Bot.dll, its own
/// runtime settings: server GC) starts over a database of <c>n</c> villages × 117 items × 15 leaders, connected to a
/// Bot API double as on Telegram; then the admin API does the work of /ranking and /export (the ranking, its chart,
/// the score-sheet workbook). Read from /proc: the working set idle, and its peak (VmHWM) after the work, as a ratio
/// to the database file and to the raw data (the stored decimals at 16 bytes each). Once more with workstation GC.
/// </summary>
static class MemoryFootprint
{
    /// <param name="workstationGcToo">Also once with workstation GC (the full run; the quick one has no time for it).</param>
    public static IReadOnlyList<string> Run(TextWriter output, int villages, bool workstationGcToo) =>
        RunAsync(output, villages, workstationGcToo).GetAwaiter().GetResult();

    static async Task<IReadOnlyList<string>> RunAsync(TextWriter output, int villages, bool workstationGcToo)
    {
        var setup = Stopwatch.StartNew();
        using var db = BenchmarkDatabase.Create(villages, StandingsBenchmarks.Leaders);
        db.Close();
        var fileBytes = Directory.GetFiles(db.Folder, "appraisal*.db").Sum(f => new FileInfo(f).Length);
        var rawBytes = db.Decimals * sizeof(decimal);
        output.WriteLine($"MemoryFootprint (Villages={villages}): {db.Decimals:N0} decimals stored ({Mb(rawBytes)} raw), " +
                         $"database file {Mb(fileBytes)}; set up in {setup.Elapsed.TotalSeconds:0.0} s");
        await using var api = await BotApiDouble.StartAsync();
        var summary = new List<string>();
        foreach (var (label, serverGc) in new[] { ("server GC (as shipped)", true), ("workstation GC", false) }.Take(workstationGcToo ? 2 : 1))
        {
            var run = await MeasureAsync(db.Path, api, serverGc);
            output.WriteLine($"  {label,-24} idle {Mb(run.IdleBytes)}, peak {Mb(run.PeakBytes)} after {run.Work}");
            var ratio = $"peak working set {Mb(run.PeakBytes)} = {(double)run.PeakBytes / fileBytes:0.0} × the database file, " +
                        $"{(double)run.PeakBytes / rawBytes:0} × the raw decimals (idle {Mb(run.IdleBytes)})";
            output.WriteLine($"  {"",-24} {ratio}");
            summary.Add($"MemoryFootprint (Villages={villages}, {label}): {ratio}");
        }
        return summary;
    }

    sealed record Footprint(long IdleBytes, long PeakBytes, string Work);

    static async Task<Footprint> MeasureAsync(string databasePath, BotApiDouble api, bool serverGc)
    {
        var port = FreePort();
        var key = "bench-" + Guid.NewGuid().ToString("N");
        var start = new ProcessStartInfo("dotnet", [Path.Combine(AppContext.BaseDirectory, "ChatAppraisal.Bot.dll")])
        {
            WorkingDirectory = AppContext.BaseDirectory,
            UseShellExecute = false,
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        start.Environment["ASPNETCORE_ENVIRONMENT"] = "Production";
        start.Environment["DOTNET_gcServer"] = serverGc ? "1" : "0";
        start.Environment["Storage__Path"] = databasePath;
        start.Environment["Admin__Urls"] = $"http://127.0.0.1:{port}";
        start.Environment["Admin__ApiKey"] = key;
        start.Environment["Telegram__BotToken"] = api.Token;
        start.Environment["Telegram__ApiBaseUrl"] = api.BaseUrl;
        start.Environment["Logging__LogLevel__Default"] = "Warning";
        using var bot = Process.Start(start) ?? throw new InvalidOperationException("Could not start the bot.");
        var log = new System.Collections.Concurrent.ConcurrentQueue<string>();
        bot.OutputDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        bot.ErrorDataReceived += (_, e) => { if (e.Data is not null) log.Enqueue(e.Data); };
        bot.BeginOutputReadLine();
        bot.BeginErrorReadLine();
        try
        {
            using var http = new HttpClient { BaseAddress = new Uri($"http://127.0.0.1:{port}"), Timeout = TimeSpan.FromMinutes(10) };
            http.DefaultRequestHeaders.Add("X-Api-Key", key);
            var polls = api.RequestsFor("getUpdates").Count;
            var deadline = Stopwatch.StartNew();
            while (!await HealthyAsync(http) || api.RequestsFor("getUpdates").Count == polls)
            {
                if (bot.HasExited || deadline.Elapsed > TimeSpan.FromSeconds(90))
                    throw new InvalidOperationException("The bot did not start:\n" + string.Join("\n", log));
                await Task.Delay(100);
            }
            await Task.Delay(500);
            var idle = Status(bot.Id, "VmRSS");
            var work = new List<string>();
            foreach (var path in new[] { "/api/ranking", "/api/ranking.png", "/api/export.xlsx" })
            {
                var watch = Stopwatch.StartNew();
                var body = await http.GetByteArrayAsync(path);
                work.Add($"{path} ({Mb(body.Length)}, {watch.Elapsed.TotalSeconds:0.0} s, peak so far {Mb(Status(bot.Id, "VmHWM"))})");
            }
            return new Footprint(idle, Status(bot.Id, "VmHWM"), string.Join(", ", work));
        }
        finally
        {
            bot.Kill(entireProcessTree: true);
            await bot.WaitForExitAsync();
        }
    }

    static async Task<bool> HealthyAsync(HttpClient http)
    {
        try
        {
            return (await http.GetAsync("/healthz")).IsSuccessStatusCode;
        }
        catch (HttpRequestException)
        {
            return false;
        }
    }

    /// <summary>A line of /proc/{pid}/status in bytes (VmRSS: working set now; VmHWM: its peak).</summary>
    static long Status(int pid, string field)
    {
        var line = File.ReadLines($"/proc/{pid}/status").Single(l => l.StartsWith(field + ":", StringComparison.Ordinal));
        return long.Parse(line[(field.Length + 1)..].Trim().Split(' ')[0]) * 1024;
    }

    static int FreePort()
    {
        using var listener = new TcpListener(IPAddress.Loopback, 0);
        listener.Start();
        return ((IPEndPoint)listener.LocalEndpoint).Port;
    }

    static string Mb(long bytes) => $"{bytes / 1024.0 / 1024:0.0} MB";
}
