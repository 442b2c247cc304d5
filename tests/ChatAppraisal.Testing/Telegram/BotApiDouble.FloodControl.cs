namespace ChatAppraisal.Tests.Telegram;

// Telegram's flood control, opt-in: a chat (or the bot as a whole) that gets messages faster than allowed is answered
// 429 "Too Many Requests: retry after N" with parameters.retry_after, and the refused message is not delivered.
public sealed partial class BotApiDouble
{
    readonly Dictionary<long, List<DateTimeOffset>> _sendsPerChat = [];
    readonly List<DateTimeOffset> _sendsOverall = [];

    /// <summary>
    /// Opt-in: at most Count messages (sent, edited, photos, documents) in any Period to one chat, as Telegram's "about one
    /// message a second, with short bursts"; one more is refused with 429. Null (the default): no limit.
    /// </summary>
    public (int Count, TimeSpan Period)? PerChatLimit { get; set; }

    /// <summary>Opt-in: a group (negative chat id) is held to this as well (Telegram: 20 messages a minute).</summary>
    public (int Count, TimeSpan Period)? PerGroupLimit { get; set; }

    /// <summary>Opt-in: at most this many messages in any second over all chats (Telegram: about 30).</summary>
    public int? MessagesPerSecondLimit { get; set; }

    /// <summary>Requests refused with 429 by the limits above (not by <see cref="Faults"/>).</summary>
    public IReadOnlyList<RecordedRequest> Throttled => Requests.Where(r => r is { Status: 429, Fault: null }).ToList();

    /// <summary>Called under the gate before a send is done: refuses it when a limit is full, else counts it.</summary>
    void Throttle(RecordedRequest request)
    {
        if (!request.IsSend || request.ChatId is not { } chatId) return;
        var now = DateTimeOffset.UtcNow;
        if (!_sendsPerChat.TryGetValue(chatId, out var chat)) _sendsPerChat[chatId] = chat = [];
        var free = now;
        if (PerChatLimit is { } perChat) free = Later(free, FreeAt(chat, perChat, now));
        if (chatId < 0 && PerGroupLimit is { } perGroup) free = Later(free, FreeAt(chat, perGroup, now));
        if (MessagesPerSecondLimit is { } overall) free = Later(free, FreeAt(_sendsOverall, (overall, TimeSpan.FromSeconds(1)), now));
        if (free > now)
        {
            // Telegram says whole seconds, at least one.
            var seconds = Math.Max(1, (int)Math.Ceiling((free - now).TotalSeconds));
            throw new ApiError(429, $"Too Many Requests: retry after {seconds}", seconds);
        }
        chat.Add(now);
        _sendsOverall.Add(now);
        var longest = new[] { PerChatLimit?.Period, PerGroupLimit?.Period, TimeSpan.FromSeconds(1) }.Max(p => p ?? TimeSpan.Zero);
        chat.RemoveAll(t => t <= now - longest);
        _sendsOverall.RemoveAll(t => t <= now - TimeSpan.FromSeconds(1));
    }

    /// <summary>When the window has room for one more: now, or when the oldest send that fills it leaves the window.</summary>
    static DateTimeOffset FreeAt(List<DateTimeOffset> sends, (int Count, TimeSpan Period) limit, DateTimeOffset now)
    {
        var inWindow = sends.Where(t => t > now - limit.Period).Order().ToList();
        return inWindow.Count < limit.Count ? now : inWindow[inWindow.Count - limit.Count] + limit.Period;
    }

    static DateTimeOffset Later(DateTimeOffset a, DateTimeOffset b) => a > b ? a : b;
}
