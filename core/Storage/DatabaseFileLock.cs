namespace ChatAppraisal.Storage;

/// <summary>
/// Keeps a second process off the database file. LiteDB's direct mode does not lock the file across
/// processes on Linux, and two writers corrupt it, so we hold an exclusive lock file beside it.
/// </summary>
public sealed class DatabaseFileLock : IDisposable
{
    readonly FileStream _stream;

    DatabaseFileLock(FileStream stream) => _stream = stream;

    public string Path => _stream.Name;

    public static DatabaseFileLock Acquire(string databasePath)
    {
        var lockPath = databasePath + ".lock";
        try
        {
            var stream = new FileStream(lockPath, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None);
            stream.SetLength(0);
            using (var writer = new StreamWriter(stream, leaveOpen: true))
                writer.Write(Environment.ProcessId);
            stream.Flush();
            return new DatabaseFileLock(stream);
        }
        catch (IOException e)
        {
            throw new DatabaseInUseException(
                $"The database '{databasePath}' is already open in another ChatAppraisal process (lock file '{lockPath}'). " +
                "Stop that process, or set Storage:Path to another file.", e);
        }
    }

    public void Dispose() => _stream.Dispose();
}

public sealed class DatabaseInUseException(string message, Exception inner) : Exception(message, inner);
