using ChatAppraisal.Conversations;
using ChatAppraisal.Conversations.Results;
using ChatAppraisal.Publication;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

// In the root namespace, beside AddAppraisal, so callers need no extra using.
namespace ChatAppraisal;

public static class PublicationServiceCollectionExtensions
{
    /// <summary>
    /// The results going back to the villages: the village's officials' /village; publication (公示) with its objection window
    /// (/publish, /reopen; made final once a minute by <see cref="PublicationWatch"/>), objections (申诉) and the 整改清单.
    /// Needs the schedule's town clock (<c>AddSchedule</c>) and the ballots (<c>AddBallots</c>). Safe to call more than once.
    /// </summary>
    public static IServiceCollection AddPublication(this IServiceCollection services)
    {
        if (services.Any(d => d.ServiceType == typeof(Publications))) return services;
        services.TryAddSingleton<VillageResults>();
        services.TryAddSingleton<Publications>();
        services.TryAddSingleton<Objections>();
        services.AddHostedService<PublicationWatch>();
        services.AddChatCommand<VillageCommand>();
        services.AddChatCommand<PublishCommand>();
        services.AddChatCommand<ReopenCommand>();
        services.AddDialog<ObjectDialog>();
        services.AddChatCommand<ObjectionsCommand>();
        return services;
    }
}
