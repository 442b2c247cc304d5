using BenchmarkDotNet.Attributes;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Scoring;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Benchmark 3: the ranking of 1,000 villages × 117 items × 15 leaders, against a flat sum of the same decimals in memory.
/// Stored: <see cref="StandingsQuery.Compute"/> reads every item score and rating from the LiteDB file, scores and ranks.
/// Engine: <see cref="ScoringEngine.Rank(Rubrics.Rubric, ScoringPolicy, IEnumerable{VillageInput}, int)"/> from inputs
/// already in memory. ReadOnly: reading the same documents from the file, nothing else.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 2, iterationCount: 10)]
public class StandingsBenchmarks
{
    public const int Leaders = 15;

    BenchmarkDatabase _db = null!;
    PeriodView _period = null!;
    IReadOnlyList<VillageInput> _inputs = [];
    decimal[] _decimals = [];

    [Params(1000)]
    [QuickParams(150)]
    public int Villages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.Create(Villages, Leaders);
        _period = _db.Periods.Active();
        _inputs = _db.Standings.Inputs(_period);
        _decimals = _inputs.SelectMany(v => v.ItemScores.Values.Concat(v.LeaderRatings.SelectMany(r => r))).ToArray();
        if (_decimals.Length != _db.Decimals) throw new InvalidOperationException($"Read {_decimals.Length} decimals, stored {_db.Decimals}.");
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    /// <summary>Every stored item score and rating added up: the least any ranking has to do.</summary>
    [Benchmark(Baseline = true)]
    public decimal FlatSum()
    {
        decimal sum = 0;
        foreach (var value in _decimals) sum += value;
        return sum;
    }

    [Benchmark]
    public IReadOnlyList<RankedVillage> Engine() => ScoringEngine.Rank(_period.Rubric, _period.Policy, _inputs, Leaders);

    [Benchmark]
    public Standings Stored() => _db.Standings.Compute(_db.Periods.Active());

    /// <summary>Only reading the period's documents from the file, as Stored does, without scoring: where its time goes.</summary>
    [Benchmark]
    public int ReadOnly() =>
        _db.Store.Scores.Items.Find(s => s.PeriodId == _period.Id).Count() + _db.Store.Scores.Ratings.Find(r => r.PeriodId == _period.Id).Count();
}
