using System.Collections.Concurrent;
using ChatAppraisal.Storage.LiteDb;
using Npgsql;
using NpgsqlTypes;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// The stores on PostgreSQL: one table per collection (id + jsonb document, mapped as the LiteDB engine maps it), declared
/// indexes as expression indexes, files' bytes as chunk rows, the schema version as in the LiteDB file. The unit of work's
/// transaction is one connection bound to the thread that began it (as a LiteDB transaction is); every other call takes a
/// pooled connection for itself, so a read never waits for a writer. Only this folder knows Npgsql.
/// </summary>
public sealed class PostgresEngine : IStorageEngine
{
    readonly PostgresPools _pools;
    readonly NpgsqlDataSource _source;
    readonly ConcurrentDictionary<string, object> _docs = new();
    readonly ConcurrentDictionary<string, bool> _made = new();
    volatile Transaction? _transaction;

    internal sealed record Transaction(int Thread, NpgsqlConnection Connection, NpgsqlTransaction Inner)
    {
        /// <summary>
        /// A write transaction's rows read by id, as stored (null: no such row), by table: an answer asks for its village,
        /// seal and member more than once, and each ask was a round trip. A table's are forgotten when the transaction writes
        /// it, all of them when it takes a lock (what it reads next must be what the lock's last holder committed).
        /// </summary>
        public Dictionary<string, Dictionary<string, string?>> ReadById { get; } = [];
    }

    /// <summary>The calling thread's write transaction, if one is open.</summary>
    internal Transaction? Writing => _transaction is { } open && open.Thread == Environment.CurrentManagedThreadId ? open : null;

    // Each thread's read (BeginRead..EndRead): a REPEATABLE READ, READ ONLY transaction on a connection of its own, so all
    // its queries see the snapshot of its first one and it never waits for a writer.
    readonly ThreadLocal<Transaction?> _read = new();

    PostgresEngine(PostgresPools pools, string location)
    {
        _pools = pools;
        _source = pools.Writes;
        Location = location;
    }

    internal DocumentJson Json { get; } = new();

    /// <summary>Opens the database named in <paramref name="connectionString"/> (Npgsql's form), creating or upgrading its schema.</summary>
    public static PostgresEngine Open(string connectionString, out UpgradeReport? upgraded)
    {
        var (pools, location) = PostgresConnection.Check(connectionString);
        try
        {
            upgraded = PostgresSchema.Run(pools.Writes, location);
            return new PostgresEngine(pools, location);
        }
        catch
        {
            pools.Dispose();
            throw;
        }
    }

    public string Location { get; }
    public ISessionCodec Sessions => Json.Sessions;

    /// <summary>A session of its own (advisory locks held for the process's life: the elected poller).</summary>
    internal NpgsqlConnection OpenConnection() => _source.OpenConnection();

    public IDocs<T> Docs<T>(Collection<T> collection) where T : class =>
        (IDocs<T>)_docs.GetOrAdd(collection.Name, _ =>
        {
            var table = new PgTable<T>(collection, Json);
            Make(collection.Name, table.Ddl().ToList(), table.Objects().ToList());
            return new PostgresDocs<T>(this, table);
        });

    public void Prepare<T>(Collection<T> collection) where T : class => Docs(collection);

    public IFileBytes Files(FileCollection files)
    {
        Make(files.Name, PostgresFileBytes.Ddl(files).ToList(), [files.Name, files.Chunks]);
        return new PostgresFileBytes(this, files);
    }

    /// <summary>
    /// Creates what a collection needs once per process, on a connection of its own under the schema lock (two processes
    /// starting together do not race), and only when something is missing: a DDL statement would wait for the locks of the
    /// caller's own open transaction.
    /// </summary>
    void Make(string name, IReadOnlyList<string> ddl, IReadOnlyList<string> objects)
    {
        if (_made.ContainsKey(name)) return;
        using var connection = _source.OpenConnection();
        if (Missing(connection, objects))
        {
            using var transaction = connection.BeginTransaction();
            Execute(connection, "SET LOCAL lock_timeout = '30s'");
            Execute(connection, $"SELECT pg_advisory_xact_lock({PostgresSchema.Lock})");
            foreach (var statement in ddl) Execute(connection, statement);
            transaction.Commit();
        }
        _made[name] = true;
    }

