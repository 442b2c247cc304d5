using System.Collections.Concurrent;
using ChatAppraisal.Channels;
using ChatAppraisal.Conversations;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>WeCom refuses nothing beyond 30 messages a minute to one member: it drops them. This is thrown instead of sending them.</summary>
public sealed class WeComRateLimitException(string userId, TimeSpan wait)
    : Exception($"WeCom: a message to {userId} now would pass the per-member limit; wait {wait.TotalSeconds:0} s")
{
    public TimeSpan Wait { get; } = wait;
}

/// <summary>
/// The WeCom channel: sends one reply as WeCom application messages. Up to 6 buttons go out as a button card; more as
/// numbered lines that a typed number or label chooses; the press of a card's button updates it to show the choice.
/// Charts go up as images, workbooks as files. Chat ids are WeCom UserIds. See docs/wecom.md.
/// </summary>
public sealed class WeComChannel(WeComApiClient api, WeComButtonMemory buttons, TimeProvider clock, ILogger<WeComChannel> logger) : IChatChannel
{
    /// <summary>WeCom's advice for a card's main title (一级标题, 36 characters) and its text (二级普通文本, 160).</summary>
    public const int CardTitleChars = 36, CardTextChars = 160, ReplaceNameChars = 20;

    static readonly ChannelLimits WeComLimits = new()
    {
        MaxTextLength = WeComApiClient.MaxTextBytes,
        LengthInUtf8Bytes = true,
        MaxButtons = WeComApiClient.MaxCardButtons,
        MaxButtonDataBytes = WeComApiClient.MaxKeyBytes,
        PerChat = [new RateWindow(30, TimeSpan.FromMinutes(1)), new RateWindow(1000, TimeSpan.FromHours(1))],
        MergeTexts = true,
    };

    readonly ConcurrentDictionary<string, Queue<DateTimeOffset>> _sent = new();
    readonly ConcurrentDictionary<int, bool> _explained = new();

    public string Name => WeComIncoming.Channel;

    public string Describe() => $"callback at {WeComOptions.CallbackPath}";

    public ChannelLimits Limits => WeComLimits;

    /// <summary>Members send <c>/start CODE</c> in the app: WeCom has no deep link into a self-built app with a payload.</summary>
    public string? InviteLink(string code) => null;

