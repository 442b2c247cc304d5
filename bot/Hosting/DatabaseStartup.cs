using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Hosting;

/// <summary>Opens (or creates) the database before anything else starts, and says what it holds.</summary>
sealed class DatabaseStartup(DatabaseSetup setup, AppraisalStore store, IOptions<StorageOptions> options, ILogger<DatabaseStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        logger.LogInformation("ChatAppraisal {Version} starting in {Home}", AppVersion.Current, Directory.GetCurrentDirectory());
        // The file was opened before the host started (StartupFailure): one that cannot be opened never gets here.
        var summary = setup.EnsureInitialized(options.Value.DefaultPeriod, options.Value.DefaultTown);
        // An upgraded file says so, with the copy kept (see docs/storage.md).
        if (store.Upgrade is { From: not null } upgrade) logger.LogWarning("{Upgrade}", upgrade.ToString());
        logger.LogInformation(
            "Database {Path} ({State}): period {Period}, {Categories} categories, {Items} items, {Villages} villages, {Members} members",
            summary.Path, summary.Created ? "created" : "opened", summary.Period, summary.Categories, summary.Items, summary.Villages, summary.Members);
        foreach (var warning in summary.Warnings)
            logger.LogWarning("Rubric: {Category} items sum to {ItemSum}, category maximum is {Max}; scores are capped at the maximum when the policy says so",
                warning.Category, warning.ItemSum, warning.Max);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
