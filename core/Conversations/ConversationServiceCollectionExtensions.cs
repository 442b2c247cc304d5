using ChatAppraisal.Ballots;
using ChatAppraisal.Towns;
using ChatAppraisal.Members;
using ChatAppraisal.Conversations.Commands;
using ChatAppraisal.Conversations.Examiners;
using ChatAppraisal.Conversations.Leaders;
using ChatAppraisal.Conversations.Office;
using ChatAppraisal.Conversations.Signing;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Conversations;

public static class ConversationServiceCollectionExtensions
{
    /// <summary>
    /// The conversation engine in its parts (validated <c>Bot</c> options) and every dialog and command it answers, in the
    /// order /help and the channels' menus list them; and the bootstrap admin invite on a database without an admin.
    /// A new command is its own file plus one <see cref="AddChatCommand{T}"/> line here (or in its feature's AddXxx).
    /// </summary>
    public static IServiceCollection AddConversations(this IServiceCollection services)
    {
        services.AddOptions<BotOptions>().BindConfiguration(BotOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<IConversationEngine, ConversationEngine>();
        services.AddTowns(); // the engine routes each update to its member's town; /county reads them all
        services.TryAddSingleton<UpdateGate>();
        // /score takes bonus, deduction and veto lines (a host without AddAppraisal, as the tests build it, still has them).
        services.TryAddSingleton<Appraisal.Adjustments>();
        services.TryAddSingleton<CommandTable>();
        services.TryAddSingleton<ReadOnlyCommands>();
        services.TryAddSingleton<ChatRouter>();
        services.TryAddSingleton<MemberMenu>();
        services.TryAddSingleton<CommandMenu>();

        // Everyone, anywhere in a dialog: help, leave, go back.
        services.AddChatCommand<HelpCommand>();
        services.AddChatCommand<CancelCommand>();
        services.AddChatCommand<BackCommand>();

        // Everyone: joining.
        services.AddChatCommand<StartCommand>();

        // Examiners: /score (a file sent at an item prompt is attached to it), /attach and /report.
        services.AddDialog<ScoreDialog>();
        services.AddEvidence();

        // Leaders: a rating message, /rate, /myratings. One RateDialog serves both /rate and the 确认 step of a message.
        services.TryAddSingleton<RateDialog>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IDialog, RateDialog>(sp => sp.GetRequiredService<RateDialog>()));
        services.AddPlainTextHandler<RatingMessage>();
        services.AddChatCommand<MyRatingsCommand>();

        // The group leader: /sign; admins: /unseal.
        services.AddDialog<SignDialog>();
        services.AddChatCommand<UnsealCommand>();

        // The office: /progress, /ranking, /sheet, /export.
        services.AddChatCommand<ProgressCommand>();
        services.AddChatCommand<RankingCommand>();
        services.AddChatCommand<SheetCommand>();
        // The office: a plan sent in the chat, read into a proposal with a link to the console (/rubric, 细则).
        services.AddPublicLinks(); // the rubric dialog links to the console
        services.AddDialog<RubricDialog>();
        services.AddChatCommand<ExportCommand>();
        services.AddChatCommand<CountyCommand>();

        // Everyone: the reply language; admins: invites (through the roster, as the console and the API add members).
        services.TryAddSingleton<MemberRoster>();
        services.AddChatCommand<LanguageCommand>();
        services.AddChatCommand<InviteCommand>();

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
