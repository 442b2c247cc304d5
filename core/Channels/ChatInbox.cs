using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Channels;

/// <summary>
/// Where a channel hands an update in: the engine answers it in one transaction that also writes the replies down for the
/// chat they go to; the outbox sends them. Whatever the engine did not journal (its apology after a failure) is written
/// down here. A channel needs nothing else to be answered durably.
/// </summary>
public sealed class ChatInbox(IConversationEngine engine, OutboxJournal journal, Outbox.Outbox outbox, MemberDirectory members,
    IOptions<BotOptions> options, ILogger<ChatInbox> logger)
{
    /// <summary>
    /// Handles one update whose replies go to <paramref name="chatId"/>. Returns once they are written down (not sent).
    /// Cancelled before the update was handled (shutting down), it throws: the update was not handled and must come again.
    /// </summary>
    public async Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, string chatId, CancellationToken cancellationToken)
    {
        update = update with { ReplyTo = chatId };
        IReadOnlyList<Reply> replies;
        try
        {
            replies = await AnswerAsync(update, cancellationToken);
        }
        catch
        {
            journal.Take(update, []);
            throw;
        }
        if (!journal.Take(update, replies) && replies.Count > 0) WriteDown(update.From.Channel, chatId, replies);
        return replies;
    }

    /// <summary>
    /// Handles one update for a channel whose person waits at the terminal for the answer (the console chat): the same way
    /// in (the engine's gate, the apology after a failure), its replies returned to be shown at once rather than written
    /// into the outbox. What the bot starts itself (a reminder) still reaches that channel through the outbox.
    /// </summary>
    public Task<IReadOnlyList<Reply>> AnswerHereAsync(ChatUpdate update, CancellationToken cancellationToken) =>
        AnswerAsync(update with { ReplyTo = null }, cancellationToken);

    /// <summary>
    /// A channel's refusal of what it received before the engine could see it (WeCom: a photo too large, or not fetched):
    /// said in the person's language and written into the outbox like any reply.
    /// </summary>
    public void Refuse(ChatUser from, string chatId, Func<Texts, string> say) =>
        WriteDown(from.Channel, chatId, [new TextReply(say(TextsFor(from)))]);

    async Task<IReadOnlyList<Reply>> AnswerAsync(ChatUpdate update, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.HandleAsync(update, cancellationToken) ?? [];
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The engine promises never to throw; if it does anyway the person still hears something.
            logger.LogError(e, "The conversation engine failed on update {UpdateId} from {Channel}:{UserId} in chat {ChatId}", update.UpdateId, update.From.Channel, update.From.UserId, update.ReplyTo);
            return [new TextReply(TextsFor(update.From).SomethingWentWrong)];
        }
    }

    void WriteDown(string channel, string chatId, IReadOnlyList<Reply> replies)
    {
        try
        {
            outbox.Write(channel, chatId, replies, "reply");
        }
        catch (Exception e) when (StorageSpace.IsFull(e))
        {
            // Nothing can be written down while the disk is full; the person still hears that it was not saved.
            outbox.SendUnrecorded(channel, chatId, replies, "reply");
        }
        catch (Exception e)
        {
            logger.LogError(e, "Could not write down {Count} reply(ies) for {Channel} chat {ChatId}", replies.Count, channel, chatId);
        }
    }

    Texts TextsFor(ChatUser user)
    {
        string? language;
        try
        {
            language = members.Account(user.Channel, user.UserId)?.Language;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Could not read the language of {Channel}:{UserId}", user.Channel, user.UserId);
            language = null;
        }
        language ??= user.LanguageCode?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : options.Value.Language;
        return Texts.For(language);
    }
}
