using System.Diagnostics;
using ChatAppraisal.Tests.Hosting;
using ChatAppraisal.Tests.Processes;
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
        var url = $"http://127.0.0.1:{WebBotApp.FreePort()}";
        var key = "bench-" + Guid.NewGuid().ToString("N");
        var polls = api.RequestsFor("getUpdates").Count;
        using var bot = BotProcess.Start(BotProcess.BesideThisProgram, new Dictionary<string, string>
        {
            ["DOTNET_gcServer"] = serverGc ? "1" : "0",
            ["Storage__Path"] = databasePath,
            ["Admin__Urls"] = url,
            ["Admin__ApiKey"] = key,
            ["Telegram__BotToken"] = api.Token,
            ["Telegram__ApiBaseUrl"] = api.BaseUrl,
            ["Logging__LogLevel__Default"] = "Warning",
        });
        // Up once it answers /healthz and has polled the Bot API: idle, as an office leaves it.
        await bot.WaitUntilAsync(async () => await BotProcess.IsHealthyAsync(url) && api.RequestsFor("getUpdates").Count > polls,
            "/healthz and a getUpdates", TimeSpan.FromSeconds(90));
        await Task.Delay(500);
        var idle = Fleet.Status(bot.Id, "VmRSS");
        using var http = new HttpClient { BaseAddress = new Uri(url), Timeout = TimeSpan.FromMinutes(10) };
        http.DefaultRequestHeaders.Add("X-Api-Key", key);
        var work = new List<string>();
        foreach (var path in new[] { "/api/ranking", "/api/ranking.png", "/api/export.xlsx" })
        {
            var watch = Stopwatch.StartNew();
            var body = await http.GetByteArrayAsync(path);
            work.Add($"{path} ({Mb(body.Length)}, {watch.Elapsed.TotalSeconds:0.0} s, peak so far {Mb(Fleet.Status(bot.Id, "VmHWM"))})");
        }
        var peak = Fleet.Status(bot.Id, "VmHWM");
        await bot.KillAsync();
        return new Footprint(idle, peak, string.Join(", ", work));
    }

    static string Mb(long bytes) => $"{bytes / 1024.0 / 1024:0.0} MB";
}
