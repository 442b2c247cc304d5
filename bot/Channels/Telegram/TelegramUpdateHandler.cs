using System.Globalization;
using global::Telegram.Bot;
using ChatAppraisal.Channels.Outbox;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using global::Telegram.Bot.Types;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>
/// The thin step between Telegram and the conversation engine: map the update, answer the button press at once, hand the
/// update in for the chat it came from. Polling and the webhook both come through here.
/// </summary>
public sealed class TelegramUpdateHandler(ChatInbox inbox, Outbox outbox, TelegramFiles files, MemberDirectory members, IOptions<BotOptions> bot,
    ITelegramBotClient client, BotIdentity identity, ILogger<TelegramUpdateHandler> logger)
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
        var chatId = incoming.ChatId.ToString(CultureInfo.InvariantCulture);
        // A photo or document is fetched before the engine sees it: nothing may await inside the update's transaction.
        if (chatUpdate.Unsupported && update.Message is { } message && TelegramFiles.HasFile(message))
        {
            switch (await FetchAsync(message, cancellationToken))
            {
                case { File: { } file }:
                    chatUpdate = chatUpdate with { File = file, Unsupported = false };
                    break;
                case var fetched:
                    // Too large, or not fetched at all (getFile or the download failed): said so, and nothing goes further.
                    var texts = Texts.For(members.Account(chatUpdate.From.Channel, chatUpdate.From.UserId)?.Language ?? bot.Value.Language);
                    outbox.Write(TelegramChannel.Name, chatId, [new TextReply(fetched is null ? texts.FileNotFetched : fetched.Refusal(texts))], "reply");
                    return;
            }
        }
        await _oneAtATime.WaitAsync(cancellationToken);
        try
        {
            await inbox.HandleAsync(chatUpdate, chatId, cancellationToken);
        }
        finally
        {
            _oneAtATime.Release();
        }
    }

    /// <summary>Null when the file could not be fetched (logged): the member is asked to send it again.</summary>
    async Task<TelegramFileFetch?> FetchAsync(Message message, CancellationToken cancellationToken)
    {
        try
        {
            return await files.FetchAsync(message, cancellationToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !cancellationToken.IsCancellationRequested)
        {
            logger.LogWarning(e, "Telegram: could not fetch the file of message {MessageId} in chat {ChatId}", message.MessageId, message.Chat.Id);
            return null;
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
