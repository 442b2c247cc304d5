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
            replies = await engine.HandleAsync(update, cancellationToken) ?? [];
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The engine promises never to throw; if it does anyway the person still hears something.
            logger.LogError(e, "The conversation engine failed on update {UpdateId} from {Channel}:{UserId} in chat {ChatId}", update.UpdateId, update.From.Channel, update.From.UserId, chatId);
            replies = [new TextReply(SomethingWentWrong(update.From))];
        }
        catch
        {
            journal.Take(update, []);
            throw;
        }
        if (!journal.Take(update, replies) && replies.Count > 0)
        {
            try
            {
                outbox.Write(update.From.Channel, chatId, replies, "reply");
            }
            catch (Exception e) when (StorageSpace.IsFull(e))
            {
                // Nothing can be written down while the disk is full; the person still hears that it was not saved.
                outbox.SendUnrecorded(update.From.Channel, chatId, replies, "reply");
            }
            catch (Exception e)
            {
                logger.LogError(e, "Could not write down {Count} reply(ies) for {Channel} chat {ChatId}", replies.Count, update.From.Channel, chatId);
            }
        }
        return replies;
    }

    string SomethingWentWrong(ChatUser user)
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
        return Texts.For(language).SomethingWentWrong;
    }
}
