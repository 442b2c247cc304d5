namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>
/// Timing of the channel: Telegram's limits and our back-off. Not a setting (the defaults follow Telegram's
/// published limits); tests register their own instance to run faster.
/// </summary>
public sealed record TelegramTuning
{
    /// <summary>Telegram allows about 30 messages a second over all chats. Infinity: no overall limit (benchmarks).</summary>
    public double MessagesPerSecond { get; init; } = 30;

    /// <summary>And about one a second in one chat, over time.</summary>
    public TimeSpan PerChatInterval { get; init; } = TimeSpan.FromSeconds(1);

    /// <summary>
    /// A chat may get this many at once, then one per interval: a pressed button's edit and the next prompt go together
    /// (paced one a second apart, a press took 1,047 ms to its next prompt).
    /// </summary>
    public int PerChatBurst { get; init; } = 3;

    /// <summary>And no more than 20 a minute in one group.</summary>
    public TimeSpan PerGroupInterval { get; init; } = TimeSpan.FromSeconds(3);

    /// <summary>How long one getUpdates call waits for news (long polling).</summary>
    public int PollTimeoutSeconds { get; init; } = 25;

    /// <summary>First wait after a failed poll or start-up call; doubles up to <see cref="MaxBackoff"/>.</summary>
    public TimeSpan FirstBackoff { get; init; } = TimeSpan.FromSeconds(1);

    public TimeSpan MaxBackoff { get; init; } = TimeSpan.FromSeconds(60);

    /// <summary>Tries for one outgoing message after 5xx or network errors (429 waits do not count).</summary>
    public int SendAttempts { get; init; } = 6;

    /// <summary>A message still refused with 429 after this many waits is given up.</summary>
    public int MaxFloodWaits { get; init; } = 20;

    /// <summary>Telegram's own ceiling on one 429 wait we honour; a longer retry_after is capped to it and tried again.</summary>
    public TimeSpan MaxFloodWait { get; init; } = TimeSpan.FromMinutes(5);

    public TimeSpan Backoff(int attempt)
    {
        var ticks = FirstBackoff.Ticks * Math.Pow(2, Math.Max(0, attempt - 1));
        return ticks >= MaxBackoff.Ticks ? MaxBackoff : TimeSpan.FromTicks((long)ticks);
    }
}
