using System.Text;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Channels.Outbox;

/// <summary>
/// The engine's replies cut to one channel's limits before they are written down: long texts split on line boundaries
/// (the buttons under the last piece, an edit only in the first), long captions moved to a text after the file, and
/// buttons the channel would refuse left out (logged), so that the whole message is not refused for one button.
/// </summary>
public static class ReplyFitting
{
    public static IEnumerable<Reply> Fit(Reply reply, ChannelLimits limits, ILogger? logger = null) => reply switch
    {
        TextReply text => FitText(text, limits, logger),
        ImageReply image => WithCaption(image.Caption, limits, caption => image with { Caption = caption ?? "" }),
        DocumentReply document => WithCaption(document.Caption, limits, caption => document with { Caption = caption }),
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "A reply kind no channel knows."),
    };

    static IEnumerable<Reply> FitText(TextReply reply, ChannelLimits limits, ILogger? logger)
    {
        var buttons = ValidButtons(reply.Buttons, limits, logger);
        var text = string.IsNullOrWhiteSpace(reply.Text) ? (buttons is null ? null : "…") : reply.Text;
        if (text is null) yield break;
        var pieces = ChannelText.Split(text, limits.MaxTextLength, limits.LengthInUtf8Bytes);
        for (var i = 0; i < pieces.Count; i++)
            yield return new TextReply(pieces[i], i == pieces.Count - 1 ? buttons : null, i == 0 ? reply.EditMessageId : null)
            {
                NumbersAreAnswers = reply.NumbersAreAnswers,
            };
    }

    static IReadOnlyList<IReadOnlyList<Button>>? ValidButtons(IReadOnlyList<IReadOnlyList<Button>>? rows, ChannelLimits limits, ILogger? logger)
    {
        if (rows is null) return null;
        var kept = new List<IReadOnlyList<Button>>();
        foreach (var row in rows)
        {
            var valid = new List<Button>();
            foreach (var button in row)
            {
                if (!string.IsNullOrWhiteSpace(button.Label) && Encoding.UTF8.GetByteCount(button.Data) is var size && size >= 1 && size <= limits.MaxButtonDataBytes)
                    valid.Add(button);
                else
                    logger?.LogError("Outbox: button {Label} left out: its data must be 1–{Max} bytes", button.Label, limits.MaxButtonDataBytes);
            }
            if (valid.Count > 0) kept.Add(valid);
        }
        return kept.Count > 0 ? kept : null;
    }

    static IEnumerable<Reply> WithCaption(string? caption, ChannelLimits limits, Func<string?, Reply> make)
    {
        if (string.IsNullOrWhiteSpace(caption))
        {
            yield return make(null);
            yield break;
        }
        if (ChannelText.Length(caption, limits.LengthInUtf8Bytes) <= limits.MaxCaptionLength)
        {
            yield return make(caption);
            yield break;
        }
        yield return make(null);
        foreach (var piece in ChannelText.Split(caption, limits.MaxTextLength, limits.LengthInUtf8Bytes)) yield return new TextReply(piece);
    }
}
