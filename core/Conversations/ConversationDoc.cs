
namespace ChatAppraisal.Conversations;

/// <summary>
/// Where one chat account stands: the open dialog and its session (the dialog's own record), and the generation of
/// the buttons it was last shown. Stored in "conversations" and rewritten in the same transaction as the update's answer,
/// so after a restart everyone continues at the prompt where they were.
/// </summary>
public sealed class ConversationDoc
{
    /// <summary>"channel:userId", as <see cref="Storage.AccountDoc.Key"/>.</summary>
    public string Id { get; set; } = "";

    /// <summary>The open dialog's name (its command without "/"), or null when idle.</summary>
    public string? Dialog { get; set; }

    /// <summary>The open dialog's session, mapped to and from its own record type.</summary>
    public Storage.StoredSession? Session { get; set; }

    /// <summary>Bumped whenever a prompt with buttons is sent; a pressed button from an older generation has expired.</summary>
    public int ButtonGeneration { get; set; }

    /// <summary>The last prompt with buttons, so a pressed button's message can be edited to show the choice.</summary>
    public string? PromptText { get; set; }

    public List<StoredButton> PromptButtons { get; set; } = [];

    /// <summary>A bare number typed at this prompt is an answer (a score), so only a label or "#n" presses a button.</summary>
    public bool PromptNumbersAreAnswers { get; set; }

    public DateTime UpdatedAt { get; set; }
}

public sealed class StoredButton
{
    public string Label { get; set; } = "";
    public string Data { get; set; } = "";
}

/// <summary>An update already handled ("channel:userId:updateId"); a redelivered update is ignored.</summary>
public sealed class ProcessedUpdateDoc
{
    public string Id { get; set; } = "";
    public DateTime At { get; set; }

    public static string Key(ChatUpdate update) => $"{update.From.Channel}:{update.From.UserId}:{update.UpdateId}";
}
