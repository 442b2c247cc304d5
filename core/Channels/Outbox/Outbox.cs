using System.Threading.RateLimiting;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;
using Threading = System.Threading.Channels;

namespace ChatAppraisal.Channels.Outbox;

/// <summary>
/// Every channel's messages go out through here. <see cref="Write"/> writes them down in the caller's transaction (an
/// update's, a reminder's), cut to the channel's limits; once that transaction commits they are queued, one lane per chat.
/// A lane keeps its chat's order, keeps to the channel's per-chat windows (a short burst, then the sustained pace), waits
/// out its own floods and retries, so one flooded chat never holds up another; one token bucket per channel keeps all its
/// chats under the overall rate. Sent (or refused for good) messages are crossed off, many in one transaction; what a crash
/// or the shutdown timeout cut off is sent at the next start, before anything new. See docs/channels.md. Bot processes sharing
/// a database share the outbox too (<see cref="SharedOutbox"/>): each sends what it wrote, a lapsed process's messages are
/// taken over by one other, a chat's order and its windows hold across processes (docs/scale-out.md).
/// </summary>
public sealed class Outbox : IHostedService, IDisposable
{
    readonly AppraisalStore _store;
    readonly Dictionary<string, IChatChannel> _channels;
    readonly Dictionary<string, TokenBucketRateLimiter> _overall = [];
    readonly TimeProvider _time;
    readonly ILogger<Outbox> _logger;
    readonly CancellationTokenSource _stopping = new();
    readonly TaskCompletionSource _started = new(TaskCreationOptions.RunContinuationsAsynchronously);
    readonly Lock _gate = new();
    readonly Dictionary<(string Channel, string ChatId), Lane> _lanes = [];
    readonly Dictionary<(string Channel, string ChatId), List<DateTimeOffset>> _sentAt = [];
    readonly HashSet<long> _known = [];
    readonly Threading.Channel<long> _done = Threading.Channel.CreateUnbounded<long>(new() { SingleReader = true });
    Task _crossingOff = Task.CompletedTask;
    Task _renewing = Task.CompletedTask;
    int _unsent;

    /// <summary>Null on a database one process opens (the LiteDB file).</summary>
    readonly SharedOutbox? _shared;

    /// <summary>How often a lane looks again while an earlier message of its chat waits in another process's hands.</summary>
    static readonly TimeSpan TurnCheck = TimeSpan.FromMilliseconds(50);

    sealed class Lane
    {
        public readonly Queue<OutboxDoc> Queue = new();
        public DateTimeOffset BlockedUntil;
    }

    public Outbox(AppraisalStore store, IEnumerable<IChatChannel> channels, TimeProvider time, ILogger<Outbox> logger)
    {
        _store = store;
        _channels = channels.ToDictionary(c => c.Name, StringComparer.Ordinal);
        _time = time;
        _logger = logger;
        if (store.Shared) _shared = new SharedOutbox(store, time);
        foreach (var channel in _channels.Values.Where(c => !double.IsPositiveInfinity(c.Limits.MessagesPerSecond)))
            // One token at a time, refilled at the overall rate: never a burst above it.
            _overall[channel.Name] = new TokenBucketRateLimiter(new TokenBucketRateLimiterOptions
            {
                TokenLimit = 1,
                TokensPerPeriod = 1,
                ReplenishmentPeriod = TimeSpan.FromSeconds(1 / channel.Limits.MessagesPerSecond),
                QueueLimit = int.MaxValue,
                QueueProcessingOrder = QueueProcessingOrder.OldestFirst,
                AutoReplenishment = true,
            });
    }

    IDocs<OutboxDoc> Docs => _store.Outbox.Messages;

    /// <summary>The channels that run in this process.</summary>
    public IReadOnlyCollection<IChatChannel> Channels => _channels.Values;

    public bool Runs(string channel) => _channels.ContainsKey(channel);

    /// <summary>Messages queued or in flight, and sent ones not yet crossed off.</summary>
    public int Unsent
    {
        get { lock (_gate) return _unsent; }
    }

