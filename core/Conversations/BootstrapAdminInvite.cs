using System.Text;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Conversations;

/// <summary>
/// Registered by a channel whose user is bound to a local admin (the console chat): such a database needs no bootstrap invite.
/// </summary>
public sealed record LocalAdminChannel(string Channel);

/// <summary>
/// On a database with no admin, creates the one invite for an admin post at start. The code is a credential, and log
/// lines are read by whoever runs the machine: it goes to an owner-only file beside the database
/// (<see cref="FileSuffix"/>), and the log names that file. On a server database there is no file to be beside: it goes
/// where the file would be (<c>Storage:Path</c>, <c>data/</c> by default), beside the admin API key's file.
/// </summary>
sealed class BootstrapAdminInvite(MemberDirectory members, IInviteLinks links, AppraisalStore store, IOptions<StorageOptions> storage,
    IEnumerable<LocalAdminChannel> localAdmins, ILogger<BootstrapAdminInvite> logger) : IHostedService
{
    public const string FileSuffix = ".first-admin.txt";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (localAdmins.Any()) return Task.CompletedTask;
        if (members.EnsureBootstrapAdminInvite() is { } invite)
        {
            // Not store.Path on PostgreSQL: that names the database on its server, and made a file of that name in the working directory.
            var path = (storage.Value.OnPostgres ? Path.GetFullPath(storage.Value.Path) : store.Path) + FileSuffix;
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            var text = new StringBuilder()
                .AppendLine($"/start {invite.Code}")
                .AppendLine()
                .AppendLine($"The first admin's invite code: {invite.Code}")
                .AppendLine($"Send /start {invite.Code} to the bot, or type the code at the browser chat's sign-in (/chat).");
            foreach (var (channel, link) in links.All(invite.Code)) text.AppendLine($"{channel}: {link}");
            text.AppendLine($"It works once, until {invite.ExpiresAt:u}. Delete this file once the admin has joined.");
            Write(path, text.ToString());
            logger.LogWarning("No admin yet. The first admin's invite code is in {File} (readable by this user only); it works once, until {ExpiresAt:u}",
                path, invite.ExpiresAt);
        }
        return Task.CompletedTask;
    }

    static void Write(string path, string text)
    {
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        using (var writer = new StreamWriter(path, Encoding.UTF8, options)) writer.Write(text);
        if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(path, UnixFileMode.UserRead | UnixFileMode.UserWrite);
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
