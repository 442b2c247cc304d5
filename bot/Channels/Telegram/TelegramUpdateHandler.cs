using System.Globalization;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>
/// The thin step between Telegram and the conversation engine: map the update, answer the button press at once, hand the
/// update in for the chat it came from. Polling and the webhook both come through here.
/// </summary>
public sealed class TelegramUpdateHandler(ChatInbox inbox, ITelegramBotClient client, BotIdentity identity, ILogger<TelegramUpdateHandler> logger)
{
    // One update at a time, so answers are written down in the order the updates came (webhook requests can overlap).
    readonly SemaphoreSlim _oneAtATime = new(1, 1);

    public async Task HandleAsync(Update update, CancellationToken cancellationToken)
    {
        var incoming = TelegramUpdateMapper.Map(update, identity.Id, identity.Username);
        if (incoming is null)
        {
            logger.LogDebug("Telegram: update {UpdateId} ({Type}) is not for the bot", update.Id, update.Type);
            return;
        }
        // Stops the button's spinner; never waits behind the chat's messages, and is not worth keeping over a restart.
        if (incoming.CallbackQueryId is { } queryId) _ = AnswerButtonAsync(incoming.ChatId, queryId);
        if (incoming.Update is not { } chatUpdate) return;
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await inbox.HandleAsync(chatUpdate, incoming.ChatId.ToString(CultureInfo.InvariantCulture), cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    async Task AnswerButtonAsync(long chatId, string queryId)
    {
        try
        {
            await client.AnswerCallbackQuery(queryId);
        }
        catch (Exception e)
        {
            logger.LogDebug(e, "Telegram: button press in chat {ChatId} could not be answered", chatId);
        }
    }
}
