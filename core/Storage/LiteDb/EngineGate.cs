namespace ChatAppraisal.Storage.LiteDb;

/// <summary>
/// Counts the operations inside the LiteDB engine so that it is closed (at dispose, or reopened after a full disk) only
/// when none is running. LiteDB 5.0.21 leaves a transaction behind when its engine is disposed under a running query, and
/// that transaction's finalizer throws on the GC's thread and ends the whole process.
/// </summary>
sealed class EngineGate
{
    static readonly TimeSpan Drain = TimeSpan.FromSeconds(5);
    int _inUse;
    volatile bool _closing;
    volatile bool _closed;

    /// <summary>One operation in the engine, until the returned use is disposed; waits while the engine is being reopened.</summary>
    public Use Enter()
    {
        Acquire();
        return new Use(this);
    }

    public void Acquire()
    {
        var spin = new SpinWait();
        while (true)
        {
            ObjectDisposedException.ThrowIf(_closed, this);
            Interlocked.Increment(ref _inUse);
            if (!_closing) return;
            Interlocked.Decrement(ref _inUse);
            spin.SpinOnce(sleep1Threshold: 10);
        }
    }

    public void Release() => Interlocked.Decrement(ref _inUse);

    /// <summary>
    /// Whether the engine is waiting to be closed or reopened. A long use (a backup's copy) checks this between its steps
    /// and lets go, so that the engine is never closed under it.
    /// </summary>
    public bool Closing => _closing;

    /// <summary>Runs <paramref name="close"/> once running operations have ended (or after a few seconds, whatever holds on).</summary>
    public void Close(Action close, bool forGood)
    {
        _closing = true;
        try
        {
            var waited = System.Diagnostics.Stopwatch.StartNew();
            while (Volatile.Read(ref _inUse) > 0 && waited.Elapsed < Drain) Thread.Sleep(1);
            if (forGood) _closed = true;
            close();
        }
        finally
        {
            _closing = false;
        }
    }

    public readonly struct Use(EngineGate gate) : IDisposable
    {
        public void Dispose() => gate.Release();
    }
}
