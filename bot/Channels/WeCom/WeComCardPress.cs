namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>
/// What the press of a card's button carries to the edit that answers it: the press's response code (update_template_card
/// takes it once) and the label of the button pressed, which the card then shows instead of its buttons. Packed into
/// <see cref="ChatUpdate.ButtonMessageId"/>, which the engine hands back as <see cref="TextReply.EditMessageId"/>; the
/// outbox stores it with the message, so it survives a restart. A press folded into the next prompt keeps no "→ label"
/// line, so the label has to travel this way.
/// </summary>
public static class WeComCardPress
{
    // Response codes are printable ASCII; a label has no line break (the engine's labels are one line).
    const char Separator = '\n';

    public static string Pack(string responseCode, string? label) =>
        string.IsNullOrEmpty(label) ? responseCode : responseCode + Separator + label.ReplaceLineEndings(" ");

    public static (string ResponseCode, string? Label) Unpack(string editMessageId)
    {
        var at = editMessageId.IndexOf(Separator);
        return at < 0 ? (editMessageId, null) : (editMessageId[..at], editMessageId[(at + 1)..]);
    }
}
