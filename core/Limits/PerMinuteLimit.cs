namespace ChatAppraisal.Limits;

/// <summary>
/// At most <see cref="PerMinute"/> events a minute per key (a network address, a member, a chat account), in fixed
/// one-minute windows. One helper for every limit of the bot: sign-in attempts, wrong invite codes, uploads.
/// </summary>
public sealed class PerMinuteLimit<TKey>(int perMinute, TimeProvider clock) where TKey : notnull
{
    static readonly TimeSpan Window = TimeSpan.FromMinutes(1);

    readonly Dictionary<TKey, (DateTimeOffset Start, int Count)> _windows = [];
    readonly Lock _lock = new();

    public int PerMinute => perMinute;

    /// <summary>Counts one event; null when it may go ahead, otherwise the seconds to wait (and it is not counted).</summary>
    public int? Attempt(TKey key)
    {
        lock (_lock)
        {
            var (start, count) = Current(key);
            if (count >= perMinute) return Wait(start);
            _windows[key] = (start, count + 1);
            return null;
        }
    }

    /// <summary>Seconds to wait when the key's events of this minute are used up, without counting one; otherwise null.</summary>
    public int? HeldBack(TKey key)
    {
        lock (_lock)
        {
            var (start, count) = Current(key);
            return count >= perMinute ? Wait(start) : null;
        }
    }

    /// <summary>Counts one event that already happened (a wrong code), whatever the count.</summary>
    public void Count(TKey key)
    {
        lock (_lock)
        {
            var (start, count) = Current(key);
            _windows[key] = (start, count + 1);
        }
    }

    (DateTimeOffset Start, int Count) Current(TKey key)
    {
        var now = clock.GetUtcNow();
        if (_windows.Count > 10_000) Forget(now);
        return _windows.TryGetValue(key, out var window) && now - window.Start < Window ? window : (now, 0);
    }

    // Keys whose window has passed hold nothing worth keeping.
    void Forget(DateTimeOffset now)
    {
        foreach (var key in _windows.Where(w => now - w.Value.Start >= Window).Select(w => w.Key).ToList()) _windows.Remove(key);
    }

    int Wait(DateTimeOffset start) => Math.Max(1, (int)Math.Ceiling((start + Window - clock.GetUtcNow()).TotalSeconds));
}
