using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Hosting;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Storage;

/// <summary>Storage:Provider and Storage:ConnectionString are checked at start; a bad one stops the bot with a sentence.</summary>
public sealed class StorageSettingsTests
{
    static async Task<string> StartFailure(Dictionary<string, string?> settings)
    {
        var app = new WebBotApp(settings: settings);
        try
        {
            var e = Assert.ThrowsAny<Exception>(() => app.Services);
            var messages = new List<string>();
            for (Exception? x = e; x is not null; x = x.InnerException) messages.Add(x.Message);
            return string.Join(" | ", messages);
        }
        finally
        {
            try
            {
                await app.DisposeAsync();
            }
            catch (ArgumentNullException)
            {
                // A host whose start failed has nothing to stop; the factory's own dispose trips over it.
            }
        }
    }

    [Fact]
    public async Task AnUnknownProviderIsRefusedNamingTheTwo() =>
        Assert.Contains("Storage:Provider is 'mysql'; it must be 'litedb' (one file, the default) or 'postgres'.",
            await StartFailure(new() { ["Storage:Provider"] = "mysql" }));

    [Fact]
    public async Task PostgresWithoutAConnectionStringIsRefused() =>
        Assert.Contains("Storage:Provider is 'postgres' but Storage:ConnectionString is empty",
            await StartFailure(new() { ["Storage:Provider"] = "postgres" }));

    [Fact]
    public void AServerThatCannotBeReachedStopsStartUpWithItsSentence()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = "Host=127.0.0.1;Port=1;Username=bot;Database=town;Timeout=3",
        }).Build();
        using var services = new ServiceCollection().AddSingleton<IConfiguration>(configuration).AddLogging().AddAppraisal().BuildServiceProvider();

        var refused = Assert.Throws<DatabaseConnectionException>(() => services.GetRequiredService<AppraisalStore>());
        Assert.StartsWith("Cannot reach the PostgreSQL server at 127.0.0.1:1 (", refused.Message);
        Assert.EndsWith("is PostgreSQL running and listening there? Check Host= and Port= in Storage:ConnectionString.", refused.Message);
    }
}
