namespace ChatAppraisal.Channels;

/// <summary>
/// A messaging channel (Telegram, WeCom, the browser chat, the console): what is its own and nothing else. It turns its
/// platform's updates into <see cref="ChatUpdate"/>s for the engine, and sends one reply at a time for the outbox, which
/// owns durability, order, pacing and retries for every channel alike. See docs/channels.md.
/// </summary>
public interface IChatChannel
{
    /// <summary>The name stored in accounts and updates ("telegram", "wecom", "web", "console").</summary>
    string Name { get; }

    /// <summary>How it runs, for the start-up line that names the channels ("long polling", "callback at /wecom/callback").</summary>
    string Describe();

    /// <summary>Sizes and rates the outbox keeps to for this channel.</summary>
    ChannelLimits Limits { get; }

    /// <summary>
    /// Sends one reply to one chat. The outbox has already cut texts to <see cref="ChannelLimits.MaxTextLength"/> and left out
    /// buttons the channel would refuse. Throws on failure; <see cref="Classify"/> says what the outbox does next.
    /// </summary>
    Task SendAsync(string chatId, Reply reply, CancellationToken cancellationToken);

    /// <summary>What a failure of <see cref="SendAsync"/> means: try again later, wait out a flood, or give up.</summary>
    SendFailure Classify(Exception error);

    /// <summary>The pace of one chat; by default <see cref="ChannelLimits.PerChat"/> (Telegram paces groups slower).</summary>
    IReadOnlyList<RateWindow> PaceFor(string chatId) => Limits.PerChat;

    /// <summary>
    /// How many of the channel's messages one reply becomes (WeCom: a prompt whose numbered choices pass 2,048 bytes is
    /// two), so that the outbox, which alone keeps the channel's limits, counts them all in its windows.
    /// </summary>
    int MessagesFor(Reply reply) => 1;

    /// <summary>A link that joins with this invite code (a Telegram deep link, the browser chat's sign-in), or null: the person sends <c>/start CODE</c>.</summary>
    string? InviteLink(string code);
}

/// <summary>What the outbox does after a failed send.</summary>
public abstract record SendFailure
{
    /// <summary>A network error, a 5xx, a timeout: tried again with growing pauses.</summary>
    public sealed record RetryLater : SendFailure;

    /// <summary>The platform asked this chat to wait (Telegram's 429 retry_after, WeCom's 45009).</summary>
    public sealed record Flood(TimeSpan Wait) : SendFailure;

    /// <summary>Refused for good (blocked by the user, a bad request): logged and dropped.</summary>
    public sealed record Permanent : SendFailure;

    public static readonly SendFailure Retry = new RetryLater(), GiveUp = new Permanent();
}

/// <summary>A limit of so many messages in a sliding window of time.</summary>
public sealed record RateWindow(int Count, TimeSpan Period);

/// <summary>A channel's limits, as data the outbox reads.</summary>
public sealed record ChannelLimits
{
    /// <summary>Longest text of one message; longer ones are cut on line boundaries.</summary>
    public int MaxTextLength { get; init; } = 4096;

    /// <summary>Longest caption of an image or a file; a longer one goes as a text after it (0: captions always go as texts).</summary>
    public int MaxCaptionLength { get; init; } = 1024;

    /// <summary>Whether <see cref="MaxTextLength"/> counts UTF-8 bytes (WeCom) rather than characters (Telegram).</summary>
    public bool LengthInUtf8Bytes { get; init; }

    /// <summary>Most buttons one message can carry; a channel shows more as numbered lines.</summary>
    public int MaxButtons { get; init; } = 100;

    /// <summary>Longest button data (Telegram's callback data: 64 bytes).</summary>
    public int MaxButtonDataBytes { get; init; } = 64;

    /// <summary>Per chat: every window must hold (Telegram: a short burst, then about one a second; WeCom: 30 a minute and 1,000 an hour).</summary>
    public IReadOnlyList<RateWindow> PerChat { get; init; } = [];

    /// <summary>Over all chats of the channel, messages a second; infinity for none.</summary>
    public double MessagesPerSecond { get; init; } = double.PositiveInfinity;

    /// <summary>Consecutive texts without buttons to one chat go out as one message where they fit (WeCom counts messages, not texts).</summary>
    public bool MergeTexts { get; init; }

    /// <summary>How failed sends are tried again.</summary>
    public RetryPolicy Retry { get; init; } = new();
}

/// <summary>How the outbox tries a failed send again: growing pauses for errors, the platform's own wait for floods.</summary>
public sealed record RetryPolicy
{
    /// <summary>Tries of one message after network errors or 5xx answers (flood waits do not count).</summary>
    public int SendAttempts { get; init; } = 6;

    /// <summary>First pause after a failure; doubles up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>A message still refused as a flood after this many waits is given up.</summary>
    public int MaxFloodWaits { get; init; } = 20;

    /// <summary>The longest single flood wait honoured; a longer one is cut to it and tried again.</summary>
    public TimeSpan MaxFloodWait { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan Backoff(int attempt)
    {
        var ticks = FirstBackoff.Ticks * Math.Pow(2, Math.Max(0, attempt - 1));
        return ticks >= MaxBackoff.Ticks ? MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }
}
