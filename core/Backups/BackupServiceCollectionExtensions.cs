using ChatAppraisal.Backups;
using ChatAppraisal.Conversations;
using ChatAppraisal.Schedule;
using ChatAppraisal.Storage;
using ChatAppraisal.Storage.LiteDb;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Hosting;

// In the root namespace, beside AddAppraisal, so callers need no extra using.
namespace ChatAppraisal;

public static class BackupServiceCollectionExtensions
{
    /// <summary>
    /// Backups (validated <c>Backup</c> options): the storage provider's copy, the daily and requested backups in the
    /// background, /backup for admins; and the watch that tells the admins once when the disk is full. Needs the core and
    /// the channel seam (the admins are told through it).
    /// </summary>
    public static IServiceCollection AddBackups(this IServiceCollection services)
    {
        services.AddOptions<BackupOptions>().BindConfiguration(BackupOptions.Section).ValidateDataAnnotations().ValidateOnStart();
        services.TryAddSingleton<TownClock>();
        services.TryAddSingleton<AdminNotices>();
        services.TryAddSingleton<IStorageBackup, LiteDbBackup>();
        services.TryAddSingleton<BackupKeeper>();
        services.TryAddSingleton<BackupSchedule>();
        services.TryAddSingleton<IBackupRequests>(sp => sp.GetRequiredService<BackupSchedule>());
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, BackupSchedule>(sp => sp.GetRequiredService<BackupSchedule>()));
        services.TryAddEnumerable(ServiceDescriptor.Singleton<IHostedService, StorageSpaceWatch>());
        services.AddChatCommand<BackupCommand>();
        return services;
    }
}
