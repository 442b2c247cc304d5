using ChatAppraisal.Ballots;
using ChatAppraisal.Conversations.Ballots;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Conversations;

public static class BallotsServiceCollectionExtensions
{
    /// <summary>
    /// The democratic evaluation: ballots and their policies, the chat's /ballot and /ballotscore. The slips' links use
    /// <see cref="BallotLinks"/>, <c>AddPublicLinks</c> (the web pages replace it with theirs).
    /// </summary>
    public static IServiceCollection AddBallots(this IServiceCollection services)
    {
        services.TryAddSingleton<BallotBook>();
        services.TryAddSingleton<BallotPolicies>();
        services.TryAddSingleton<BallotScores>();
        services.AddPublicLinks();
        services.TryAddSingleton<BallotScoreDialog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, BallotScoreDialog>(sp => sp.GetRequiredService<BallotScoreDialog>()));
        services.AddChatCommand<BallotCommand>();
        return services;
    }
}
