using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using global::Telegram.Bot.Types;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>
/// The thin step between Telegram and the conversation engine: map the update, let the engine answer, queue the answers
/// for the chat it came from, answer the button press. Polling and the webhook both come through here.
/// </summary>
public sealed class TelegramUpdateHandler(
    IConversationEngine engine,
    TelegramOutbox outbox,
    TelegramPendingSends pending,
    TelegramReplyJournal journal,
    BotIdentity identity,
    MemberDirectory members,
    ILogger<TelegramUpdateHandler> logger)
{
    // One update at a time, so answers are queued in the order the updates came (webhook requests can overlap).
    readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var incoming = TelegramUpdateMapper.Map(update, identity.Id, identity.Username);
        if (incoming is null)
        {
            logger.LogDebug("Telegram: update {UpdateId} ({Type}) is not for the bot", update.Id, update.Type);
            return;
        }
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            if (incoming.CallbackQueryId is { } queryId) outbox.Enqueue(incoming.ChatId, new AnswerButton(queryId));
            if (incoming.Update is not { } chatUpdate) return;
            journal.Expect(chatUpdate.UpdateId, incoming.ChatId);
            var replies = await AnswerAsync(incoming.ChatId, chatUpdate, cancellationToken);
            if (journal.Take(chatUpdate.UpdateId, replies, out var written))
                foreach (var (item, stored) in written) outbox.Enqueue(incoming.ChatId, item, stored);
            else
                Queue(incoming.ChatId, replies.SelectMany(reply => journal.ToOutgoing(incoming.ChatId, reply)).ToList());
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>
    /// Replies the engine did not journal (its apology after a failure; a test engine): written down now, then queued.
    /// </summary>
    void Queue(long chatId, IReadOnlyList<Outgoing> items)
    {
        if (items.Count == 0) return;
        IReadOnlyList<long?> stored;
        try
        {
            stored = pending.Add(chatId, items);
        }
        catch (Exception e)
        {
            logger.LogError(e, "Telegram: could not write down {Count} reply(ies) for chat {ChatId}; sending them unrecorded", items.Count, chatId);
            stored = items.Select(_ => (long?)null).ToList();
        }
        for (var i = 0; i < items.Count; i++) outbox.Enqueue(chatId, items[i], stored[i]);
    }

    async Task<IReadOnlyList<Reply>> AnswerAsync(long chatId, ChatUpdate update, CancellationToken cancellationToken)
    {
        try
        {
            return await engine.HandleAsync(update, cancellationToken) ?? [];
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            // The engine promises never to throw; if it does anyway the person still hears something.
            logger.LogError(e, "Telegram: the conversation engine failed on update {UpdateId} from user {UserId} in chat {ChatId}",
                update.UpdateId, update.From.UserId, chatId);
            return [new TextReply(SomethingWentWrong(update.From))];
        }
    }

    string SomethingWentWrong(ChatUser user)
    {
        var language = SafeAccountLanguage(user) ?? (user.LanguageCode?.StartsWith("en", StringComparison.OrdinalIgnoreCase) == true ? "en" : "zh");
        return language == "en"
            ? "Sorry, something went wrong on our side. Please try again in a moment."
            : "抱歉，系统出了点问题，请稍后再试。";
    }

    string? SafeAccountLanguage(ChatUser user)
    {
        try
        {
            return members.Account(user.Channel, user.UserId)?.Language;
        }
        catch (Exception e)
        {
            logger.LogWarning(e, "Telegram: could not read the language of user {UserId}", user.UserId);
            return null;
        }
    }
}
