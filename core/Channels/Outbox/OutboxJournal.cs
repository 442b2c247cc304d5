using System.Collections.Concurrent;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Channels.Outbox;

/// <summary>
/// Writes an update's replies into the <see cref="Outbox"/> inside the engine's transaction, so the answer and its replies
/// are stored together or not at all, and a crash between the commit and the send delays a reply instead of losing it.
/// Only updates a channel announced through <see cref="ChatInbox"/> are journaled (the console prints its replies itself).
/// </summary>
public sealed class OutboxJournal(Outbox outbox) : IReplyJournal
{
    readonly ConcurrentDictionary<(string, long), string> _chats = new();
    readonly ConcurrentDictionary<(string, long), IReadOnlyList<Reply>> _written = new();

    static (string, long) Key(ChatUpdate update) => (update.From.Channel, update.UpdateId);

    /// <summary>Replies to this update go to this chat (a private chat, or the group the command came from).</summary>
    public void Expect(ChatUpdate update, string chatId) => _chats[Key(update)] = chatId;

    public void Write(ChatUpdate update, IReadOnlyList<Reply> replies)
    {
        if (!_chats.TryRemove(Key(update), out var chatId)) return;
        outbox.Write(update.From.Channel, chatId, replies, "reply");
        _written[Key(update)] = replies;
    }

    /// <summary>
    /// True when <paramref name="replies"/> are the very replies journaled for the update. Any other answer (an apology
    /// after a failure that rolled back what was written; an engine that journals nothing) gets false.
    /// </summary>
    public bool Take(ChatUpdate update, IReadOnlyList<Reply> replies)
    {
        _chats.TryRemove(Key(update), out _);
        return _written.TryRemove(Key(update), out var written) && ReferenceEquals(written, replies);
    }
}