    static bool Missing(NpgsqlConnection connection, IReadOnlyList<string> objects)
    {
        using var command = new NpgsqlCommand("SELECT count(*) FROM unnest($1::text[]) AS n WHERE to_regclass(quote_ident(n)) IS NULL", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = objects.ToArray(), NpgsqlDbType = NpgsqlDbType.Array | NpgsqlDbType.Text });
        return (long)command.ExecuteScalar()! > 0;
    }

    /// <summary>Runs <paramref name="work"/> on the calling thread's transaction, or else on a pooled connection of its own.</summary>
    internal T Run<T>(Func<NpgsqlConnection, T> work)
    {
        try
        {
            if (Writing is { } open) return work(open.Connection);
            if (_read.Value is { } reading) return work(reading.Connection);
            using var connection = _source.OpenConnection();
            return work(connection);
        }
        catch (PostgresException e) when (e.SqlState is PostgresErrorCodes.DiskFull)
        {
            // The unit of work's full-disk path (StorageSpace) knows an IOException of "no space".
            throw new IOException($"The PostgreSQL server of {Location} is out of space: {e.MessageText}", StorageSpace.NoSpaceHResult);
        }
    }

    public void Begin(Durability durability)
    {
        if (Writing is not null) throw new InvalidOperationException("A transaction is already open on this thread.");
        var connection = (durability == Durability.Deferred ? _pools.DeferredWrites : _source).OpenConnection();
        try
        {
            _transaction = new Transaction(Environment.CurrentManagedThreadId, connection, connection.BeginTransaction());
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void Commit()
    {
        var open = Mine();
        try
        {
            open.Inner.Commit();
        }
        finally
        {
            _transaction = null;
            open.Connection.Dispose();
        }
    }

    public void Rollback()
    {
        var open = Mine();
        try
        {
            open.Inner.Rollback();
        }
        catch (NpgsqlException)
        {
            // A broken connection: the server rolls back what it had.
        }
        finally
        {
            _transaction = null;
            open.Connection.Dispose();
        }
    }

    public void BeginRead()
    {
        if (_read.Value is not null) throw new InvalidOperationException("A read is already open on this thread.");
        // The read pool's sessions are read only from the start: BEGIN goes out with the first query, no round trip of its own.
        var connection = _pools.Reads.OpenConnection();
        try
        {
            var inner = connection.BeginTransaction(System.Data.IsolationLevel.RepeatableRead);
            _read.Value = new Transaction(Environment.CurrentManagedThreadId, connection, inner);
        }
        catch
        {
            connection.Dispose();
            throw;
        }
    }

    public void EndRead()
    {
        if (_read.Value is not { } open) throw new InvalidOperationException("No read is open on this thread.");
        _read.Value = null;
        try
        {
            open.Inner.Rollback(); // nothing to keep: it only read
        }
        catch (NpgsqlException)
        {
            // A broken connection ends the read all the same.
        }
        finally
        {
            open.Connection.Dispose();
        }
    }

    Transaction Mine() => Writing ?? throw new InvalidOperationException("No transaction is open on this thread.");

    /// <summary>A committed transaction is durable on the server already.</summary>
    public void Checkpoint()
    {
    }

    /// <summary>After a write refused for lack of space: the half-done transaction's connection is dropped (the server rolls it back).</summary>
    public void Reopen()
    {
        if (Writing is { } open)
        {
            _transaction = null;
            open.Connection.Dispose();
        }
    }

    public void Probe() => Run(connection =>
    {
        Execute(connection, "CREATE TABLE IF NOT EXISTS storage_probe (id integer PRIMARY KEY, at timestamptz NOT NULL)");
        return Execute(connection, "INSERT INTO storage_probe VALUES (1, now()) ON CONFLICT (id) DO UPDATE SET at = EXCLUDED.at");
    });

    /// <summary>The server's transient failures (a dropped connection, a deadlock, a serialization failure, a restart).</summary>
    public bool IsStorageFailure(Exception error) => error switch
    {
        PostgresException p => p.IsTransient || p.SqlState.StartsWith("40", StringComparison.Ordinal) || p.SqlState.StartsWith("57P", StringComparison.Ordinal),
        NpgsqlException n => n.IsTransient || n.InnerException is IOException or System.Net.Sockets.SocketException or TimeoutException,
        _ => false,
    };

    /// <summary>Several bot processes may share the database.</summary>
    public bool Shared => true;

    /// <summary>A deadlock's victim (40P01) or a serialization failure (40001): the server rolled it back whole.</summary>
    public bool IsConflict(Exception error) =>
        error is PostgresException { SqlState: PostgresErrorCodes.DeadlockDetected or PostgresErrorCodes.SerializationFailure };

    /// <summary>A transaction-scoped advisory lock on the key's 64-bit hash: released by the server at commit or rollback.</summary>
    public void LockUntilCommit(string key)
    {
        if (Writing is not { } open) throw new InvalidOperationException($"The lock on '{key}' belongs in a transaction.");
        open.ReadById.Clear();
        using var command = new NpgsqlCommand("SELECT pg_advisory_xact_lock(hashtextextended($1, 0))", open.Connection);
        command.Parameters.Add(new NpgsqlParameter { Value = key, NpgsqlDbType = NpgsqlDbType.Text });
        command.ExecuteNonQuery();
    }

    /// <summary>A session-level advisory lock on a connection of its own, held while the process lives (see <see cref="PostgresLead"/>).</summary>
    public Shared.IProcessLead? TryLead(string role) => PostgresLead.TryTake(_pools.Dedicated, role);

    public void Notify(string topic, string payload) => Run(connection =>
    {
        using var command = new NpgsqlCommand("SELECT pg_notify($1, $2)", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = topic, NpgsqlDbType = NpgsqlDbType.Text });
        command.Parameters.Add(new NpgsqlParameter { Value = payload, NpgsqlDbType = NpgsqlDbType.Text });
        return command.ExecuteNonQuery();
    });

    public IDisposable Listen(string topic, Action<string?> heard) => PostgresListener.Start(_pools.Dedicated, topic, heard);

    internal static int Execute(NpgsqlConnection connection, string sql)
    {
        using var command = new NpgsqlCommand(sql, connection);
        return command.ExecuteNonQuery();
    }

    public void Dispose() => _pools.Dispose();
}
