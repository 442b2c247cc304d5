using ChatAppraisal.Conversations;
using ChatAppraisal.Conversations.Results;
using Microsoft.Extensions.DependencyInjection;

// In the root namespace, beside AddAppraisal, so callers need no extra using.
namespace ChatAppraisal;

public static class PublicationServiceCollectionExtensions
{
    /// <summary>
    /// The results going back to the villages: the village's officials' /village; publication (公示) with its objection window,
    /// objections (申诉) and the 整改清单. Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPublication(this IServiceCollection services)
    {
        services.AddChatCommand<VillageCommand>();
        return services;
    }
}
