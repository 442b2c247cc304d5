using global::Telegram.Bot.Types.ReplyMarkups;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>One Bot API call the outbox makes for a chat.</summary>
public abstract record Outgoing
{
    /// <summary>Counts against Telegram's message limits (everything but answering a button press).</summary>
    public virtual bool IsMessage => true;
}

public sealed record SendText(string Text, InlineKeyboardMarkup? Keyboard = null) : Outgoing;

public sealed record EditText(int MessageId, string Text, InlineKeyboardMarkup? Keyboard = null) : Outgoing;

public sealed record SendPhoto(byte[] Png, string? Caption) : Outgoing;

public sealed record SendDocument(byte[] Content, string FileName, string? Caption) : Outgoing;

/// <summary>Stops the button's spinner; Telegram wants it within seconds, so it never waits behind a chat's messages.</summary>
public sealed record AnswerButton(string CallbackQueryId) : Outgoing
{
    public override bool IsMessage => false;
}
