using System.Net.Sockets;
using Npgsql;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// Storage:ConnectionString checked at start: one sentence each for a string without a database, a server that cannot be
/// reached, a refused user or password, and a database that does not exist.
/// </summary>
static class PostgresConnection
{
    public static (PostgresPools Pools, string Location) Check(string connectionString)
    {
        NpgsqlConnectionStringBuilder builder;
        try
        {
            builder = new NpgsqlConnectionStringBuilder(connectionString);
        }
        catch (ArgumentException e)
        {
            throw new DatabaseConnectionException($"Storage:ConnectionString is not a PostgreSQL connection string ({e.Message}); write it as Host=HOST;Port=5432;Username=USER;Password=PASSWORD;Database=NAME.", e);
        }
        if (string.IsNullOrWhiteSpace(builder.Host))
            throw new DatabaseConnectionException("Storage:ConnectionString names no server: add Host=HOST (and Port=, Username=, Password=, Database=).");
        if (string.IsNullOrWhiteSpace(builder.Database))
            throw new DatabaseConnectionException($"Storage:ConnectionString names no database on {builder.Host}:{builder.Port}: add Database=NAME (made once with createdb NAME).");
        // Several processes share one server: a modest pool each, statements prepared once per connection, and no reset
        // round trip when a connection goes back to the pool (nothing here changes a session's settings).
        if (!connectionString.Contains("Maximum Pool Size", StringComparison.OrdinalIgnoreCase) && !connectionString.Contains("MaxPoolSize", StringComparison.OrdinalIgnoreCase))
            builder.MaxPoolSize = 30;
        if (builder.MaxAutoPrepare == 0) builder.MaxAutoPrepare = 64;
        builder.NoResetOnClose = true;
        var location = $"PostgreSQL database '{builder.Database}' on {builder.Host}:{builder.Port}";
        var source = NpgsqlDataSource.Create(builder);
        try
        {
            using var connection = source.OpenConnection();
        }
        catch (Exception e)
        {
            source.Dispose();
            throw new DatabaseConnectionException(Sentence(e, builder), e);
        }
        // A connection of its own (an elected process's lock, a listener): never pooled, so that closing it ends its session
        // and its locks; keepalives so that a lost session is noticed in seconds.
        var dedicated = new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Pooling = false, KeepAlive = 5, MaxAutoPrepare = 0 };
        // Pools whose sessions start with the setting their transactions need, so that setting it costs no round trip.
        var pools = new PostgresPools(source, Pool(builder, "synchronous_commit=off"), Pool(builder, "default_transaction_read_only=on"), dedicated.ConnectionString);
        return (pools, location);
    }

    static NpgsqlDataSource Pool(NpgsqlConnectionStringBuilder builder, string setting) =>
        NpgsqlDataSource.Create(new NpgsqlConnectionStringBuilder(builder.ConnectionString) { Options = $"{builder.Options} -c {setting}".Trim() });

    /// <summary>What went wrong opening the first connection, said for the operator.</summary>
    public static string Sentence(Exception error, NpgsqlConnectionStringBuilder settings)
    {
        var server = $"the PostgreSQL server at {settings.Host}:{settings.Port}";
        return error switch
        {
            PostgresException { SqlState: PostgresErrorCodes.InvalidPassword } =>
                $"{Capital(server)} refused the password of user '{settings.Username}': correct Password= in Storage:ConnectionString (or the user's password on the server).",
            PostgresException { SqlState: PostgresErrorCodes.InvalidAuthorizationSpecification } p =>
                $"{Capital(server)} refused user '{settings.Username}' ({p.MessageText}): check Username= and Password= in Storage:ConnectionString and the server's pg_hba.conf.",
            PostgresException { SqlState: PostgresErrorCodes.InvalidCatalogName } =>
                $"The database '{settings.Database}' does not exist on {server}: create it (createdb {settings.Database}) or name another with Database= in Storage:ConnectionString.",
            PostgresException p => $"{Capital(server)} refused the connection ({p.SqlState}: {p.MessageText}); check Storage:ConnectionString.",
            NpgsqlException { InnerException: SocketException or TimeoutException or IOException } or TimeoutException or SocketException =>
                $"Cannot reach {server} ({Inner(error).Message}): is PostgreSQL running and listening there? Check Host= and Port= in Storage:ConnectionString.",
            NpgsqlException n when n.Message.Contains("password", StringComparison.OrdinalIgnoreCase) =>
                $"{Capital(server)} asks for a password for user '{settings.Username}': add Password= to Storage:ConnectionString.",
            _ => $"Cannot open {server} ({error.Message}); check Storage:ConnectionString.",
        };
    }

    static Exception Inner(Exception e) => e.InnerException is { } inner ? Inner(inner) : e;

    static string Capital(string s) => char.ToUpperInvariant(s[0]) + s[1..];
}

/// <summary>
/// The connections to one database: <see cref="Writes"/> for transactions whose commit waits for the server's disk and for
/// single statements, <see cref="DeferredWrites"/> for the channels' bookkeeping (<see cref="Durability.Deferred"/>),
/// <see cref="Reads"/> for consistent reads (read only), and <see cref="Dedicated"/> for a session of its own, never pooled.
/// </summary>
sealed record PostgresPools(NpgsqlDataSource Writes, NpgsqlDataSource DeferredWrites, NpgsqlDataSource Reads, string Dedicated) : IDisposable
{
    public void Dispose()
    {
        Writes.Dispose();
        DeferredWrites.Dispose();
        Reads.Dispose();
    }
}
