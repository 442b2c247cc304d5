namespace ChatAppraisal.Channels;

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
