using System.Collections.Concurrent;

namespace ChatAppraisal.Tests.Channels;

/// <summary>
/// A channel of the tests' own: it records every reply the outbox hands it with the time, and fails sends when told to
/// (a flood with a wait, an error worth retrying, a refusal for good). It plugs into the seam like any real channel.
/// </summary>
public sealed class RecordingChannel : IChatChannel
{
    public const string ChannelName = "test";

    readonly ConcurrentQueue<(string ChatId, Reply Reply, DateTimeOffset At)> _sent = new();

    public string Name { get; init; } = ChannelName;
    public ChannelLimits Limits { get; init; } = new() { MaxTextLength = 200, MaxCaptionLength = 50 };

    /// <summary>Asked before each send; an exception returned is thrown instead of sending.</summary>
    public Func<string, Reply, Exception?>? Fail { get; set; }

    public IReadOnlyList<(string ChatId, Reply Reply, DateTimeOffset At)> Sent => _sent.ToList();

    public IReadOnlyList<string> TextsTo(string chatId) =>
        _sent.Where(s => s.ChatId == chatId).Select(s => s.Reply).OfType<TextReply>().Select(t => t.Text).ToList();

    public string Describe() => "recording";

    public Task SendAsync(string chatId, Reply reply, CancellationToken cancellationToken)
    {
        if (Fail?.Invoke(chatId, reply) is { } failure) throw failure;
        _sent.Enqueue((chatId, reply, DateTimeOffset.UtcNow));
        return Task.CompletedTask;
    }

    public SendFailure Classify(Exception error) => error switch
    {
        FloodException flood => new SendFailure.Flood(flood.Wait),
        IOException => SendFailure.Retry,
        _ => SendFailure.GiveUp,
    };

    /// <summary>False for a channel joined by sending the code (as WeCom is).</summary>
    public bool HasLinks { get; init; } = true;

    public string? InviteLink(string code) => HasLinks ? $"{Name}://join/{code}" : null;

    public async Task WaitForAsync(Func<RecordingChannel, bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(10));
        while (!condition(this))
        {
            if (DateTime.UtcNow > deadline) throw new TimeoutException($"Waited in vain for {what}; sent: {string.Join(" | ", _sent.Select(s => s.Reply))}");
            await Task.Delay(10);
        }
    }
}

/// <summary>What the recording channel throws to play a platform's flood control.</summary>
public sealed class FloodException(TimeSpan wait) : Exception($"flood: wait {wait}")
{
    public TimeSpan Wait { get; } = wait;
}
