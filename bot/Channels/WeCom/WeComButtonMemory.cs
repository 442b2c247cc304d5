using System.Globalization;
using System.Text;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>The buttons last shown to one WeCom member (a card's or numbered lines'), so that typing a number or a label presses one.</summary>
public sealed class WeComShownButtonsDoc
{
    /// <summary>The member's WeCom UserId.</summary>
    public string Id { get; set; } = "";
    public List<WeComShownButton> Buttons { get; set; } = [];
    /// <summary>A bare number typed at this prompt is an answer (a score): only a label or "#n" chooses.</summary>
    public bool NumbersAreAnswers { get; set; }
    public DateTime At { get; set; }
}

public sealed class WeComShownButton
{
    public string Label { get; set; } = "";
    public string Data { get; set; } = "";
}

/// <summary>
/// Remembers per member the buttons of the last prompt that had any (collection <c>wecom_buttons</c>) and turns a typed
/// label, "#n" or (where numbers are not answers) a bare "n" into that button, as the console chat does. A button of an
/// older prompt is still chosen; the engine answers it as an expired button and asks again.
/// </summary>
public sealed class WeComButtonMemory
{
    readonly AppraisalStore _store;
    readonly TimeProvider _clock;

    public WeComButtonMemory(AppraisalStore store, TimeProvider clock)
    {
        _store = store;
        _clock = clock;
        _store.Prepare(ChannelStore.WeComButtonsCollection);
    }

    IDocs<WeComShownButtonsDoc> Shown => new ChannelStore(_store).WeComButtons;

    public void Remember(string userId, IReadOnlyList<Button> buttons, bool numbersAreAnswers) => _store.Write(() =>
    {
        Shown.Upsert(new WeComShownButtonsDoc
        {
            Id = userId,
            Buttons = buttons.Select(b => new WeComShownButton { Label = b.Label, Data = b.Data }).ToList(),
            NumbersAreAnswers = numbersAreAnswers,
            At = _clock.GetUtcNow().UtcDateTime,
        });
    });

    /// <summary>The label of the shown button with this data (the key a card's press names), or null.</summary>
    public string? Label(string userId, string data) =>
        Shown.FindById(userId)?.Buttons.FirstOrDefault(b => b.Data == data)?.Label;

    /// <summary>The button the typed text chooses, or null when it is an answer of its own.</summary>
    public Button? Choose(string userId, string typed)
    {
        if (Shown.FindById(userId) is not { Buttons.Count: > 0 } shown) return null;
        // NFKC: full-width digits and ＃ from a Chinese keyboard read as 3 and #.
        var text = typed.Normalize(NormalizationForm.FormKC).Trim();
        if (shown.Buttons.FirstOrDefault(b => string.Equals(b.Label.Normalize(NormalizationForm.FormKC).Trim(), text, StringComparison.OrdinalIgnoreCase)) is { } byLabel)
            return new Button(byLabel.Label, byLabel.Data);
        var number = text.StartsWith('#') ? text[1..].Trim() : shown.NumbersAreAnswers ? null : text.TrimEnd('.', '。', '、');
        return int.TryParse(number, NumberStyles.None, CultureInfo.InvariantCulture, out var n) && n >= 1 && n <= shown.Buttons.Count
            ? new Button(shown.Buttons[n - 1].Label, shown.Buttons[n - 1].Data)
            : null;
    }
}
