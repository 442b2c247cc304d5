using BenchmarkDotNet.Attributes;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using ScottPlot;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// Answering /ranking — aggregate every village's entries from the LiteDB file, rank, draw the chart, write the
/// caption — against the floor: ScottPlot drawing the same stacked bars, at the same size, from ready numbers.
/// </summary>
[MemoryDiagnoser]
[SimpleJob(launchCount: 1, warmupCount: 3, iterationCount: 12)]
public class RankingBenchmarks
{
    BenchmarkDatabase _db = null!;
    Standings _standings = null!;
    double[] _onsite = [], _leader = [];
    string[] _rows = [], _values = [];

    [Params(8, 300)]
    [QuickParams(8)]
    public int Villages { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _db = BenchmarkDatabase.Create(Villages);
        // The floor's ready numbers: taken once from the real standings, so both draw the same bars.
        _standings = _db.Standings.Compute(_db.Periods.Active());
        var model = RankingChartModel.From(_standings);
        _onsite = model.Bars.Select(b => (double)b.OnsitePart).ToArray();
        _leader = model.Bars.Select(b => (double)b.LeaderPart).ToArray();
        _rows = model.Bars.Select(b => b.RowLabel).ToArray();
        _values = model.ValueLabels.ToArray();
        ChartFont.EnsureRegistered();
    }

    [GlobalCleanup]
    public void Cleanup() => _db.Dispose();

    [Benchmark(Baseline = true)]
    public byte[] Floor()
    {
        var n = _onsite.Length;
        var plot = new Plot();
        plot.Font.Set(ChartFont.Name);
        var bars = new List<Bar>(2 * n);
        var ticks = new ScottPlot.TickGenerators.NumericManual();
        for (var i = 0; i < n; i++)
        {
            double y = n - 1 - i;
            bars.Add(new Bar { Position = y, ValueBase = 0, Value = _onsite[i], Orientation = Orientation.Horizontal });
            bars.Add(new Bar { Position = y, ValueBase = _onsite[i], Value = _onsite[i] + _leader[i], Orientation = Orientation.Horizontal });
            ticks.AddMajor(y, _rows[i]);
            plot.Add.Text(_values[i], _onsite[i] + _leader[i], y);
        }
        plot.Add.Bars(bars).Horizontal = true;
        plot.Axes.Left.TickGenerator = ticks;
        var (width, height) = RankingChart.Size(n);
        return plot.GetImageBytes(width, height, ImageFormat.Png);
    }

    /// <summary>Our chart alone, from standings already computed: the cost of its layout, legend, hatching and labels.</summary>
    [Benchmark]
    public byte[] Chart() => RankingChart.Render(_standings);

    [Benchmark]
    public (byte[] Png, string Caption) Answer()
    {
        var standings = _db.Standings.Compute(_db.Periods.Active());
        return (RankingChart.Render(standings), RankingCaption.Build(standings));
    }
}
