using ChatAppraisal.Members;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Conversations;

/// <summary>
/// Registered by a channel whose user is bound to a local admin (the console chat): such a database needs no bootstrap invite.
/// </summary>
public sealed record LocalAdminChannel(string Channel);

/// <summary>On a database with no admin, creates the one invite for an admin post at start and logs it once.</summary>
sealed class BootstrapAdminInvite(MemberDirectory members, IInviteLinks links, IEnumerable<LocalAdminChannel> localAdmins, ILogger<BootstrapAdminInvite> logger)
    : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (localAdmins.Any()) return Task.CompletedTask;
        if (members.EnsureBootstrapAdminInvite() is { } invite)
            logger.LogWarning("No admin yet. The first admin joins by sending /start {Code} to the bot{Link}; the code works once, until {ExpiresAt:u}",
                invite.Id, links.LinkFor(invite.Id) is { } link ? $" (or opening {link})" : "", invite.ExpiresAt);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
