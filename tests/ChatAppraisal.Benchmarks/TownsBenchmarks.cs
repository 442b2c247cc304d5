using BenchmarkDotNet.Attributes;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Towns;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Towns: a county of 20 towns × 10 villages against one town of the same 200 villages, side by side (ratios against the
/// one town). An answer: one examiner's item score through the score book, in its member's town. The county's view: every
/// town's ranking (20 rankings of 10 villages) against one ranking of 200. Goal: a county costs no more than its villages
/// would in one town (every read of a town-owned collection adds one indexed TownId comparison).
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class TownsBenchmarks
{
    const int Towns = 20, VillagesPerTown = 10;

    Setup _one = null!, _county = null!;
    int _answer;

    sealed record Setup(string Folder, AppraisalStore Store, Periods Periods, ScoreBook Book, StandingsQuery Standings,
        IReadOnlyList<(int Town, Actor Examiner, IReadOnlyList<int> Villages)> Towns);

    [GlobalSetup]
    public void Create()
    {
        _one = Make(1, Towns * VillagesPerTown);
        _county = Make(Towns, VillagesPerTown);
    }

    static Setup Make(int towns, int villagesPerTown)
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-bench", Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(folder);
        var store = new AppraisalStore(Path.Combine(folder, "appraisal.db"));
        var periods = new Periods(store);
        var members = new MemberDirectory(store, TimeProvider.System);
        var villages = new List<(int, Actor, IReadOnlyList<int>)>();
        for (var t = 1; t <= towns; t++)
        {
            var town = t;
            store.Write(() => store.Towns.Towns.Upsert(new TownDoc { Id = town, Name = $"town{town}", CreatedAt = DateTime.UtcNow }));
            using var _ = TownScope.Enter(town);
            DatabaseSetup.CreatePeriod(store, "2017", TimeProvider.System);
            // 400 members in all, each town its share.
            var examiners = Enumerable.Range(0, 400 / towns).Select(i => members.Add($"examiner{town}-{i}", [Role.Examiner])).ToList();
            var docs = Enumerable.Range(0, villagesPerTown).Select(v => new VillageDoc { Name = $"village{town}-{v}", CreatedAt = DateTime.UtcNow }).ToList();
            store.Write(() => store.Setup.Villages.InsertBulk(docs));
            villages.Add((town, new Actor(examiners[0].Id, examiners[0].Name, "bench"), docs.Select(d => d.Id).ToList()));
        }
        return new Setup(folder, store, periods, new ScoreBook(store, TimeProvider.System), new StandingsQuery(store, TimeProvider.System), villages);
    }

    [GlobalCleanup]
    public void Cleanup()
    {
        foreach (var s in new[] { _one, _county })
        {
            s.Store.Dispose();
            try { Directory.Delete(s.Folder, recursive: true); } catch (IOException) { }
        }
    }

    ScoreOutcome Answer(Setup s)
    {
        // Round-robin over every village of the county, in its own town's scope, as the engine handles an update.
        var n = _answer++;
        var (town, examiner, villages) = s.Towns[n % s.Towns.Count];
        using var _ = TownScope.Enter(town);
        var village = villages[n / s.Towns.Count % villages.Count];
        return s.Book.SetItem(examiner, s.Periods.Active(), village, n % 15, 0, n % 2);
    }

    [Benchmark(Baseline = true)]
    public ScoreOutcome AnswerInOneTown() => Answer(_one);

    [Benchmark]
    public ScoreOutcome AnswerInACounty() => Answer(_county);

    [Benchmark]
    public int RankingOfOneTown() => RankAll(_one);

    [Benchmark]
    public int RankingOfEveryTown() => RankAll(_county);

    static int RankAll(Setup s) => s.Towns.Sum(t =>
    {
        using var _ = TownScope.Enter(t.Town);
        return s.Standings.Compute(s.Periods.Active()).Ranking.Count;
    });
}
