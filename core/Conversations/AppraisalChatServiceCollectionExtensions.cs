using ChatAppraisal.Conversations.Leaders;
using ChatAppraisal.Conversations.Office;
using ChatAppraisal.Conversations.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Conversations;

public static class AppraisalChatServiceCollectionExtensions
{
    /// <summary>
    /// The appraisal's chat beyond /score: leaders' rating messages, /rate and /myratings; the group leader's /sign;
    /// the admin's /unseal; the office's /progress, /ranking, /sheet and /export.
    /// </summary>
    public static IServiceCollection AddAppraisalChat(this IServiceCollection services)
    {
        // One RateDialog serves both /rate and the 确认 step of a rating message.
        services.TryAddSingleton<RateDialog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, RateDialog>(sp => sp.GetRequiredService<RateDialog>()));
        services.AddPlainTextHandler<RatingMessage>();
        services.AddChatCommand<MyRatingsCommand>();

        services.AddDialog<SignDialog>();
        services.AddChatCommand<UnsealCommand>();

        services.AddChatCommand<ProgressCommand>();
        services.AddChatCommand<RankingCommand>();
        services.AddChatCommand<SheetCommand>();
        services.AddChatCommand<ExportCommand>();
        return services;
    }
}
