using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Channels;

public static class ChannelServiceCollectionExtensions
{
    /// <summary>
    /// The seam every channel plugs into: the durable outbox (a hosted service, registered before any channel's receiver so
    /// it stops after them and drains what they queued), the reply journal, the inbox channels hand updates to, messages
    /// the bot starts itself, invite links for every running channel, and the start-up line naming the channels.
    /// </summary>
    public static IServiceCollection AddChannelSeam(this IServiceCollection services)
    {
        services.TryAddSingleton<Outbox.Outbox>();
        services.AddHostedService(sp => sp.GetRequiredService<Outbox.Outbox>());
        services.TryAddSingleton<OutboxJournal>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IReplyJournal, OutboxJournal>(sp => sp.GetRequiredService<OutboxJournal>()));
        services.TryAddSingleton<ChatInbox>();
        services.Replace(ServiceDescriptor.Singleton<IMemberNotifier, MemberNotifier>());
        services.Replace(ServiceDescriptor.Singleton<IInviteLinks, ChannelInviteLinks>());
        services.AddHostedService<ChannelsStartupLine>();
        return services;
    }

    /// <summary>Adds a channel's sending side: the outbox delivers through it.</summary>
    public static IServiceCollection AddChatChannel<T>(this IServiceCollection services) where T : class, IChatChannel
    {
        services.TryAddSingleton<T>();
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IChatChannel, T>(sp => sp.GetRequiredService<T>()));
        return services;
    }
}

/// <summary>One line at start that names the channels that run and how.</summary>
sealed class ChannelsStartupLine(IEnumerable<IChatChannel> channels, ILogger<ChannelsStartupLine> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var running = channels.Select(c => $"{c.Name} ({c.Describe()})").ToList();
        logger.LogInformation("Channels: {Channels}", running.Count == 0 ? "none" : string.Join(", ", running));
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
