using System.Globalization;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>What one Telegram update means to us: where answers go, what the engine sees (null: nothing), which button press to answer.</summary>
public sealed record TelegramIncoming(long ChatId, ChatUpdate? Update, string? CallbackQueryId);

/// <summary>Translates Telegram updates into the channel-free <see cref="ChatUpdate"/>.</summary>
public static class TelegramUpdateMapper
{
    public const string Channel = "telegram";

    /// <summary>Null when the update is not for us at all (other update kinds, service messages, other bots' commands).</summary>
    public static TelegramIncoming? Map(Update update, long? botId, string? botUsername) => update switch
    {
        { Message: { } message } => FromMessage(update.Id, message, botId, botUsername),
        { CallbackQuery: { } query } => FromButton(update.Id, query),
        _ => null,
    };

    static TelegramIncoming? FromMessage(int updateId, Message message, long? botId, string? botUsername)
    {
        if (message.From is not { IsBot: false } from || message.Chat.Type == ChatType.Channel) return null;
        var user = UserOf(from);
        var inGroup = message.Chat.Type is ChatType.Group or ChatType.Supergroup;

        if (message.Text is { } text)
        {
            if (text.StartsWith('/'))
            {
                if (!TryAddressToUs(text, botUsername, out text)) return null;
            }
            // In a group only commands and answers to our own messages are meant for the bot (Telegram's privacy mode says the same).
            else if (inGroup && message.ReplyToMessage?.From?.Id != botId) return null;
            return new(message.Chat.Id, new ChatUpdate(user, updateId, Text: text), null);
        }

        // A photo, sticker, voice note... gets a polite "please type" from the engine; joins, pins and the like get nothing.
        if (message.IsServiceMessage || inGroup) return null;
        return new(message.Chat.Id, new ChatUpdate(user, updateId, Unsupported: true), null);
    }

    static TelegramIncoming FromButton(int updateId, CallbackQuery query)
    {
        // A button on a message we can no longer see still arrives from a person: answer them in their private chat.
        var chatId = query.Message?.Chat.Id ?? query.From.Id;
        if (string.IsNullOrEmpty(query.Data) || query.From.IsBot) return new(chatId, null, query.Id);
        var messageId = query.Message?.MessageId.ToString(CultureInfo.InvariantCulture);
        return new(chatId, new ChatUpdate(UserOf(query.From), updateId, ButtonData: query.Data, ButtonMessageId: messageId), query.Id);
    }

    /// <summary>
    /// "/ranking@OurBot args" → "/ranking args". A command addressed to another bot ("/ranking@OtherBot") is not ours.
    /// </summary>
    public static bool TryAddressToUs(string text, string? botUsername, out string command)
    {
        command = text;
        if (!text.StartsWith('/')) return true;
        var end = text.IndexOfAny([' ', '\n', '\t']);
        var head = end < 0 ? text : text[..end];
        var at = head.IndexOf('@');
        if (at < 0) return true;
        var addressee = head[(at + 1)..];
        if (botUsername is null || !string.Equals(addressee, botUsername, StringComparison.OrdinalIgnoreCase)) return false;
        command = head[..at] + (end < 0 ? "" : text[end..]);
        return true;
    }

    static ChatUser UserOf(User from)
    {
        var name = string.Join(' ', new[] { from.FirstName, from.LastName }.Where(s => !string.IsNullOrWhiteSpace(s)));
        return new ChatUser(Channel, from.Id.ToString(CultureInfo.InvariantCulture),
            name.Length > 0 ? name : from.Username, from.LanguageCode);
    }
}
