namespace ChatAppraisal.Channels.Outbox;

/// <summary>
/// A bot process sending from a shared outbox, and how long its claim lasts: it renews it while it lives; once it has lapsed,
/// another process takes over the messages written down for it (<see cref="SharedOutbox"/>).
/// </summary>
public sealed class OutboxSenderDoc
{
    public const string Collection = "outbox_senders";

    public string Id { get; set; } = "";
    public DateTime AliveUntil { get; set; }
}

/// <summary>Messages sent to a chat, for the channel's per-chat windows when several processes send (one row per send).</summary>
public sealed class OutboxSentDoc
{
    public const string Collection = "outbox_sent";

    public long Id { get; set; }
    public string Channel { get; set; } = "";
    public string ChatId { get; set; } = "";
    public int Messages { get; set; }
    public DateTime At { get; set; }
}
