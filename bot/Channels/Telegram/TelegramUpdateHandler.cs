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
            foreach (var reply in await AnswerAsync(incoming.ChatId, chatUpdate, cancellationToken))
                Queue(incoming.ChatId, reply);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    void Queue(long chatId, Reply reply)
    {
        try
        {
            foreach (var invalid in TelegramReplies.InvalidButtons(reply))
                logger.LogError("Telegram: button {Label} left out in chat {ChatId}: its data must be 1–64 bytes", invalid.Label, chatId);
            foreach (var item in TelegramReplies.ToOutgoing(reply)) outbox.Enqueue(chatId, item);
        }
        catch (Exception e)
        {
            // A reply the channel cannot send is one lost reply, not a stuck update (Telegram would redeliver it forever).
            logger.LogError(e, "Telegram: a {Kind} for chat {ChatId} could not be turned into a message", reply.GetType().Name, chatId);
        }
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
