using ChatAppraisal.Appraisal;
using ChatAppraisal.Charts;
using ChatAppraisal.Export;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Export;

public class RegistrationTests
{
    [Fact]
    public void AppraisalCoreProvidesTheChartRendererTheWorkbookAndTheCsv()
    {
        var folder = Path.Combine(Path.GetTempPath(), "chatappraisal-tests", Guid.NewGuid().ToString("N"));
        var configuration = new ConfigurationBuilder()
            .AddInMemoryCollection(new Dictionary<string, string?> { ["Storage:Path"] = Path.Combine(folder, "appraisal.db") })
            .Build();
        var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration);
        services.AddAppraisal();
        try
        {
            using var provider = services.BuildServiceProvider();
            provider.GetRequiredService<DatabaseSetup>().EnsureInitialized("2017年度");
            var period = provider.GetRequiredService<Periods>().Active();

            var png = provider.GetRequiredService<IChartRenderer>().Ranking(provider.GetRequiredService<StandingsQuery>().Compute(period));
            var xlsx = provider.GetRequiredService<ScoreSheetWorkbook>().Build(period);
            var csv = provider.GetRequiredService<ItemScoresCsv>().Build(period);

            Assert.Equal([0x89, (byte)'P', (byte)'N', (byte)'G'], png[..4]);
            Assert.Equal([(byte)'P', (byte)'K'], xlsx[..2]);   // a zip package
            Assert.Equal([0xEF, 0xBB, 0xBF], csv[..3]);
        }
        finally
        {
            try { Directory.Delete(folder, recursive: true); } catch (IOException) { }
        }
    }
}
