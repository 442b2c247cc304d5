namespace ChatAppraisal.Conversations;

// The conversation layer's edge: channels (console, Telegram, later WeChat) translate to and from these records.

/// <summary>A person on a channel: the channel's name ("console", "telegram") and the user's id there.</summary>
public sealed record ChatUser(string Channel, string UserId, string? DisplayName = null, string? LanguageCode = null);

/// <summary>One incoming update.</summary>
/// <param name="UpdateId">The channel's id for this update; an id seen before is ignored.</param>
/// <param name="Text">Typed text (commands included, without any "@botname" suffix).</param>
/// <param name="ButtonData">Data of a pressed button (1–64 bytes).</param>
/// <param name="ButtonMessageId">The channel's id of the message that carried the pressed button, for edits in place.</param>
/// <param name="Unsupported">A sticker, voice or other content the dialogs cannot read.</param>
/// <param name="File">A photo or file the person sent, already fetched by the channel (the engine never awaits inside its transaction).</param>
public sealed record ChatUpdate(
    ChatUser From,
    long UpdateId,
    string? Text = null,
    string? ButtonData = null,
    string? ButtonMessageId = null,
    bool Unsupported = false,
    ChatFile? File = null);

/// <summary>A file that came with an update: its name as sent, its declared type, its bytes, and whether it came as a photo.</summary>
public sealed record ChatFile(string FileName, string? ContentType, byte[] Content, bool IsPhoto = false);

public sealed record Button(string Label, string Data);

/// <summary>What the engine answers; a channel sends them in order.</summary>
public abstract record Reply;

/// <param name="Buttons">Rows of buttons under the text.</param>
/// <param name="EditMessageId">Edit this earlier message (the one with the pressed button) instead of sending a new one.</param>
public sealed record TextReply(string Text, IReadOnlyList<IReadOnlyList<Button>>? Buttons = null, string? EditMessageId = null) : Reply
{
    /// <summary>
    /// A bare number typed at this prompt is an answer (a score, an item number), not the choice of a numbered button.
    /// Channels that number their buttons (the console) then choose buttons by label or "#n" only.
    /// </summary>
    public bool NumbersAreAnswers { get; init; }
}

public sealed record ImageReply(byte[] Png, string Caption) : Reply;

public sealed record DocumentReply(byte[] Content, string FileName, string? Caption = null) : Reply;

/// <summary>The conversation layer as channels see it.</summary>
public interface IConversationEngine
{
    /// <summary>
    /// Handles one update; never throws for bad input: every input gets a reply. Cancelled before the update was handled
    /// (shutting down), it throws <see cref="OperationCanceledException"/>: the update was not handled and must come again.
    /// </summary>
    Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, CancellationToken cancellationToken = default);
}
