using System.Collections.Concurrent;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Channels.Outbox;

/// <summary>
/// Writes an update's replies into the <see cref="Outbox"/> inside the engine's transaction, so the answer and its replies
/// are stored together or not at all, and a crash between the commit and the send delays a reply instead of losing it.
/// Only updates handed in through <see cref="ChatInbox"/> are journaled: their destination travels with them (<see cref="ChatUpdate.ReplyTo"/>).
/// </summary>
public sealed class OutboxJournal(Outbox outbox) : IReplyJournal
{
    readonly ConcurrentDictionary<(string, string, long), IReadOnlyList<Reply>> _written = new();

    // An update id is unique per user (the browser chat numbers each chat's updates), not per channel.
    static (string, string, long) Key(ChatUpdate update) => (update.From.Channel, update.From.UserId, update.UpdateId);

    public void Write(ChatUpdate update, IReadOnlyList<Reply> replies)
    {
        if (update.ReplyTo is not { } chatId) return;
        outbox.Write(update.From.Channel, chatId, replies, "reply");
        _written[Key(update)] = replies;
    }

    /// <summary>
    /// True when <paramref name="replies"/> are the very replies journaled for the update. Any other answer (an apology
    /// after a failure that rolled back what was written; an engine that journals nothing) gets false.
    /// </summary>
    public bool Take(ChatUpdate update, IReadOnlyList<Reply> replies)
    {
        return _written.TryRemove(Key(update), out var written) && ReferenceEquals(written, replies);
    }
}
