using System.Collections.Concurrent;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>
/// The WeCom channel: sends one reply as one WeCom application message. Up to 6 buttons go out as a button card when the
/// prompt fits one; otherwise the choices are numbered lines that a typed number or label chooses. The press of a card's
/// button updates that card to show the choice (update_template_card, not a message) and sends what answers it. Charts
/// go up as images, workbooks as files; captions come as texts of their own (<see cref="ChannelLimits.MaxCaptionLength"/>
/// 0), so the outbox's per-member windows count WeCom's messages. Chat ids are WeCom UserIds. See docs/wecom.md.
/// </summary>
public sealed class WeComChannel(WeComApiClient api, WeComButtonMemory buttons, TimeProvider clock, ILogger<WeComChannel> logger) : IChatChannel
{
    /// <summary>WeCom's advice for a card's main title (一级标题, 36 characters) and its text (二级普通文本, 160).</summary>
    public const int CardTitleChars = 36, CardTextChars = 160, ReplaceNameChars = 20;

    static readonly ChannelLimits WeComLimits = new()
    {
        MaxTextLength = WeComApiClient.MaxTextBytes,
        LengthInUtf8Bytes = true,
        // A caption is a text message of its own on WeCom: the outbox writes it down as one, and counts it.
        MaxCaptionLength = 0,
        MaxButtons = WeComApiClient.MaxCardButtons,
        MaxButtonDataBytes = WeComApiClient.MaxKeyBytes,
        PerChat = [new RateWindow(30, TimeSpan.FromMinutes(1)), new RateWindow(1000, TimeSpan.FromHours(1))],
        MergeTexts = true,
    };

    readonly ConcurrentDictionary<int, bool> _explained = new();
    // Response codes already used on a card, so that a reply tried again does not update its card twice.
    readonly ConcurrentDictionary<string, DateTimeOffset> _updated = new();

    public string Name => WeComIncoming.Channel;

    public string Describe() => $"callback at {WeComOptions.CallbackPath}";

    public ChannelLimits Limits => WeComLimits;

    /// <summary>Members send <c>/start CODE</c> in the app: WeCom has no deep link into a self-built app with a payload.</summary>
    public string? InviteLink(string code) => null;

