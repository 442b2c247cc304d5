namespace ChatAppraisal.Storage;

/// <summary>
/// Whether the disk under the database took the last write. A write refused for lack of space (ENOSPC, a quota, a file
/// size limit; Windows' disk full) turns it full: the write is not stored at all, readers go on, and the first write that
/// goes through again turns it back. <see cref="Changed"/> fires once per turn, so whoever tells the admins tells them once.
/// </summary>
public sealed class StorageSpace
{
    // Linux errno values .NET reports as an IOException's HResult: no space, file too large, quota exceeded.
    const int NoSpace = 28, FileTooLarge = 27, QuotaExceeded = 122;

    /// <summary>The HResult of an <see cref="IOException"/> that says "no space" (a server engine's full disk is told this way).</summary>
    internal const int NoSpaceHResult = NoSpace;

    // Windows: ERROR_HANDLE_DISK_FULL, ERROR_DISK_FULL as HRESULTs.
    const int HandleDiskFull = unchecked((int)0x80070027), DiskFull = unchecked((int)0x80070070);

    int _full;

    public bool Full => Volatile.Read(ref _full) == 1;

    /// <summary>True when it turned full, false when it turned back; raised outside any transaction's work, under the write lock.</summary>
    public event Action<bool, Exception?>? Changed;

    /// <summary>Whether <paramref name="error"/> (or what it wraps) is a write refused for lack of space.</summary>
    public static bool IsFull(Exception? error)
    {
        for (var e = error; e is not null; e = e.InnerException)
            if (e is StorageFullException || e is IOException { HResult: NoSpace or FileTooLarge or QuotaExceeded or HandleDiskFull or DiskFull })
                return true;
        return false;
    }

    internal void Failed(Exception error)
    {
        if (Interlocked.Exchange(ref _full, 1) == 0) Raise(true, error);
    }

    internal void Recovered()
    {
        if (Interlocked.Exchange(ref _full, 0) == 1) Raise(false, null);
    }

    void Raise(bool full, Exception? error)
    {
        foreach (var handler in Changed?.GetInvocationList().Cast<Action<bool, Exception?>>() ?? [])
        {
            try
            {
                handler(full, error);
            }
            catch (Exception)
            {
                // A listener's failure must not turn a refused write into a different error, nor stop the others.
            }
        }
    }
}

/// <summary>A write refused because the disk is full: nothing of it was stored. Reads go on.</summary>
public sealed class StorageFullException(string path, Exception inner)
    : IOException($"The disk holding '{path}' is full: the change was not saved. Free space on that disk; the bot goes on by itself.", inner);
