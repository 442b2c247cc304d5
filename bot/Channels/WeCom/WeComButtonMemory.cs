using System.Text;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>The buttons last shown to one WeCom member (a card's or numbered lines'), for a pressed card's label.</summary>
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
/// Remembers per member the buttons of the last card or numbered lines sent (collection <c>wecom_buttons</c>), for the
/// label a card shows once pressed. What a typed label or number presses is the engine's (<c>TypedButtons</c>, from the
/// prompt stored in the update's own transaction), never this memory, which is written only after the send.
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

}