    public async Task SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case TextReply { EditMessageId: { Length: > 0 } edited } edit:
                var (responseCode, label) = WeComCardPress.Unpack(edited);
                var onlyTheChoice = IsOnlyTheChoice(edit, label);
                await UpdateCardAsync(chatId, responseCode, ReplaceName(edit.Text, label), cancellationToken);
                // A press answered by one prompt comes as an edit holding that prompt: WeCom cannot turn a card into
                // another message, so the prompt is a message of its own after the card shows the choice.
                if (!onlyTheChoice) await SendTextAsync(chatId, edit with { EditMessageId = null }, cancellationToken);
                break;
            case TextReply text:
                await SendTextAsync(chatId, text, cancellationToken);
                break;
            case ImageReply image:
                var imageId = await api.UploadMediaAsync("image", image.Png, "chart.png", "image/png", cancellationToken);
                await api.SendImageAsync(chatId, imageId, cancellationToken);
                await SendPlainAsync(chatId, image.Caption, cancellationToken);
                break;
            case DocumentReply document:
                var fileId = await api.UploadMediaAsync("file", document.Content, document.FileName, ContentType(document.FileName), cancellationToken);
                await api.SendFileAsync(chatId, fileId, cancellationToken);
                await SendPlainAsync(chatId, document.Caption, cancellationToken);
                break;
            default:
                throw new NotSupportedException($"WeCom cannot send a {reply.GetType().Name}.");
        }
    }

    /// <summary>
    /// How many WeCom messages a reply becomes: one for every reply the outbox writes down for WeCom (a card's update is
    /// none; a pressed card's prompt is one), more only for a caption given directly or a prompt whose numbered choices
    /// take it past 2,048 bytes.
    /// </summary>
    public static int MessageCount(Reply reply) => reply switch
    {
        TextReply { EditMessageId.Length: > 0 } edit => IsOnlyTheChoice(edit, WeComCardPress.Unpack(edit.EditMessageId!).Label) ? 0 : Plan(edit).Count,
        TextReply text => Plan(text).Count,
        ImageReply image => 1 + (string.IsNullOrWhiteSpace(image.Caption) ? 0 : WeComText.Split(image.Caption).Count),
        DocumentReply document => 1 + (string.IsNullOrWhiteSpace(document.Caption) ? 0 : WeComText.Split(document.Caption).Count),
        _ => 0,
    };

    async Task SendTextAsync(string userId, TextReply reply, CancellationToken cancellationToken)
    {
        var plan = Plan(reply);
        var all = reply.Buttons?.SelectMany(row => row).ToList() ?? [];
        if (all.Count > 0) buttons.Remember(userId, all, reply.NumbersAreAnswers);
        foreach (var message in plan)
        {
            if (message.Card is { } card)
                await api.SendButtonCardAsync(userId, WeComApiClient.NewTaskId(clock), card.Title, card.Text, card.Buttons, cancellationToken);
            else
                await api.SendTextAsync(userId, message.Text!, cancellationToken);
        }
    }

    sealed record Planned(string? Text, (string Title, string? Text, IReadOnlyList<WeComCardButton> Buttons)? Card = null);

    /// <summary>
    /// The messages a text reply becomes: one card when it has at most 6 buttons and its prompt fits a card (title = its
    /// first line, text = the rest); otherwise one text with the choices as numbered lines; a text longer than 2,048 bytes
    /// (the outbox has cut the prompt itself to that) in pieces cut between lines.
    /// </summary>
    static IReadOnlyList<Planned> Plan(TextReply reply)
    {
        var all = reply.Buttons?.SelectMany(row => row).ToList() ?? [];
        if (all.Count == 0) return WeComText.Split(reply.Text).Select(p => new Planned(p)).ToList();
        if (all.Count <= WeComApiClient.MaxCardButtons && CardFor(reply.Text) is { } card)
            return [new Planned(null, (card.Title, card.Text, all.Select(b => new WeComCardButton(WeComText.Shorten(b.Label, CardTitleChars), b.Data)).ToList()))];
        var lines = all.Select((b, i) => $"{(reply.NumbersAreAnswers ? "#" : "")}{i + 1}. {b.Label}");
        return WeComText.Split(reply.Text.TrimEnd() + "\n" + string.Join("\n", lines)).Select(p => new Planned(p)).ToList();
    }

    /// <summary>The card's title and text for a prompt, or null when the prompt is too long for a card.</summary>
    static (string Title, string? Text)? CardFor(string prompt)
    {
        var text = prompt.Trim();
        var newline = text.IndexOf('\n');
        var first = newline < 0 ? text : text[..newline].TrimEnd();
        var rest = newline < 0 ? null : text[(newline + 1)..].Trim();
        if (first.Length <= CardTitleChars && (rest is null || rest.Length <= CardTextChars)) return (first, rest);
        if (text.Length <= CardTextChars) return (WeComText.Shorten(first, CardTitleChars), text);
        return null;
    }

    /// <summary>The engine's plain edit of a pressed card: its prompt, then "→ label", no buttons; nothing to send but the update.</summary>
    static bool IsOnlyTheChoice(TextReply edit, string? label)
    {
        if (edit.Buttons is { Count: > 0 }) return false;
        var last = LastLine(edit.Text);
        return label is null ? last.StartsWith('→') : last == "→ " + label || last == "→" + label;
    }

    /// <summary>What a pressed card shows instead of its buttons: the label pressed (or the edit's "→ label"), else "✓".</summary>
    static string ReplaceName(string editedText, string? label)
    {
        var chosen = label;
        if (string.IsNullOrWhiteSpace(chosen) && LastLine(editedText) is var last && last.StartsWith('→')) chosen = last[1..].Trim();
        return WeComText.Shorten(string.IsNullOrWhiteSpace(chosen) ? "✓" : chosen.Trim(), ReplaceNameChars);
    }

    static string LastLine(string text)
    {
        var trimmed = text.TrimEnd();
        return trimmed[(trimmed.LastIndexOf('\n') + 1)..].Trim();
    }

    /// <summary>
    /// Shows the choice on the pressed card. Its response code works once: a card already updated (this reply tried
    /// again) is left alone, and a refused update (the code used or expired) is logged and the reply goes on, since what
    /// answers the press matters more than the card's look. Flood and network errors are thrown for the outbox to retry.
    /// </summary>
    async Task UpdateCardAsync(string userId, string responseCode, string replaceName, CancellationToken cancellationToken)
    {
        if (_updated.ContainsKey(responseCode)) return;
        try
        {
            await api.UpdateButtonCardAsync(userId, responseCode, replaceName, cancellationToken);
        }
        catch (WeComApiException e) when (WeComErrors.Classify(e) is SendFailure.Permanent && WeComErrors.WhatToFix(e.ErrorCode) is null)
        {
            logger.LogInformation("WeCom: the card pressed by {User} could not be updated ({ErrorCode} {Message}); its answer is sent anyway", userId, e.ErrorCode, e.ErrorMessage);
        }
        var now = clock.GetUtcNow();
        _updated[responseCode] = now;
        // WeCom's response codes last at most 72 hours: older ones are not worth remembering.
        if (_updated.Count > 1000)
            foreach (var old in _updated.Where(u => u.Value < now - TimeSpan.FromHours(72)).Select(u => u.Key).ToList()) _updated.TryRemove(old, out _);
    }

    async Task SendPlainAsync(string userId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var piece in WeComText.Split(text))
            await api.SendTextAsync(userId, piece, cancellationToken);
    }

    /// <summary>The outbox counts a reply's WeCom messages in its per-member windows: WeCom drops the excess silently.</summary>
    public int MessagesFor(Reply reply) => MessageCount(reply);

    public SendFailure Classify(Exception error)
    {
        if (error is WeComApiException api && WeComErrors.WhatToFix(api.ErrorCode) is { } fix && _explained.TryAdd(api.ErrorCode, true))
            logger.LogError("{WhatToFix}", fix);
        return WeComErrors.Classify(error);
    }

    static string ContentType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".csv" => "text/csv",
        ".pdf" => "application/pdf",
        ".png" => "image/png",
        _ => "application/octet-stream",
    };
}
