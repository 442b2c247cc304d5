using System.Globalization;
using System.Text;
using ChatAppraisal.Conversations;
using global::Telegram.Bot.Types.ReplyMarkups;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>The engine's replies as Bot API calls: keyboards, edits in place, long texts split, long captions moved to a text.</summary>
public static class TelegramReplies
{
    public const int MaxCallbackDataBytes = 64;

    public static IEnumerable<Outgoing> ToOutgoing(Reply reply) => reply switch
    {
        TextReply text => FromText(text),
        ImageReply image => WithCaption(image.Caption, caption => new SendPhoto(image.Png, caption)),
        DocumentReply document => WithCaption(document.Caption, caption => new SendDocument(document.Content, document.FileName, caption)),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "A reply kind the Telegram channel does not know."),
    };

    /// <summary>Buttons Telegram would refuse (callback data must be 1–64 bytes): the whole message would fail, so they are left out.</summary>
    public static IEnumerable<Button> InvalidButtons(Reply reply) =>
        reply is TextReply { Buttons: { } rows } ? rows.SelectMany(r => r).Where(b => !IsValid(b)) : [];

    static IEnumerable<Outgoing> FromText(TextReply reply)
    {
        var keyboard = Keyboard(reply.Buttons);
        var text = string.IsNullOrWhiteSpace(reply.Text) ? (keyboard is null ? null : "…") : reply.Text;
        if (text is null) yield break;
        var pieces = TelegramText.Split(text);
        var editId = int.TryParse(reply.EditMessageId, NumberStyles.None, CultureInfo.InvariantCulture, out var id) ? id : (int?)null;
        for (var i = 0; i < pieces.Count; i++)
        {
            // The buttons go under the last piece, where the reader ends up.
            var markup = i == pieces.Count - 1 ? keyboard : null;
            yield return i == 0 && editId is { } messageId
                ? new EditText(messageId, pieces[i], markup)
                : new SendText(pieces[i], markup);
        }
    }

    static IEnumerable<Outgoing> WithCaption(string? caption, Func<string?, Outgoing> make)
    {
        if (string.IsNullOrWhiteSpace(caption) || caption.Length <= TelegramText.MaxCaptionLength)
        {
            yield return make(string.IsNullOrWhiteSpace(caption) ? null : caption);
            yield break;
        }
        yield return make(null);
        foreach (var piece in TelegramText.Split(caption)) yield return new SendText(piece);
    }

    static InlineKeyboardMarkup? Keyboard(IReadOnlyList<IReadOnlyList<Button>>? rows)
    {
        var buttons = rows?
            .Select(row => row.Where(IsValid).Select(b => InlineKeyboardButton.WithCallbackData(b.Label, b.Data)).ToArray())
            .Where(row => row.Length > 0)
            .ToArray();
        return buttons is { Length: > 0 } ? new InlineKeyboardMarkup(buttons) : null;
    }

    static bool IsValid(Button button) =>
        !string.IsNullOrWhiteSpace(button.Label)
        && Encoding.UTF8.GetByteCount(button.Data) is >= 1 and <= MaxCallbackDataBytes;
}
