using ChatAppraisal.Towns;
using ChatAppraisal.Conversations;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

namespace ChatAppraisal.Schedule;

public static class ScheduleServiceCollectionExtensions
{
    /// <summary>
    /// The visit schedule and the reminders: /schedule and /remind, the reminder service, the town's clock
    /// (<c>Bot:TimeZone</c>). Needs the core, the conversations and an <see cref="Channels.IMemberNotifier"/>.
    /// Safe to call twice.
    /// </summary>
    public static IServiceCollection AddSchedule(this IServiceCollection services)
    {
        services.TryAddSingleton<TownClock>();
        services.AddTowns(); // reminders are sent town by town
        services.TryAddSingleton<ReminderSettings>();
        services.TryAddSingleton<VisitSchedule>();
        services.TryAddSingleton<ReminderPlanner>();
        services.TryAddSingleton<ReminderSender>();
        services.TryAddSingleton<ReminderWakeup>();
        // By its type, so a host's tests can find and remove it like the other background workers.
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, ReminderService>());
        services.AddChatCommand<ScheduleCommand>();
        services.AddChatCommand<RemindCommand>();
        return services;
    }
}
