using ChatAppraisal.Channels.Outbox;

namespace ChatAppraisal.Storage;

/// <summary>Messages written down to be sent, and the notifications the bot started itself.</summary>
public sealed class OutboxStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<OutboxDoc> MessagesCollection = new(OutboxDoc.Collection, d => d.Channel);
    public static readonly Collection<NotificationDoc> NotificationsCollection = new(NotificationDoc.Collection);

    public IDocs<OutboxDoc> Messages => engine.Docs(MessagesCollection);
    public IDocs<NotificationDoc> Notifications => engine.Docs(NotificationsCollection);

    public void Prepare()
    {
        engine.Prepare(MessagesCollection);
        engine.Prepare(NotificationsCollection);
    }
}
