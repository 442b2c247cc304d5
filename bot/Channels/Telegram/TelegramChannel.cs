using System.Globalization;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.ReplyMarkups;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>
/// Telegram's side of the seam: one reply as one Bot API call (a message with its inline keyboard, an edit in place, a
/// photo, a document), what its failures mean, its limits, and deep links for invites. The outbox does the rest.
/// </summary>
public sealed class TelegramChannel(ITelegramBotClient client, TelegramTuning tuning, BotIdentity identity, IOptions<TelegramOptions> options,
    ILogger<TelegramChannel> logger) : IChatChannel
{
    public const string Name = "telegram";
    public const int MaxMessageLength = 4096, MaxCaptionLength = 1024, MaxCallbackDataBytes = 64;

    string IChatChannel.Name => Name;

    public string Describe() => options.Value.UsesWebhook ? $"webhook {options.Value.WebhookUrl}" : "long polling";

    public ChannelLimits Limits { get; } = new()
    {
        MaxTextLength = MaxMessageLength,
        MaxCaptionLength = MaxCaptionLength,
        MaxButtonDataBytes = MaxCallbackDataBytes,
        // A short burst (a pressed button's edit and the next prompt go at once), then about one a second.
        PerChat = [new RateWindow(tuning.PerChatBurst, tuning.PerChatInterval * tuning.PerChatBurst)],
        MessagesPerSecond = tuning.MessagesPerSecond,
        Retry = new RetryPolicy
        {
            SendAttempts = tuning.SendAttempts, FirstBackoff = tuning.FirstBackoff, MaxBackoff = tuning.MaxBackoff,
            MaxFloodWaits = tuning.MaxFloodWaits, MaxFloodWait = tuning.MaxFloodWait,
        },
    };

    /// <summary>Groups (negative ids) get at most 20 messages a minute.</summary>
    public IReadOnlyList<RateWindow> PaceFor(string chatId) =>
        chatId.StartsWith('-') && tuning.PerGroupInterval > tuning.PerChatInterval
            ? [new RateWindow(tuning.PerChatBurst, tuning.PerGroupInterval * tuning.PerChatBurst)]
            : Limits.PerChat;

    public string? InviteLink(string code) =>
        identity.Username is { Length: > 0 } username ? $"https://t.me/{username}?start={Uri.EscapeDataString(code)}" : null;

    public async Task SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        var chat = long.Parse(chatId, CultureInfo.InvariantCulture);
        switch (reply)
        {
            case TextReply { EditMessageId: { } edit } text when int.TryParse(edit, NumberStyles.None, CultureInfo.InvariantCulture, out var messageId):
                try
                {
                    await client.EditMessageText(chat, messageId, text.Text, replyMarkup: Keyboard(text.Buttons), cancellationToken: cancellationToken);
                }
                catch (ApiRequestException e) when (IsNotModified(e))
                {
                    // The message already reads so: the edit has nothing to do.
                }
                catch (ApiRequestException e) when (e.ErrorCode == 400)
                {
                    // Too old, deleted or not ours to edit: the reader still needs the text, so it comes as a new message.
                    logger.LogInformation("Telegram: could not edit message {MessageId} in chat {ChatId} ({Reason}); sending it anew", messageId, chat, e.Message);
                    await client.SendMessage(chat, text.Text, replyMarkup: Keyboard(text.Buttons), cancellationToken: cancellationToken);
                }
                break;
            case TextReply text:
                await client.SendMessage(chat, text.Text, replyMarkup: Keyboard(text.Buttons), cancellationToken: cancellationToken);
                break;
            case ImageReply image:
                await client.SendPhoto(chat, InputFile.FromStream(new MemoryStream(image.Png), "chart.png"), NullIfEmpty(image.Caption), cancellationToken: cancellationToken);
                break;
            case DocumentReply document:
                await client.SendDocument(chat, InputFile.FromStream(new MemoryStream(document.Content), document.FileName), NullIfEmpty(document.Caption), cancellationToken: cancellationToken);
                break;
            default:
                throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "A reply kind the Telegram channel does not know.");
        }
    }

    /// <summary>429 waits its retry_after; 5xx answers, timeouts and broken connections are worth another try; other 4xx are not.</summary>
    public SendFailure Classify(Exception error) => error switch
    {
        ApiRequestException { ErrorCode: 429 } flood => new SendFailure.Flood(TimeSpan.FromSeconds(Math.Max(1, flood.Parameters?.RetryAfter ?? 1))),
        ApiRequestException api => api.ErrorCode >= 500 ? SendFailure.Retry : SendFailure.GiveUp,
        RequestException request => request.HttpStatusCode is null || (int)request.HttpStatusCode >= 500 ? SendFailure.Retry : SendFailure.GiveUp,
        HttpRequestException or IOException or OperationCanceledException => SendFailure.Retry, // OperationCanceled: HttpClient's own timeout
        _ => SendFailure.GiveUp,
    };

    static string? NullIfEmpty(string? text) => string.IsNullOrWhiteSpace(text) ? null : text;

    static bool IsNotModified(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    public static InlineKeyboardMarkup? Keyboard(IReadOnlyList<IReadOnlyList<Button>>? rows)
    {
        var buttons = rows?
            .Select(row => row.Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data)).ToArray())
            .Where(row => row.Length > 0)
            .ToArray();
        return buttons is { Length: > 0 } ? new InlineKeyboardMarkup(buttons) : null;
    }
}
