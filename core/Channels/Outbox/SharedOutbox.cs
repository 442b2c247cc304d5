using ChatAppraisal.Storage;

namespace ChatAppraisal.Channels.Outbox;

/// <summary>
/// The outbox's database side when several bot processes share one database (PostgreSQL; docs/scale-out.md). Each message
/// is written down with its sender (the process whose transaction wrote it); each process renews its claim every
/// <see cref="RenewEvery"/> for <see cref="Lease"/>. Once a process's claim has lapsed (it was killed, or lost the database),
/// the first process to look takes its unsent messages over, under one lock, so exactly one does. A chat's message goes out
/// only when no earlier message of that chat is still waiting in another process's hands: a chat's order holds whichever
/// process wrote each reply. The channels' per-chat windows count the sends of every process (<see cref="OutboxSentDoc"/>).
/// </summary>
public sealed class SharedOutbox(AppraisalStore store, TimeProvider time)
{
    public static readonly TimeSpan Lease = TimeSpan.FromSeconds(10);
    public static readonly TimeSpan RenewEvery = TimeSpan.FromSeconds(2);

    /// <summary>Sends are remembered this long for the windows (longer than any channel's longest window).</summary>
    public static readonly TimeSpan KeepSends = TimeSpan.FromHours(2);

    /// <summary>This process among the senders: its host, its process id and a random part (a restarted process is another sender).</summary>
    public string Me { get; } = $"{Environment.MachineName}:{Environment.ProcessId}:{Guid.NewGuid().ToString("N")[..8]}";

    DateTime Now => time.GetUtcNow().UtcDateTime;
    IDocs<OutboxDoc> Messages => store.Outbox.Messages;
    IDocs<OutboxSenderDoc> Senders => store.Outbox.Senders;
    IDocs<OutboxSentDoc> Sends => store.Outbox.Sent;

    /// <summary>
    /// Renews this process's claim, then takes over the messages of every sender whose claim has lapsed and the unclaimed ones
    /// of the channels that run here; returns them, oldest first, for this process's lanes.
    /// </summary>
    public IReadOnlyList<OutboxDoc> RenewAndTakeOver(IReadOnlyCollection<string> channels, bool forgetOldSends) => store.Write(() =>
    {
        var now = Now;
        Senders.Upsert(new OutboxSenderDoc { Id = Me, AliveUntil = now + Lease });
        // One process takes over at a time: a lapsed sender's messages go to exactly one other.
        store.LockUntilCommit("outbox:takeover");
        var taken = new List<OutboxDoc>();
        foreach (var lapsed in Senders.Find(s => s.AliveUntil < now).ToList())
        {
            if (lapsed.Id == Me) continue;
            foreach (var doc in Messages.Find(d => d.Owner == lapsed.Id).ToList()) taken.Add(doc);
            Senders.Delete(lapsed.Id);
        }
        taken.AddRange(Messages.Find(d => d.Owner == "").Where(d => channels.Contains(d.Channel)));
        var mine = new List<OutboxDoc>();
        foreach (var doc in taken.Where(d => channels.Contains(d.Channel)))
        {
            doc.Owner = Me;
            Messages.Update(doc);
            mine.Add(doc);
        }
        if (forgetOldSends)
        {
            var before = now - KeepSends;
            Sends.DeleteMany(s => s.At < before);
        }
        return mine.OrderBy(d => d.Id).ToList();
    });

    /// <summary>On a clean stop: the claim lapses at once, so another process sends what is left without waiting out the lease.</summary>
    public void Leave() => store.Write(() => Senders.Upsert(new OutboxSenderDoc { Id = Me, AliveUntil = DateTime.MinValue }));

    /// <summary>
    /// Whether message <paramref name="id"/> may go now: Go when it is still this process's and no earlier message of its chat
    /// waits in another's hands; Wait when one does; Gone when another process has taken it over (or it was crossed off).
    /// </summary>
    /// <remarks>With Go comes the first later message of the chat in another process's hands: what is merged with this one
    /// must be older (the chat's order holds).</remarks>
    public (Turn Turn, long OthersFrom) TurnOf(string channel, string chatId, long id)
    {
        // One statement reads one committed state: no read transaction (three round trips more) is needed around it. Only
        // this message and other processes' count: this process's own sent ones waiting to be crossed off are left out.
        var me = Me;
        var chat = Messages.Find(d => d.ChatId == chatId && (d.Owner != me || d.Id == id)).Where(d => d.Channel == channel).ToList();
        var self = chat.FirstOrDefault(d => d.Id == id);
        if (self is null || self.Owner != Me) return (Turn.Gone, 0);
        if (chat.Any(d => d.Id < id && d.Owner != Me)) return (Turn.Wait, 0);
        return (Turn.Go, chat.Where(d => d.Id > id && d.Owner != Me).Select(d => d.Id).DefaultIfEmpty(long.MaxValue).Min());
    }

    public enum Turn { Go, Wait, Gone }

    /// <summary>The times of the chat's sends within <paramref name="longest"/>, by every process (one entry per message).</summary>
    public List<DateTimeOffset> SentWithin(string channel, string chatId, TimeSpan longest)
    {
        var since = Now - longest;
        return Sends.Find(s => s.ChatId == chatId && s.At > since).Where(s => s.Channel == channel)
            .SelectMany(s => Enumerable.Repeat(new DateTimeOffset(DateTime.SpecifyKind(s.At, DateTimeKind.Utc)), s.Messages)).ToList();
    }

    /// <summary>Written down just before the send, so the next message of the chat (in any process) counts it; only where the chat has windows.</summary>
    public void Sending(string channel, string chatId, int messages) =>
        store.Write(() => Sends.Insert(new OutboxSentDoc { Channel = channel, ChatId = chatId, Messages = messages, At = Now }));
}
