using ChatAppraisal.Tests.Telegram;
using ChatAppraisal.Tests.Processes;

namespace ChatAppraisal.Tests.CrashSafety;

/// <summary>
/// Starts, watches and kills the bot processes one after the other on the same database, and tells the examiners
/// when a new one has come up. A process is "up" once the double has seen its first getUpdates.
/// </summary>
public sealed class BotLife(BotApiDouble api, string dll, IReadOnlyDictionary<string, string> settings, string logPath) : IBotLife, IDisposable
{
    readonly Lock _gate = new();
    readonly List<Life> _lives = [];
    BotProcess? _current;
    int _generation;
    bool _up;

    /// <summary>One process: when it started, came up (null: killed before), and was killed.</summary>
    public sealed record Life(int Number, DateTimeOffset StartedAt, DateTimeOffset? UpAt, DateTimeOffset? KilledAt);

    public int Generation
    {
        get { lock (_gate) return _generation; }
    }

    public bool Up
    {
        get { lock (_gate) return _up; }
    }

    public bool Finishing { get; set; }

    public IReadOnlyList<Life> Lives
    {
        get { lock (_gate) return _lives.ToList(); }
    }

    public BotProcess Start()
    {
        var process = BotProcess.Start(dll, settings, logPath);
        lock (_gate)
        {
            _current = process;
            _lives.Add(new Life(_lives.Count + 1, process.StartedAt, null, null));
        }
        _ = WatchAsync(process, _lives.Count - 1);
        return process;
    }

    /// <summary>Waits until the current process is up (polling); fails when it exits or takes too long.</summary>
    public Task WaitUpAsync(TimeSpan timeout) => _current!.WaitUntilAsync(() => Task.FromResult(Up), "its first getUpdates", timeout);

    /// <summary>SIGKILL for the current process.</summary>
    public async Task KillAsync()
    {
        BotProcess process;
        lock (_gate)
        {
            process = _current!;
            _up = false;
        }
        var at = await process.KillAsync();
        lock (_gate)
        {
            _lives[^1] = _lives[^1] with { KilledAt = at };
            _current = null;
        }
        process.Dispose();
    }

    async Task WatchAsync(BotProcess process, int index)
    {
        while (true)
        {
            lock (_gate)
            {
                if (_current != process) return; // killed before it came up
                if (api.RequestsFor("getUpdates").Any(r => r.At > process.StartedAt))
                {
                    _generation++;
                    _up = true;
                    _lives[index] = _lives[index] with { UpAt = DateTimeOffset.UtcNow };
                    return;
                }
            }
            await Task.Delay(20);
        }
    }

    public void Dispose()
    {
        lock (_gate)
        {
            _current?.Dispose();
            _current = null;
        }
    }
}
