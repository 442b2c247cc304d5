using System.Threading.Channels;
using System.Threading.RateLimiting;
using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>
/// Sends to Telegram through one queue per chat: a worker per active chat keeps that chat's order, waits out its own
/// 429s and back-offs, and paces it to one message per <see cref="TelegramTuning.PerChatInterval"/>; a shared token
/// bucket keeps all chats together under <see cref="TelegramTuning.MessagesPerSecond"/> (groups: <see cref="TelegramTuning.PerGroupInterval"/>). A flooded chat therefore
/// never holds up another. A message that fails for good is logged with its chat and dropped.
/// Replies written down in <see cref="TelegramPendingSends"/> are removed from it once sent (or refused for good); what
/// a crash or the shutdown timeout cut off is sent at the next start, before anything new.
/// </summary>
public sealed class TelegramOutbox : IHostedService, IDisposable
{
    readonly ITelegramBotClient _client;
    readonly TelegramPendingSends _pending;
    readonly TelegramTuning _tuning;
    readonly TimeProvider _time;
    readonly ILogger<TelegramOutbox> _logger;
    readonly TokenBucketRateLimiter? _overall;
    readonly CancellationTokenSource _stopping = new();
    readonly Lock _gate = new();
    readonly Dictionary<(long ChatId, bool Answers), Lane> _lanes = [];
    readonly Channel<long> _sent = Channel.CreateUnbounded<long>(new UnboundedChannelOptions { SingleReader = true });
    Task _crossingOff = Task.CompletedTask;
    int _unsent;

    sealed class Lane
    {
        public readonly Queue<(Outgoing Item, long? Stored)> Queue = new();
        public DateTimeOffset NextSendAt;
    }

