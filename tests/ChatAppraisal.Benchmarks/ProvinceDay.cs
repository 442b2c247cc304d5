using System.Collections.Concurrent;
using System.Diagnostics;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Postgres;
using ChatAppraisal.Tests.WeCom;
using Npgsql;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmark 10 (issue 30), a simulated province day: one PostgreSQL database holding 1,500 towns × 8 villages and 30,000
/// members (20 a town, each town its own period of the shipped rubric), three bot processes on it behind the WeCom double,
/// and examiners of many towns scoring at a compressed pace (a message every 2–4 s each, where a person takes tens of
/// seconds): a day's answers in minutes. Reported: answers/s, the reply's p50/p95, the database's size before and after, the
/// slowest statements (pg_stat_statements, when the server loads it), and each process's peak working set.
/// </summary>
static class ProvinceDay
{
    public static IReadOnlyList<string> Run(TextWriter output, int towns, int examiners, TimeSpan length) =>
        RunAsync(output, towns, examiners, length).GetAwaiter().GetResult();

    const int VillagesPerTown = 8, MembersPerTown = 20;

    static async Task<IReadOnlyList<string>> RunAsync(TextWriter output, int towns, int examiners, TimeSpan length)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-bench", Guid.NewGuid().ToString("N"));
        using var database = new TestPostgres();
        await using var api = await WeComApiDouble.StartAsync();
        var bots = new List<BenchBot>();
        try
        {
            var seeding = Stopwatch.StartNew();
            List<WeComExaminer> members;
            // Examiners in as many towns as there are examiners (one each), the first towns' share.
            using (var store = StorageProviders.OpenPostgres(database.ConnectionString))
                members = Fleet.BindWeCom(store, Fleet.Seed(store, towns, VillagesPerTown, MembersPerTown, examinerTowns: Math.Min(examiners, towns),
                    examinersPerTown: Math.Max(1, examiners / towns)), "S");
            var before = Size(database.ConnectionString);
            output.WriteLine($"ProvinceDay: {towns:N0} towns × {VillagesPerTown} villages, {towns * MembersPerTown:N0} members seeded in " +
                             $"{seeding.Elapsed.TotalSeconds:0} s ({Fleet.Mb(before)}); {members.Count} examiners in {Math.Min(examiners, towns)} towns; load average {Fleet.LoadAverage()}");
            var statements = Statements(database.ConnectionString, reset: true);

            var settings = Fleet.Postgres(database.ConnectionString, Fleet.WeComSettings(api));
            bots.AddRange(await Task.WhenAll(Enumerable.Range(0, 3).Select(i => BenchBot.StartAsync(Path.Combine(folder, "pg" + i), settings))));
            var latencies = new ConcurrentBag<double>();
            var answers = 0;
            var cpu = bots.Select(b => b.Cpu).ToList();
            var postgresCpu = Fleet.PostgresCpu();
            var clock = Stopwatch.StartNew();
            using (var stop = new CancellationTokenSource(length))
            {
                await Task.WhenAll(members.Select(m => Task.Run(() => m.RunAsync(api, () => bots[Random.Shared.Next(bots.Count)].Url, (2000, 4000), 1,
                    stop.Token, latencies, answer => { if (answer) Interlocked.Increment(ref answers); }))));
            }
            var seconds = clock.Elapsed.TotalSeconds;
            var after = Size(database.ConnectionString);
            var list = latencies.ToList();
            var summary = new List<string>
            {
                $"ProvinceDay ({towns:N0} towns, {members.Count} examiners, 3 processes, {seconds:0} s): {answers / seconds:0.0} answers/s ({list.Count / seconds:0.0} messages/s), " +
                $"reply p50 {Fleet.Percentile(list, 50):0} ms, p95 {Fleet.Percentile(list, 95):0} ms, max {list.DefaultIfEmpty().Max():0} ms",
                $"ProvinceDay database: {Fleet.Mb(before)} seeded, {Fleet.Mb(after)} after {answers:N0} answers",
                $"ProvinceDay peak working set per process: {string.Join(", ", bots.Select(b => Fleet.Mb(b.PeakBytes)))}; CPU: " +
                string.Join(", ", bots.Select((b, i) => $"pg{i + 1} {(b.Cpu - cpu[i]).TotalSeconds / seconds / Environment.ProcessorCount:P0}")) +
                $", PostgreSQL {(Fleet.PostgresCpu() - postgresCpu).TotalSeconds / seconds / Environment.ProcessorCount:P0} of {Environment.ProcessorCount} cores",
            };
            foreach (var line in summary) output.WriteLine("  " + line);
            if (statements) foreach (var line in Slowest(database.ConnectionString)) output.WriteLine("  " + line);
            else output.WriteLine("  (the slowest statements need pg_stat_statements: the server started with shared_preload_libraries=pg_stat_statements)");
            output.WriteLine($"  load average {Fleet.LoadAverage()}");
            if (statements) summary.Add("ProvinceDay slowest statement: " + Slowest(database.ConnectionString).FirstOrDefault());
            return summary;
        }
        finally
        {
            foreach (var bot in bots) bot.Dispose();
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }

    static long Size(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        using var command = new NpgsqlCommand("SELECT pg_database_size(current_database())", connection);
        return (long)command.ExecuteScalar()!;
    }

    /// <summary>Whether pg_stat_statements is at hand (then its counts start from here).</summary>
    static bool Statements(string connectionString, bool reset)
    {
        try
        {
            using var connection = new NpgsqlConnection(connectionString);
            connection.Open();
            using var create = new NpgsqlCommand("CREATE EXTENSION IF NOT EXISTS pg_stat_statements", connection);
            create.ExecuteNonQuery();
            using var command = new NpgsqlCommand(reset ? "SELECT pg_stat_statements_reset()" : "SELECT 1 FROM pg_stat_statements LIMIT 1", connection);
            command.ExecuteNonQuery();
            return true;
        }
        catch (PostgresException)
        {
            return false;
        }
    }

    /// <summary>The statements of this database with the longest single run, and those that took the most time in all.</summary>
    static IEnumerable<string> Slowest(string connectionString)
    {
        using var connection = new NpgsqlConnection(connectionString);
        connection.Open();
        var lines = new List<string>();
        foreach (var (order, label) in new[] { ("max_exec_time", "longest single run"), ("total_exec_time", "most time in all") })
        {
            using var command = new NpgsqlCommand(
                $"SELECT calls, max_exec_time, mean_exec_time, total_exec_time, left(regexp_replace(query, '\\s+', ' ', 'g'), 160) FROM pg_stat_statements " +
                $"WHERE dbid = (SELECT oid FROM pg_database WHERE datname = current_database()) ORDER BY {order} DESC LIMIT 3", connection);
            using var reader = command.ExecuteReader();
            while (reader.Read())
                lines.Add($"{label}: max {reader.GetDouble(1):0.0} ms, mean {reader.GetDouble(2):0.00} ms, {reader.GetInt64(0):N0} calls, {reader.GetDouble(3) / 1000:0.0} s in all: {reader.GetString(4)}");
        }
        return lines;
    }
}
