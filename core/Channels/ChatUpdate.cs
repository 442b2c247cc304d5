namespace ChatAppraisal.Channels;

// The channel contract's records: every channel translates its platform's updates into these and sends the replies.

/// <summary>A person on a channel: the channel's name ("console", "telegram") and the user's id there.</summary>
public sealed record ChatUser(string Channel, string UserId, string? DisplayName = null, string? LanguageCode = null);

/// <summary>One incoming update.</summary>
/// <param name="UpdateId">The channel's id for this update, unique per user; an id the user's updates had before is ignored.</param>
/// <param name="Text">Typed text (commands included, without any "@botname" suffix).</param>
/// <param name="ButtonData">Data of a pressed button (at most the channel's <see cref="ChannelLimits.MaxButtonDataBytes"/>).</param>
/// <param name="ButtonMessageId">The channel's id of the message that carried the pressed button, for edits in place (WeCom: the card's response code).</param>
/// <param name="Unsupported">A sticker, voice or other content the dialogs cannot read.</param>
/// <param name="File">A photo or file the person sent, already fetched by the channel (the engine never awaits inside its transaction).</param>
/// <param name="ButtonsNumbered">The channel shows buttons as numbered lines (the console, WeCom): a typed "n" or "#n" presses one.</param>
/// <param name="ReplyTo">The chat the replies go to (a private chat, or the group the command came from), set by <see cref="ChatInbox"/>.</param>
public sealed record ChatUpdate(
    ChatUser From,
    long UpdateId,
    string? Text = null,
    string? ButtonData = null,
    string? ButtonMessageId = null,
    bool Unsupported = false,
    ChatFile? File = null,
    bool ButtonsNumbered = false,
    string? ReplyTo = null);

/// <summary>A file that came with an update: its name as sent, its declared type, its bytes, and whether it came as a photo.</summary>
public sealed record ChatFile(string FileName, string? ContentType, byte[] Content, bool IsPhoto = false);

public sealed record Button(string Label, string Data);

/// <summary>The conversation layer as channels see it.</summary>
public interface IConversationEngine
{
    /// <summary>
    /// Handles one update; never throws for bad input: every input gets a reply. Cancelled before the update was handled
    /// (shutting down), it throws <see cref="OperationCanceledException"/>: the update was not handled and must come again.
    /// </summary>
    Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, CancellationToken cancellationToken = default);
}
