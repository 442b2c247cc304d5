using ChatAppraisal.Channels.Outbox;

namespace ChatAppraisal.Storage;

/// <summary>Messages written down to be sent, and the notifications the bot started itself.</summary>
public sealed class OutboxStore(IStorageEngine engine) : IFeatureStore
{
    public static readonly Collection<OutboxDoc> MessagesCollection = new(OutboxDoc.Collection, d => d.Channel);
    public static readonly Collection<NotificationDoc> NotificationsCollection = new(NotificationDoc.Collection);

    // Bot processes sharing a database find a chat's earlier messages and a process's claimed ones by index, and count each
    // chat's sends in the database (see SharedOutbox); the one process on a LiteDB file needs none of it.
    public static readonly Collection<OutboxDoc> SharedMessagesCollection = new(OutboxDoc.Collection, d => d.Channel, d => d.ChatId, d => d.Owner);
    public static readonly Collection<OutboxSenderDoc> SendersCollection = new(OutboxSenderDoc.Collection, s => s.AliveUntil);
    public static readonly Collection<OutboxSentDoc> SentCollection = new(OutboxSentDoc.Collection, s => s.ChatId, s => s.At);

    public IDocs<OutboxDoc> Messages => engine.Docs(engine.Shared ? SharedMessagesCollection : MessagesCollection);
    public IDocs<OutboxSenderDoc> Senders => engine.Docs(SendersCollection);
    public IDocs<OutboxSentDoc> Sent => engine.Docs(SentCollection);
    public IDocs<NotificationDoc> Notifications => engine.Docs(NotificationsCollection);

    public void Prepare()
    {
        if (engine.Shared)
        {
            engine.Prepare(SharedMessagesCollection);
            engine.Prepare(SendersCollection);
            engine.Prepare(SentCollection);
        }
        else engine.Prepare(MessagesCollection);
        engine.Prepare(NotificationsCollection);
    }
}