    public async Task SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        switch (reply)
        {
            case TextReply { EditMessageId: { Length: > 0 } responseCode } edit:
                await api.UpdateButtonCardAsync(chatId, responseCode, ChosenLabel(edit.Text), cancellationToken);
                break;
            case TextReply text:
                await SendTextAsync(chatId, text, cancellationToken);
                break;
            case ImageReply image:
                Reserve(chatId, string.IsNullOrWhiteSpace(image.Caption) ? 1 : 1 + WeComText.Split(image.Caption).Count);
                var imageId = await api.UploadMediaAsync("image", image.Png, "chart.png", "image/png", cancellationToken);
                await Counted(chatId, api.SendImageAsync(chatId, imageId, cancellationToken));
                await SendPlainAsync(chatId, image.Caption, cancellationToken);
                break;
            case DocumentReply document:
                Reserve(chatId, string.IsNullOrWhiteSpace(document.Caption) ? 1 : 1 + WeComText.Split(document.Caption).Count);
                var fileId = await api.UploadMediaAsync("file", document.Content, document.FileName, ContentType(document.FileName), cancellationToken);
                await Counted(chatId, api.SendFileAsync(chatId, fileId, cancellationToken));
                await SendPlainAsync(chatId, document.Caption, cancellationToken);
                break;
            default:
                throw new NotSupportedException($"WeCom cannot send a {reply.GetType().Name}.");
        }
    }

    /// <summary>How many WeCom messages a reply becomes (a caption or a long prompt is a message of its own); an edit is none.</summary>
    public static int MessageCount(Reply reply) => reply switch
    {
        TextReply { EditMessageId.Length: > 0 } => 0,
        TextReply text => Plan(text).Count,
        ImageReply image => 1 + (string.IsNullOrWhiteSpace(image.Caption) ? 0 : WeComText.Split(image.Caption).Count),
        DocumentReply document => 1 + (string.IsNullOrWhiteSpace(document.Caption) ? 0 : WeComText.Split(document.Caption).Count),
        _ => 0,
    };

    async Task SendTextAsync(string userId, TextReply reply, CancellationToken cancellationToken)
    {
        var plan = Plan(reply);
        Reserve(userId, plan.Count);
        var all = reply.Buttons?.SelectMany(row => row).ToList() ?? [];
        if (all.Count > 0) buttons.Remember(userId, all, reply.NumbersAreAnswers);
        foreach (var message in plan)
        {
            if (message.Card is { } card)
                await Counted(userId, api.SendButtonCardAsync(userId, WeComApiClient.NewTaskId(clock), card.Title, card.Text, card.Buttons, cancellationToken));
            else
                await Counted(userId, api.SendTextAsync(userId, message.Text!, cancellationToken));
        }
    }

    sealed record Planned(string? Text, (string Title, string? Text, IReadOnlyList<WeComCardButton> Buttons)? Card = null);

    /// <summary>The messages a text reply becomes: pieces of text, and a card last when it has at most 6 buttons.</summary>
    static IReadOnlyList<Planned> Plan(TextReply reply)
    {
        var all = reply.Buttons?.SelectMany(row => row).ToList() ?? [];
        if (all.Count == 0) return WeComText.Split(reply.Text).Select(p => new Planned(p)).ToList();
        if (all.Count > WeComApiClient.MaxCardButtons)
        {
            var lines = all.Select((b, i) => $"{(reply.NumbersAreAnswers ? "#" : "")}{i + 1}. {b.Label}");
            return WeComText.Split(reply.Text.TrimEnd() + "\n" + string.Join("\n", lines)).Select(p => new Planned(p)).ToList();
        }
        var cardButtons = all.Select(b => new WeComCardButton(WeComText.Shorten(b.Label, CardTitleChars), b.Data)).ToList();
        var text = reply.Text.Trim();
        var newline = text.IndexOf('\n');
        var first = newline < 0 ? text : text[..newline].TrimEnd();
        var rest = newline < 0 ? null : text[(newline + 1)..].Trim();
        if (first.Length <= CardTitleChars && (rest is null || rest.Length <= CardTextChars))
            return [new Planned(null, (first, rest, cardButtons))];
        if (text.Length <= CardTextChars)
            return [new Planned(null, (WeComText.Shorten(first, CardTitleChars), text, cardButtons))];
        // Too long for a card: the whole text first, then the card asking its last line.
        var question = text[(text.LastIndexOf('\n') + 1)..].Trim();
        return [.. WeComText.Split(text).Select(p => new Planned(p)), new Planned(null, (WeComText.Shorten(question, CardTitleChars), null, cardButtons))];
    }

    /// <summary>What a pressed card shows instead of its buttons: the chosen label (the engine's edit ends with "→ label").</summary>
    static string ChosenLabel(string editedText)
    {
        var last = editedText.TrimEnd()[(editedText.TrimEnd().LastIndexOf('\n') + 1)..].Trim();
        if (last.StartsWith('→')) last = last[1..].Trim();
        return WeComText.Shorten(last.Length == 0 ? "✓" : last, ReplaceNameChars);
    }

    async Task SendPlainAsync(string userId, string? text, CancellationToken cancellationToken)
    {
        if (string.IsNullOrWhiteSpace(text)) return;
        foreach (var piece in WeComText.Split(text))
            await Counted(userId, api.SendTextAsync(userId, piece, cancellationToken));
    }

    // ---- the per-member limit, kept here too: one reply can be several messages, and WeCom drops the excess silently ----

    /// <summary>Throws <see cref="WeComRateLimitException"/> unless <paramref name="count"/> messages fit every window now.</summary>
    void Reserve(string userId, int count)
    {
        var now = clock.GetUtcNow();
        var sent = _sent.GetOrAdd(userId, _ => new Queue<DateTimeOffset>());
        lock (sent)
        {
            while (sent.Count > 0 && sent.Peek() <= now - TimeSpan.FromHours(1)) sent.Dequeue();
            var wait = TimeSpan.Zero;
            foreach (var window in WeComLimits.PerChat)
            {
                var inWindow = sent.Where(t => t > now - window.Period).ToList();
                var over = inWindow.Count + count - window.Count;
                if (over > 0)
                {
                    // The window frees when its oldest messages leave it.
                    var freedAt = inWindow[Math.Min(over, inWindow.Count) - 1] + window.Period;
                    wait = TimeSpan.FromTicks(Math.Max(wait.Ticks, (freedAt - now).Ticks));
                }
            }
            if (wait > TimeSpan.Zero) throw new WeComRateLimitException(userId, wait + TimeSpan.FromSeconds(1));
        }
    }

    async Task Counted(string userId, Task call)
    {
        await call;
        var sent = _sent.GetOrAdd(userId, _ => new Queue<DateTimeOffset>());
        lock (sent) sent.Enqueue(clock.GetUtcNow());
    }

    public SendFailure Classify(Exception error)
    {
        if (error is WeComRateLimitException limited) return new SendFailure.Flood(limited.Wait);
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
