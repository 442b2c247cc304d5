using ChatAppraisal.Storage;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Towns;

public static class TownsServiceCollectionExtensions
{
    /// <summary>The county's towns, their keys and the county's view; asked for by the appraisal, the chat and the reminders alike.</summary>
    public static IServiceCollection AddTowns(this IServiceCollection services)
    {
        services.AddOptions<StorageOptions>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton<TownList>();
        services.TryAddSingleton<TownKeys>();
        services.TryAddSingleton<CountyProgress>();
        return services;
    }
}