    public TelegramOutbox(ITelegramBotClient client, TelegramPendingSends pending, TelegramTuning tuning, TimeProvider time, ILogger<TelegramOutbox> logger)
    {
        _client = client;
        _pending = pending;
        _tuning = tuning;
        _time = time;
        _logger = logger;
        // One token at a time, refilled at the overall rate: never a burst above it.
        // No overall bucket at an unlimited rate (benchmarks of the bot itself): its timer could not tick fast enough.
        _overall = double.IsPositiveInfinity(tuning.MessagesPerSecond) ? null : new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
        {
            TokenLimit = 1,
            TokensPerPeriod = 1,
            ReplenishmentPeriod = TimeSpan.FromSeconds(1 / tuning.MessagesPerSecond),
            QueueLimit = int.MaxValue,
            QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
            AutoReplenishment = true,
        });
    }

    /// <summary>Calls queued or in flight, and sent replies not yet crossed off.</summary>
    public int Unsent
    {
        get { lock (_gate) return _unsent; }
    }

    /// <param name="stored">The item's id in <see cref="TelegramPendingSends"/>, removed there once the item is done.</param>
    public void Enqueue(long chatId, Outgoing item, long? stored = null)
    {
        // Button answers get their own lane: they must not wait behind a chat's paced or flood-blocked messages.
        var key = (chatId, !item.IsMessage);
        lock (_gate)
        {
            if (_stopping.IsCancellationRequested)
            {
                _logger.LogWarning("Telegram: shutting down, {Kind} to chat {ChatId} not sent{Kept}", item.GetType().Name, chatId,
                    stored is null ? "" : "; kept for the next start");
                return;
            }
            _unsent++;
            if (!_lanes.TryGetValue(key, out var lane))
            {
                lane = new Lane { NextSendAt = _time.GetUtcNow() };
                _lanes[key] = lane;
                lane.Queue.Enqueue((item, stored));
                _ = Task.Run(() => RunLaneAsync(key, lane));
                return;
            }
            lane.Queue.Enqueue((item, stored));
        }
    }

    async Task RunLaneAsync((long ChatId, bool Answers) key, Lane lane)
    {
        var stopping = _stopping.Token;
        while (true)
        {
            Outgoing? item = null;
            long? stored = null;
            TimeSpan linger;
            lock (_gate)
            {
                if (lane.Queue.TryDequeue(out var next))
                {
                    (item, stored) = next;
                    linger = TimeSpan.Zero;
                }
                else
                {
                    // Stay until the chat's pacing interval is over, so a message enqueued right after still waits its turn.
                    linger = lane.NextSendAt - _time.GetUtcNow();
                    if (linger <= TimeSpan.Zero || stopping.IsCancellationRequested)
                    {
                        _lanes.Remove(key);
                        return;
                    }
                }
            }
            try
            {
                if (item is null) await Task.Delay(linger, _time, stopping);
                else
                {
                    await DeliverAsync(key.ChatId, lane, item, stopping);
                    Done(stored);
                    lock (_gate) _unsent--;
                }
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                lock (_gate)
                {
                    var dropped = lane.Queue.Count + (item is null ? 0 : 1);
                    var kept = lane.Queue.Count(q => q.Stored is not null) + (stored is null ? 0 : 1);
                    if (dropped > 0)
                        _logger.LogWarning("Telegram: shut down before {Count} message(s) to chat {ChatId} were sent; {Kept} kept for the next start",
                            dropped, key.ChatId, kept);
                    _unsent -= dropped;
                    _lanes.Remove(key);
                }
                return;
            }
            catch (Exception e)
            {
                // DeliverAsync handles every send failure; this guards the lane itself, which must never die with work queued.
                _logger.LogError(e, "Telegram: the send queue of chat {ChatId} failed; the item is dropped", key.ChatId);
                if (item is not null)
                {
                    Done(stored);
                    lock (_gate) _unsent--;
                }
            }
        }
    }

    async Task DeliverAsync(long chatId, Lane lane, Outgoing item, CancellationToken stopping)
    {
        int failures = 0, floodWaits = 0;
        while (true)
        {
            if (item.IsMessage)
            {
                var wait = lane.NextSendAt - _time.GetUtcNow();
                if (wait > TimeSpan.Zero) await Task.Delay(wait, _time, stopping);
                using var lease = _overall is null ? null : await _overall.AcquireAsync(1, stopping);
            }
            try
            {
                await SendAsync(chatId, item, stopping);
                if (item.IsMessage) lane.NextSendAt = _time.GetUtcNow() + _tuning.IntervalFor(chatId);
                return;
            }
            catch (ApiRequestException e) when (e.ErrorCode == 429)
            {
                if (++floodWaits > _tuning.MaxFloodWaits)
                {
                    Drop(chatId, item, e, floodWaits);
                    return;
                }
                var retryAfter = TimeSpan.FromSeconds(Math.Max(1, e.Parameters?.RetryAfter ?? 1));
                if (retryAfter > _tuning.MaxFloodWait) retryAfter = _tuning.MaxFloodWait;
                // Only this chat's worker waits; the others go on.
                lane.NextSendAt = _time.GetUtcNow() + retryAfter;
                if (!item.IsMessage) await Task.Delay(retryAfter, _time, stopping);
                _logger.LogInformation("Telegram: flood control on chat {ChatId}, retrying {Kind} in {Seconds} s", chatId, item.GetType().Name, retryAfter.TotalSeconds);
            }
            catch (ApiRequestException e) when (item is EditText && IsNotModified(e))
            {
                return; // the message already reads so: the edit has nothing to do
            }
            catch (ApiRequestException e) when (item is EditText edit && e.ErrorCode == 400)
            {
                // Too old, deleted or not ours to edit: the reader still needs the text, so it comes as a new message.
                _logger.LogInformation("Telegram: could not edit message {MessageId} in chat {ChatId} ({Reason}); sending it anew", edit.MessageId, chatId, e.Message);
                item = new SendText(edit.Text, edit.Keyboard);
            }
            catch (Exception e) when (IsTransient(e, stopping))
            {
                if (++failures >= _tuning.SendAttempts)
                {
                    Drop(chatId, item, e, failures);
                    return;
                }
                var backoff = _tuning.Backoff(failures);
                _logger.LogWarning("Telegram: {Kind} to chat {ChatId} failed ({Reason}), try {Attempt} of {Attempts} in {Seconds} s",
                    item.GetType().Name, chatId, e.Message, failures + 1, _tuning.SendAttempts, backoff.TotalSeconds);
                await Task.Delay(backoff, _time, stopping);
            }
            catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
            {
                if (item is AnswerButton && e is ApiRequestException { ErrorCode: 400 })
                    _logger.LogDebug("Telegram: button press in chat {ChatId} could not be answered any more ({Reason})", chatId, e.Message);
                else Drop(chatId, item, e, failures + 1);
                return;
            }
        }
    }

    Task SendAsync(long chatId, Outgoing item, CancellationToken cancellationToken) => item switch
    {
        SendText t => _client.SendMessage(chatId, t.Text, replyMarkup: t.Keyboard, cancellationToken: cancellationToken),
        EditText e => _client.EditMessageText(chatId, e.MessageId, e.Text, replyMarkup: e.Keyboard, cancellationToken: cancellationToken),
        SendPhoto p => _client.SendPhoto(chatId, InputFile.FromStream(new MemoryStream(p.Png), "chart.png"), p.Caption, cancellationToken: cancellationToken),
        SendDocument d => _client.SendDocument(chatId, InputFile.FromStream(new MemoryStream(d.Content), d.FileName), d.Caption, cancellationToken: cancellationToken),
        AnswerButton a => _client.AnswerCallbackQuery(a.CallbackQueryId, cancellationToken: cancellationToken),
        _ => throw new ArgumentOutOfRangeException(nameof(item), item.GetType().Name, "Unknown outgoing kind."),
    };

    static bool IsNotModified(ApiRequestException e) =>
        e.ErrorCode == 400 && e.Message.Contains("message is not modified", StringComparison.OrdinalIgnoreCase);

    /// <summary>5xx answers, timeouts and broken connections are worth another try; other 4xx answers are not.</summary>
    static bool IsTransient(Exception e, CancellationToken stopping) => e switch
    {
        ApiRequestException api => api.ErrorCode >= 500,
        RequestException request => request.HttpStatusCode is null || (int)request.HttpStatusCode >= 500,
        HttpRequestException or IOException => true,
        OperationCanceledException => !stopping.IsCancellationRequested, // HttpClient's own timeout
        _ => false,
    };

    void Drop(long chatId, Outgoing item, Exception e, int attempts) =>
        _logger.LogError(e, "Telegram: gave up on {Kind} to chat {ChatId} after {Attempts} attempt(s)", item.GetType().Name, chatId, attempts);

    /// <summary>Sent, or refused for good: either way not to be sent again after a restart. Crossed off by <see cref="CrossOffAsync"/>.</summary>
    void Done(long? stored)
    {
        if (stored is not { } id) return;
        lock (_gate) _unsent++; // counted until crossed off, so that a stop waits for it
        _sent.Writer.TryWrite(id);
    }

    /// <summary>
    /// Crosses sent replies off in one transaction for all that are waiting: one each cost as much as the rest of the
    /// channel under load; when the bot is quiet, each goes at once.
    /// </summary>
    async Task CrossOffAsync()
    {
        var ids = new List<long>();
        while (await _sent.Reader.WaitToReadAsync())
        {
            while (_sent.Reader.TryRead(out var id)) ids.Add(id);
            try
            {
                _pending.Remove(ids);
                _logger.LogDebug("Telegram: crossed off sent reply(ies) {Ids}", string.Join(", ", ids));
            }
            catch (Exception e)
            {
                // Still written down: they will be sent once more after a restart, duplicates rather than losses.
                _logger.LogError(e, "Telegram: could not cross off sent reply(ies) {Ids}", string.Join(", ", ids));
            }
            lock (_gate) _unsent -= ids.Count;
            ids.Clear();
        }
    }

    /// <summary>Sends first what the last process wrote down but had not sent (a crash, or the shutdown timeout).</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _crossingOff = Task.Run(CrossOffAsync);
        var pending = _pending.Pending();
        if (pending.Count > 0) _logger.LogInformation("Telegram: sending {Count} reply(ies) the last run had not sent", pending.Count);
        foreach (var (id, chatId, item) in pending) Enqueue(chatId, item, id);
        return Task.CompletedTask;
    }

    /// <summary>Lets queued replies go out until the host's shutdown time is up, then drops what is left (logged).</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (Unsent > 0) await Task.Delay(TimeSpan.FromMilliseconds(50), _time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        Stop();
        // Lanes stop at once now; what they have sent is still crossed off.
        _sent.Writer.TryComplete();
        await _crossingOff;
    }

    // The token source is only ever cancelled, never disposed: lanes may still be looking at its token.
    void Stop()
    {
        lock (_gate)
        {
            if (!_stopping.IsCancellationRequested) _stopping.Cancel();
        }
    }

    public void Dispose()
    {
        Stop();
        _sent.Writer.TryComplete();
        _overall?.Dispose();
    }
}
