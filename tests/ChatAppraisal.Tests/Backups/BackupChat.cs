using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Backups;
using ChatAppraisal.Channels;
using ChatAppraisal.Storage;
using ChatAppraisal.Tests.Conversations;
using Microsoft.Extensions.DependencyInjection;

namespace ChatAppraisal.Tests.Backups;

/// <summary>The chat as the bot wires it, with backups (<c>AddBackups()</c>) into a folder of the test's own.</summary>
static class BackupChat
{
    public static ChatHarness Start(Action<BackupOptions>? options = null) => new(configure: services =>
    {
        services.AddBackups();
        services.AddOptions<StorageOptions>().Configure<AppraisalStore>((o, store) => o.Path = store.Path);
        if (options is not null) services.Configure(options);
    });

    public static BackupKeeper Keeper(this ChatHarness chat) => chat.Services.GetRequiredService<BackupKeeper>();
    public static BackupSchedule Schedule(this ChatHarness chat) => chat.Services.GetRequiredService<BackupSchedule>();

    /// <summary>What the bot started itself, by kind (the admins' notices are recorded there even with no channel to send on).</summary>
    public static List<NotificationDoc> Notifications(this ChatHarness chat, string kind) =>
        chat.Db.Store.LiteDatabase().GetCollection<NotificationDoc>(NotificationDoc.Collection).Find(n => n.Kind == kind).ToList();
}
