using System.Globalization;
using System.Text;

namespace ChatAppraisal.Conversations;

/// <summary>
/// A typed label (or, on a channel that numbers its buttons, "#n" or a bare "n") presses that button of the prompt the
/// member saw: the one stored with the conversation in the update's own transaction, so a reply typed before the prompt's
/// message was even sent still presses the right button. The one place this is decided, for every channel.
/// </summary>
public static class TypedButtons
{
    /// <summary>The stored prompt's button the text chooses; null when the text is an answer of its own.</summary>
    public static StoredButton? Find(ConversationDoc conversation, string typed, bool numbered)
    {
        var buttons = conversation.PromptButtons;
        if (buttons.Count == 0) return null;
        // NFKC: full-width digits and ＃ from a Chinese keyboard read as 3 and #.
        var text = typed.Normalize(NormalizationForm.FormKC).Trim();
        if (buttons.FirstOrDefault(b => string.Equals(b.Label.Normalize(NormalizationForm.FormKC).Trim(), text, StringComparison.OrdinalIgnoreCase)) is { } byLabel)
            return byLabel;
        if (!numbered) return null;
        var number = text.StartsWith('#') ? text[1..].Trim() : conversation.PromptNumbersAreAnswers ? null : text.TrimEnd('.', '。', '、');
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= buttons.Count ? buttons[n - 1] : null;
    }
}