    /// <summary>
    /// Writes replies to one chat down, cut to the channel's limits, joining the caller's transaction (or in one of their
    /// own); they are queued once it commits. A channel that does not run here keeps them until it does. Returns their ids.
    /// </summary>
    public IReadOnlyList<long> Write(string channel, string chatId, IReadOnlyList<Reply> replies, string origin) => _store.Write(() =>
    {
        var limits = _channels.TryGetValue(channel, out var known) ? known.Limits : new ChannelLimits();
        var now = _time.GetUtcNow().UtcDateTime;
        var docs = replies.SelectMany(reply => Fit(reply, limits, channel, chatId)).Select(reply => OutboxDoc.From(channel, chatId, reply, origin, now)).ToList();
        // Shared: this process sends what its transaction wrote; a channel that does not run here leaves it to one where it does.
        if (_shared is not null)
            foreach (var doc in docs) doc.Owner = Runs(channel) ? _shared.Me : "";
        foreach (var doc in docs) Docs.Insert(doc);
        if (docs.Count > 0) _store.AfterCommit(() => Release(docs));
        return docs.Select(d => d.Id).ToList();
    });

    long _unrecorded;

    /// <summary>
    /// Sends replies that could not be written down (the disk is full: "not saved, try again later"), from memory only: they
    /// keep the chat's order and pace like any other, but a crash or a restart forgets them.
    /// </summary>
    public void SendUnrecorded(string channel, string chatId, IReadOnlyList<Reply> replies, string origin)
    {
        var limits = _channels.TryGetValue(channel, out var known) ? known.Limits : new ChannelLimits();
        var now = _time.GetUtcNow().UtcDateTime;
        // Negative ids: never in the file, so never crossed off there.
        var docs = replies.SelectMany(reply => Fit(reply, limits, channel, chatId)).Select(reply => OutboxDoc.From(channel, chatId, reply, origin, now)).ToList();
        foreach (var doc in docs) doc.Id = Interlocked.Decrement(ref _unrecorded);
        Release(docs);
    }

    IEnumerable<Reply> Fit(Reply reply, ChannelLimits limits, string channel, string chatId)
    {
        try
        {
            return ReplyFitting.Fit(reply, limits, _logger).ToList();
        }
        catch (Exception e)
        {
            // One reply that cannot be made into messages is one lost reply, not a failed update.
            _logger.LogError(e, "Outbox: a {Kind} for {Channel} chat {ChatId} could not be made into messages", reply.GetType().Name, channel, chatId);
            return [];
        }
    }

    void Release(IEnumerable<OutboxDoc> docs)
    {
        lock (_gate)
        {
            foreach (var doc in docs)
            {
                if (!_known.Add(doc.Id) || !_channels.ContainsKey(doc.Channel)) continue;
                if (_stopping.IsCancellationRequested)
                {
                    _logger.LogWarning("Outbox: shutting down; message {Id} to {Channel} chat {ChatId} kept for the next start", doc.Id, doc.Channel, doc.ChatId);
                    continue;
                }
                _unsent++;
                var key = (doc.Channel, doc.ChatId);
                if (_lanes.TryGetValue(key, out var lane))
                {
                    lane.Queue.Enqueue(doc);
                    // Shared: a message taken over from another process may be older than what waits here already.
                    if (_shared is not null && doc.Id > 0 && lane.Queue.Any(d => d.Id > doc.Id)) Reorder(lane);
                    continue;
                }
                lane = new Lane();
                lane.Queue.Enqueue(doc);
                _lanes[key] = lane;
                _ = Task.Run(() => RunLaneAsync(key, lane));
            }
        }
    }

    /// <summary>The lane's queue by id (the order the messages were written), the unrecorded ones last as they came.</summary>
    static void Reorder(Lane lane)
    {
        var all = lane.Queue.ToList();
        lane.Queue.Clear();
        foreach (var doc in all.Where(d => d.Id > 0).OrderBy(d => d.Id).Concat(all.Where(d => d.Id <= 0))) lane.Queue.Enqueue(doc);
    }

