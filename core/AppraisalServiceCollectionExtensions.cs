using ChatAppraisal.Appraisal;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Towns;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal;

public static class AppraisalServiceCollectionExtensions
{
    /// <summary>
    /// The appraisal over one LiteDB file or a PostgreSQL database (validated <c>Storage</c> options): periods and their rubric, the score book, sheets
    /// and seals, the standings, villages, members and invites, leaders' ratings, reports, charts and the export.
    /// </summary>
    public static IServiceCollection AddAppraisal(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => sp.GetRequiredService<IOptions<StorageOptions>>().Value is { OnPostgres: true } postgres
            ? StorageProviders.OpenPostgres(postgres.ConnectionString!)
            : Backups.DamagedDatabase.Open(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path,
                sp.GetService<IOptions<Backups.BackupOptions>>()?.Value ?? new Backups.BackupOptions()));
        services.AddSingleton<DatabaseSetup>();
        services.AddTowns();
        services.AddSingleton<Periods>();
        services.AddSingleton<PeriodSetup>();
        services.AddSingleton<ScoreBook>();
        services.TryAddSingleton<Adjustments>();
        services.AddSingleton<Sheets>();
        services.AddSingleton<CategoryConfirmations>();
        services.AddSingleton<AuditLog>();
        services.AddSingleton<StandingsQuery>();
        services.AddSingleton<VillageRoster>();
        services.TryAddSingleton<IInviteSafe, NoInviteSafe>();
        services.AddSingleton<MemberDirectory>();
        services.TryAddSingleton<MemberRoster>();
        services.TryAddSingleton<IInviteLinks, NoInviteLinks>();
        services.AddRatings();
        services.AddReports();
        services.AddCharts();
        services.AddExport();
        return services;
    }
}
