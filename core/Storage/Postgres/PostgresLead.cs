using Npgsql;
using NpgsqlTypes;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// A process elected for a role: a session-level advisory lock (<c>pg_try_advisory_lock</c>) on a connection of its own.
/// The server frees it when the session ends, so a process that dies (killed, its machine gone: keepalives notice) hands the
/// role on at once; a check every <see cref="CheckEvery"/> tells this process that its session broke (<see cref="Lost"/>).
/// </summary>
sealed class PostgresLead : Shared.IProcessLead
{
    public static readonly TimeSpan CheckEvery = TimeSpan.FromSeconds(1);

    readonly NpgsqlConnection _connection;
    readonly CancellationTokenSource _lost = new();
    readonly Timer _check;
    readonly Lock _gate = new();
    bool _disposed;

    PostgresLead(NpgsqlConnection connection)
    {
        _connection = connection;
        _check = new Timer(_ => Check(), null, CheckEvery, CheckEvery);
    }

    public CancellationToken Lost => _lost.Token;

    public static PostgresLead? TryTake(string dedicated, string role)
    {
        var connection = new NpgsqlConnection(dedicated);
        try
        {
            connection.Open();
            using var command = new NpgsqlCommand("SELECT pg_try_advisory_lock(hashtextextended($1, 0))", connection);
            command.Parameters.Add(new NpgsqlParameter { Value = "lead:" + role, NpgsqlDbType = NpgsqlDbType.Text });
            if (command.ExecuteScalar() is true) return new PostgresLead(connection);
        }
        catch (Exception e) when (e is NpgsqlException or TimeoutException or InvalidOperationException)
        {
            // The server cannot be reached now: not elected; the caller tries again.
        }
        connection.Dispose();
        return null;
    }

    void Check()
    {
        lock (_gate)
        {
            if (_disposed) return;
            try
            {
                using var command = new NpgsqlCommand("SELECT 1", _connection) { CommandTimeout = 5 };
                command.ExecuteScalar();
            }
            catch (Exception)
            {
                _lost.Cancel();
            }
        }
    }

    /// <summary>Closing the (unpooled) connection ends the session and frees the lock.</summary>
    public void Dispose()
    {
        lock (_gate)
        {
            if (_disposed) return;
            _disposed = true;
        }
        _check.Dispose();
        _lost.Cancel();
        _connection.Dispose();
    }
}
