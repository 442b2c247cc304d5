using ChatAppraisal.Appraisal;
using ChatAppraisal.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal;

public static class AppraisalServiceCollectionExtensions
{
    /// <summary>Storage (one LiteDB file, validated <c>Storage</c> options), the score book and the ranking.</summary>
    public static IServiceCollection AddAppraisalCore(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>().BindConfiguration(StorageOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton(sp => new AppraisalStore(sp.GetRequiredService<IOptions<StorageOptions>>().Value.Path));
        services.AddSingleton<Periods>();
        services.AddSingleton<ScoreBook>();
        services.AddSingleton<StandingsQuery>();
        services.AddAppraisalAdministration();
        services.AddSingleton<DatabaseSetup>();
        services.AddSingleton<Members.MemberDirectory>();
        services.AddSingleton<Sheets>();
        services.TryAddSingleton<Members.IInviteLinks, Members.NoInviteLinks>();
        services.AddRatings().AddReports();
        services.AddCharts();
        services.AddExport();
        return services;
    }
}