    /// <summary>
    /// Shared: waits until the lane's first message is next in its chat across processes (every earlier one crossed off);
    /// one another process has taken over is dropped from this lane. Returns the id from which the chat's later messages
    /// are in another process's hands (none of those may be merged into this send).
    /// </summary>
    async Task<long> AwaitTurnAsync((string Channel, string ChatId) key, Lane lane, CancellationToken stopping)
    {
        while (true)
        {
            OutboxDoc head;
            lock (_gate)
            {
                if (lane.Queue.Count == 0) return long.MaxValue;
                head = lane.Queue.Peek();
            }
            if (head.Id <= 0) return long.MaxValue;
            SharedOutbox.Turn turn;
            long othersFrom;
            try
            {
                (turn, othersFrom) = _shared!.TurnOf(key.Channel, key.ChatId, head.Id);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "Outbox: could not read the turn of {Channel} chat {ChatId}; looking again", key.Channel, key.ChatId);
                (turn, othersFrom) = (SharedOutbox.Turn.Wait, 0);
            }
            if (turn == SharedOutbox.Turn.Go)
            {
                lock (_gate)
                    if (lane.Queue.Count > 0 && lane.Queue.Peek() == head) return othersFrom;
                continue; // an older message came into the lane meanwhile: its turn first
            }
            if (turn == SharedOutbox.Turn.Gone)
            {
                lock (_gate)
                {
                    if (lane.Queue.Count == 0 || lane.Queue.Peek() != head) continue;
                    lane.Queue.Dequeue();
                    _known.Remove(head.Id);
                    _unsent--;
                }
                _logger.LogInformation("Outbox: message {Id} to {Channel} chat {ChatId} was taken over by another process", head.Id, key.Channel, key.ChatId);
                continue;
            }
            await Task.Delay(TurnCheck, _time, stopping);
        }
    }

    async Task RunLaneAsync((string Channel, string ChatId) key, Lane lane)
    {
        var stopping = _stopping.Token;
        var channel = _channels[key.Channel];
        try
        {
            await _started.Task.WaitAsync(stopping);
        }
        catch (OperationCanceledException)
        {
            Abandon(key, lane, []);
            return;
        }
        while (true)
        {
            var othersFrom = long.MaxValue;
            if (_shared is not null)
            {
                try
                {
                    othersFrom = await AwaitTurnAsync(key, lane, stopping);
                }
                catch (OperationCanceledException) when (stopping.IsCancellationRequested)
                {
                    Abandon(key, lane, []);
                    return;
                }
            }
            List<OutboxDoc> batch;
            lock (_gate)
            {
                if (lane.Queue.Count == 0)
                {
                    _lanes.Remove(key);
                    return;
                }
                batch = TakeBatch(lane.Queue, channel.Limits, othersFrom);
            }
            try
            {
                await DeliverAsync(channel, key.ChatId, lane, batch, stopping);
            }
            catch (OperationCanceledException) when (stopping.IsCancellationRequested)
            {
                Abandon(key, lane, batch);
                return;
            }
            catch (Exception e)
            {
                // DeliverAsync handles every send failure; this guards the lane, which must never die with work queued.
                _logger.LogError(e, "Outbox: the lane of {Channel} chat {ChatId} failed; the message is dropped", key.Channel, key.ChatId);
            }
            foreach (var doc in batch) Done(doc.Id);
        }
    }

    /// <summary>The next message, with the plain texts right behind it where the channel merges them and they fit.</summary>
    static List<OutboxDoc> TakeBatch(Queue<OutboxDoc> queue, ChannelLimits limits, long othersFrom = long.MaxValue)
    {
        var batch = new List<OutboxDoc> { queue.Dequeue() };
        if (!limits.MergeTexts || !IsPlainText(batch[0])) return batch;
        var length = ChannelText.Length(batch[0].Text, limits.LengthInUtf8Bytes);
        while (queue.TryPeek(out var next) && IsPlainText(next) && (next.Id <= 0 || next.Id < othersFrom)
               && length + ChannelText.Length("\n\n" + next.Text, limits.LengthInUtf8Bytes) <= limits.MaxTextLength)
        {
            length += ChannelText.Length("\n\n" + next.Text, limits.LengthInUtf8Bytes);
            batch.Add(queue.Dequeue());
        }
        return batch;
    }

    static bool IsPlainText(OutboxDoc doc) => doc.Kind == "text" && doc.Buttons is not { Count: > 0 } && doc.EditMessageId is null;

    async Task DeliverAsync(IChatChannel channel, string chatId, Lane lane, List<OutboxDoc> batch, CancellationToken stopping)
    {
        var reply = batch.Count == 1 ? batch[0].ToReply() : new TextReply(string.Join("\n\n", batch.Select(d => d.Text)));
        var retry = channel.Limits.Retry;
        var messages = Math.Max(1, channel.MessagesFor(reply));
        int failures = 0, floods = 0;
        while (true)
        {
            await PaceAsync(channel, chatId, lane, messages, stopping);
            using (var lease = _overall.TryGetValue(channel.Name, out var bucket) ? await bucket.AcquireAsync(1, stopping) : null)
            {
                try
                {
                    Sent(channel, chatId, messages);
                    await channel.SendAsync(chatId, reply, stopping);
                    Arrived(channel.Name, chatId, messages);
                    return;
                }
                catch (Exception e) when (e is not OperationCanceledException || !stopping.IsCancellationRequested)
                {
                    switch (Classify(channel, e))
                    {
                        case SendFailure.Flood flood when ++floods <= retry.MaxFloodWaits:
                            var wait = flood.Wait > retry.MaxFloodWait ? retry.MaxFloodWait : flood.Wait < TimeSpan.Zero ? TimeSpan.Zero : flood.Wait;
                            // Only this chat's lane waits; the others go on.
                            lane.BlockedUntil = _time.GetUtcNow() + wait;
                            _logger.LogInformation("{Channel}: flood control on chat {ChatId}, retrying in {Seconds} s", channel.Name, chatId, wait.TotalSeconds);
                            continue;
                        case SendFailure.RetryLater when ++failures < retry.SendAttempts:
                            var pause = retry.Backoff(failures);
                            _logger.LogWarning("{Channel}: a {Kind} to chat {ChatId} failed ({Reason}), try {Attempt} of {Attempts} in {Seconds} s",
                                channel.Name, batch[0].Kind, chatId, e.Message, failures + 1, retry.SendAttempts, pause.TotalSeconds);
                            lane.BlockedUntil = _time.GetUtcNow() + pause;
                            continue;
                        default:
                            _logger.LogError(e, "{Channel}: gave up on a {Kind} to chat {ChatId} after {Attempts} attempt(s)",
                                channel.Name, batch[0].Kind, chatId, failures + floods + 1);
                            return;
                    }
                }
            }
        }
    }

    SendFailure Classify(IChatChannel channel, Exception e)
    {
        try
        {
            return channel.Classify(e);
        }
        catch (Exception classifying)
        {
            _logger.LogError(classifying, "{Channel}: could not classify a send failure", channel.Name);
            return SendFailure.GiveUp;
        }
    }

    /// <summary>Waits until the chat may have <paramref name="messages"/> more: its flood or back-off is over and every window has room.</summary>
    async Task PaceAsync(IChatChannel channel, string chatId, Lane lane, int messages, CancellationToken stopping)
    {
        while (true)
        {
            var now = _time.GetUtcNow();
            var until = lane.BlockedUntil;
            var windows = channel.PaceFor(chatId);
            // Shared: every process's sends to the chat count, as the database has them.
            var counted = _shared is not null && windows.Count > 0 ? _shared.SentWithin(channel.Name, chatId, windows.Max(w => w.Period)) : null;
            lock (_gate)
            {
                if ((counted ?? (_sentAt.TryGetValue((channel.Name, chatId), out var known) ? known : null)) is { } sent && windows.Count > 0)
                {
                    var longest = windows.Max(w => w.Period);
                    sent.RemoveAll(t => t <= now - longest);
                    foreach (var window in windows)
                    {
                        var inWindow = sent.Where(t => t > now - window.Period).ToList();
                        // The window has room once enough of its oldest messages have left it.
                        var over = inWindow.Count + messages - window.Count;
                        if (over > 0 && inWindow.Count > 0 && inWindow[Math.Min(over, inWindow.Count) - 1] + window.Period is var free && free > until)
                            until = free;
                    }
                }
            }
            if (until <= now) return;
            await Task.Delay(until - now, _time, stopping);
        }
    }

    void Sent(IChatChannel channel, string chatId, int messages)
    {
        // A chat without windows (the browser chat) has nothing to count: no stamp, and no transaction when shared.
        if (channel.PaceFor(chatId).Count == 0) return;
        if (_shared is not null)
        {
            _shared.Sending(channel.Name, chatId, messages);
            return;
        }
        lock (_gate)
        {
            if (!_sentAt.TryGetValue((channel.Name, chatId), out var sent)) _sentAt[(channel.Name, chatId)] = sent = [];
            for (var i = 0; i < messages; i++) sent.Add(_time.GetUtcNow());
        }
    }

    /// <summary>
    /// Moves the stamps of a send that went through to its answer: the service counts a message when it arrives, which a
    /// busy machine may delay well after <see cref="Sent"/>; counted from the answer, the next window can never overlap it.
    /// </summary>
    void Arrived(string channel, string chatId, int messages)
    {
        if (_shared is not null) return; // the database's stamps are claims other processes pace by; they stay put
        lock (_gate)
        {
            if (!_sentAt.TryGetValue((channel, chatId), out var sent)) return;
            var now = _time.GetUtcNow();
            for (var i = Math.Max(0, sent.Count - messages); i < sent.Count; i++) sent[i] = now;
        }
    }

    void Abandon((string Channel, string ChatId) key, Lane lane, List<OutboxDoc> inFlight)
    {
        lock (_gate)
        {
            var dropped = lane.Queue.Count + inFlight.Count;
            if (dropped > 0)
                _logger.LogWarning("Outbox: shut down before {Count} message(s) to {Channel} chat {ChatId} were sent; kept for the next start", dropped, key.Channel, key.ChatId);
            foreach (var doc in lane.Queue.Concat(inFlight)) _known.Remove(doc.Id);
            lane.Queue.Clear();
            _unsent -= dropped;
            _lanes.Remove(key);
        }
    }

    /// <summary>Sent, or refused for good: either way not to be sent again after a restart.</summary>
    void Done(long id) => _done.Writer.TryWrite(id); // still counted as unsent until crossed off, so that a stop waits for it

    /// <summary>Crosses sent messages off in one transaction for all that are waiting: one each cost as much as the rest under load.</summary>
    async Task CrossOffAsync()
    {
        var ids = new List<long>();
        while (await _done.Reader.WaitToReadAsync())
        {
            while (_done.Reader.TryRead(out var id)) ids.Add(id);
            var written = ids.Where(id => id > 0).ToList();
            try
            {
                if (written.Count > 0)
                    _store.WriteBookkeeping(() =>
                    {
                        foreach (var id in written) Docs.Delete(id);
                    });
                _logger.LogDebug("Outbox: crossed off sent message(s) {Ids}", string.Join(", ", ids));
            }
            catch (Exception e) when (StorageSpace.IsFull(e))
            {
                // The disk is full (already logged once by the store): they go once more after a restart, duplicates rather than losses.
                _logger.LogDebug("Outbox: could not cross off sent message(s) {Ids}: the disk is full", string.Join(", ", ids));
            }
            catch (Exception e)
            {
                // Still written down: they go once more after a restart, duplicates rather than losses.
                _logger.LogError(e, "Outbox: could not cross off sent message(s) {Ids}", string.Join(", ", ids));
            }
            lock (_gate)
            {
                _unsent -= ids.Count;
                foreach (var id in ids) _known.Remove(id);
            }
            ids.Clear();
        }
    }

    /// <summary>What the last process wrote down but had not sent, oldest first, goes before anything new.</summary>
    public Task StartAsync(CancellationToken cancellationToken)
    {
        _crossingOff = Task.Run(CrossOffAsync);
        if (_shared is not null)
        {
            // Shared: other processes may be sending right now; this one takes over only what lapsed senders left.
            _renewing = Task.Run(RenewAsync);
            _started.TrySetResult();
            return Task.CompletedTask;
        }
        var pending = _store.Read(() => Docs.FindAll().ToList());
        var here = pending.Where(d => _channels.ContainsKey(d.Channel)).ToList();
        if (here.Count > 0) _logger.LogInformation("Outbox: sending {Count} message(s) the last run had not sent", here.Count);
        if (pending.Count > here.Count)
            _logger.LogWarning("Outbox: {Count} message(s) wait for channels that do not run now ({Channels})", pending.Count - here.Count,
                string.Join(", ", pending.Select(d => d.Channel).Where(c => !_channels.ContainsKey(c)).Distinct()));
        Release(here);
        _started.TrySetResult();
        return Task.CompletedTask;
    }

    /// <summary>Shared: renews this process's claim and takes over what lapsed senders left, every <see cref="SharedOutbox.RenewEvery"/>.</summary>
    async Task RenewAsync()
    {
        var stopping = _stopping.Token;
        var round = 0;
        while (!stopping.IsCancellationRequested)
        {
            try
            {
                var taken = _shared!.RenewAndTakeOver(_channels.Keys, forgetOldSends: round++ % 30 == 0);
                if (taken.Count > 0)
                {
                    _logger.LogInformation("Outbox: took over {Count} message(s) another bot process had not sent", taken.Count);
                    Release(taken);
                }
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                _logger.LogWarning(e, "Outbox: could not renew this process's claim on its messages; trying again");
            }
            try
            {
                await Task.Delay(SharedOutbox.RenewEvery, _time, stopping);
            }
            catch (OperationCanceledException)
            {
                return;
            }
        }
    }

    /// <summary>Lets queued messages go out until the host's shutdown time is up; what is left stays written down.</summary>
    public async Task StopAsync(CancellationToken cancellationToken)
    {
        try
        {
            while (Unsent > 0) await Task.Delay(TimeSpan.FromMilliseconds(20), _time, cancellationToken);
        }
        catch (OperationCanceledException)
        {
        }
        Stop();
        _done.Writer.TryComplete();
        await _crossingOff;
        await _renewing;
        if (_shared is not null)
        {
            try
            {
                _shared.Leave();
            }
            catch (Exception e)
            {
                _logger.LogWarning(e, "Outbox: could not give up this process's claim; another process takes its messages over once it lapses");
            }
        }
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
        _done.Writer.TryComplete();
        foreach (var bucket in _overall.Values) bucket.Dispose();
    }
}
