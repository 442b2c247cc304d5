using ChatAppraisal.Conversations.Commands;
using ChatAppraisal.Conversations.Dialogs;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The conversation engine (validated <c>Bot</c> options), the built-in commands (/start, /lang, /invite),
    /// the examiner's /score dialog, the leaders', group leader's and office's chat (<see cref="AppraisalChatServiceCollectionExtensions.AddAppraisalChat"/>),
    /// and the bootstrap admin invite on a database without an admin.
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IConversationEngine, ConversationEngine>();
        services.TryAddSingleton<CategoryConfirmations>();
        services.AddChatCommand<StartCommand>();
        services.AddChatCommand<LanguageCommand>();
        services.AddChatCommand<InviteCommand>();
        services.AddDialog<ScoreDialog>();
        services.AddEvidence(); // /score attaches files to items; /attach and /report
        services.AddAppraisalChat();
        services.AddHostedService<BootstrapAdminInvite>();
        return services;
    }

    /// <summary>Adds a guided dialog; its <see cref="IDialog.Name"/> becomes its command.</summary>
    public static IServiceCollection AddDialog<T>(this IServiceCollection services) where T : class, IDialog
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, T>());
        return services;
    }

    /// <summary>Adds a one-shot command.</summary>
    public static IServiceCollection AddChatCommand<T>(this IServiceCollection services) where T : class, IChatCommand
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatCommand, T>());
        return services;
    }

    /// <summary>Adds a reader of plain messages sent outside any dialog.</summary>
    public static IServiceCollection AddPlainTextHandler<T>(this IServiceCollection services) where T : class, IPlainTextHandler
    {
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IPlainTextHandler, T>());
        return services;
    }
}
