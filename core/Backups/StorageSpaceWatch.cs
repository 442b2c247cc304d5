using ChatAppraisal.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Backups;

/// <summary>
/// A full disk is logged once with what to do and told to the admins once; its end too. (The person whose answer was
/// refused hears it from the engine; readers never notice.)
/// </summary>
public sealed class StorageSpaceWatch(AppraisalStore store, AdminNotices notices, ILogger<StorageSpaceWatch> logger) : IHostedService
{
    const string Key = "disk-full";

    public Task StartAsync(CancellationToken cancellationToken)
    {
        store.Space.Changed += Changed;
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken)
    {
        store.Space.Changed -= Changed;
        return Task.CompletedTask;
    }

    void Changed(bool full, Exception? error)
    {
        if (full)
            logger.LogError("The disk holding {Path} is full ({Reason}): answers are refused and nothing of them is stored; reading goes on. " +
                            "Free space on that disk (old backups in another folder, logs, downloads); the bot goes on by itself once there is room.",
                store.Path, error?.Message);
        else
            logger.LogInformation("The disk holding {Path} takes writes again: answers are saved again", store.Path);
        // Not here: this runs under the store's write lock, and telling writes.
        _ = Task.Run(() =>
        {
            if (full) notices.Once(Key, t => t.DiskFull);
            else if (notices.Clear(Key)) notices.Tell(t => t.DiskSpaceBack, Key);
        });
    }
}
