using ChatAppraisal.Ballots;
using ChatAppraisal.Conversations.Ballots;
using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Conversations;

public static class BallotsServiceCollectionExtensions
{
    /// <summary>
    /// The democratic evaluation: ballots and their policies, the chat's /ballot and /ballotscore. The slips' links use
    /// <see cref="BallotLinks"/>: the web pages register theirs from <c>Web:PublicBaseUrl</c>; without them, the same
    /// setting (or the first of <c>Admin:Urls</c>) is read here.
    /// </summary>
    public static IServiceCollection AddBallots(this IServiceCollection services)
    {
        services.TryAddSingleton<BallotBook>();
        services.TryAddSingleton<BallotPolicies>();
        services.TryAddSingleton<BallotScores>();
        services.TryAddSingleton(sp => new BallotLinks(BallotLinks.PublicBaseUrl(sp.GetService<IConfiguration>())));
        services.TryAddSingleton<BallotScoreDialog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, BallotScoreDialog>(sp => sp.GetRequiredService<BallotScoreDialog>()));
        services.AddChatCommand<BallotCommand>();
        return services;
    }
}
