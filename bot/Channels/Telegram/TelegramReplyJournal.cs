using System.Collections.Concurrent;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>
/// Writes a Telegram update's replies into <see cref="TelegramPendingSends"/> inside the engine's transaction, so the
/// answer and its reply are stored together or not at all. The update handler says which chat an update answers to
/// (<see cref="Expect"/>) and takes the written replies back (<see cref="Take"/>) to queue them.
/// </summary>
public sealed class TelegramReplyJournal(TelegramPendingSends pending, ILogger<TelegramReplyJournal> logger) : IReplyJournal
{
    readonly ConcurrentDictionary<long, long> _chats = new();
    readonly ConcurrentDictionary<long, (IReadOnlyList<Reply> Replies, IReadOnlyList<(Outgoing Item, long? Stored)> Items)> _written = new();

    /// <summary>Replies to this update go to this chat (a private chat, or the group the command came from).</summary>
    public void Expect(long updateId, long chatId) => _chats[updateId] = chatId;

    public void Write(ChatUpdate update, IReadOnlyList<Reply> replies)
    {
        if (update.From.Channel != TelegramUpdateMapper.Channel || !_chats.TryRemove(update.UpdateId, out var chatId)) return;
        var items = replies.SelectMany(reply => ToOutgoing(chatId, reply)).ToList();
        // pending.Add joins the engine's transaction (same thread), so a failure here rolls the whole update back.
        var stored = items.Count == 0 ? [] : pending.Add(chatId, items);
        _written[update.UpdateId] = (replies, items.Select((item, i) => (item, stored[i])).ToList());
    }

    /// <summary>
    /// The calls written for the update, in order with their ids, when <paramref name="replies"/> are the very replies the
    /// engine journaled. Any other answer (an engine that failed after writing and rolled back, and apologises instead;
    /// an engine that journals nothing) gets false, and nothing written is sent.
    /// </summary>
    public bool Take(long updateId, IReadOnlyList<Reply> replies, out IReadOnlyList<(Outgoing Item, long? Stored)> written)
    {
        _chats.TryRemove(updateId, out _);
        written = [];
        if (!_written.TryRemove(updateId, out var entry) || !ReferenceEquals(entry.Replies, replies)) return false;
        written = entry.Items;
        return true;
    }

    /// <summary>Telegram calls for one reply; a reply the channel cannot turn into messages is logged and left out.</summary>
    public IReadOnlyList<Outgoing> ToOutgoing(long chatId, Reply reply)
    {
        try
        {
            foreach (var invalid in TelegramReplies.InvalidButtons(reply))
                logger.LogError("Telegram: button {Label} left out in chat {ChatId}: its data must be 1–64 bytes", invalid.Label, chatId);
            return TelegramReplies.ToOutgoing(reply).ToList();
        }
        catch (Exception e)
        {
            // A reply the channel cannot send is one lost reply, not a stuck update (Telegram would redeliver it forever).
            logger.LogError(e, "Telegram: a {Kind} for chat {ChatId} could not be turned into a message", reply.GetType().Name, chatId);
            return [];
        }
    }
}
