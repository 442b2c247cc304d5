using Npgsql;

namespace ChatAppraisal.Tests.Postgres;

/// <summary>
/// A PostgreSQL database of a test's own on the server named by <see cref="Variable"/> (a connection string without a
/// database), created empty and dropped afterwards. Without a server the test fails with a sentence saying how to get one:
/// a PostgreSQL test is never skipped silently.
/// </summary>
public sealed class TestPostgres : IDisposable
{
    /// <summary>The environment variable that names the test server (.ci/run sets it).</summary>
    public const string Variable = "CHATAPPRAISAL_TEST_POSTGRES";

    public const string HowToGetOne =
        "The PostgreSQL tests need a server: run .ci/run as root (it installs Debian's postgresql and starts a throwaway cluster), " +
        "or install it (apt-get install postgresql), start a cluster (as the postgres user: /usr/lib/postgresql/15/bin/initdb -D DIR -A trust -U postgres, " +
        "then /usr/lib/postgresql/15/bin/pg_ctl -D DIR -o '-p 55432 -k /tmp' -l DIR/log -w start) and set " + Variable +
        "=\"Host=127.0.0.1;Port=55432;Username=postgres\" (a connection string without a database; tests make their own).";

    readonly string _server;

    public TestPostgres()
    {
        _server = Server();
        Name = "ca_test_" + Guid.NewGuid().ToString("N");
        Admin($"CREATE DATABASE \"{Name}\"");
        ConnectionString = new NpgsqlConnectionStringBuilder(_server) { Database = Name }.ConnectionString;
    }

    /// <summary>The database's name on the server.</summary>
    public string Name { get; }

    /// <summary>Storage:ConnectionString for this database.</summary>
    public string ConnectionString { get; }

    /// <summary><paramref name="settings"/> with the two that put a bot on this database.</summary>
    public IReadOnlyDictionary<string, string?> With(IReadOnlyDictionary<string, string?>? settings)
    {
        var all = new Dictionary<string, string?>(settings ?? new Dictionary<string, string?>())
        {
            ["Storage:Provider"] = "postgres", ["Storage:ConnectionString"] = ConnectionString,
        };
        return all;
    }

    /// <summary>The server's connection string (no database), or a failure saying how to get one.</summary>
    public static string Server()
    {
        var server = Environment.GetEnvironmentVariable(Variable);
        if (string.IsNullOrWhiteSpace(server)) throw new InvalidOperationException($"{Variable} is not set. {HowToGetOne}");
        return server;
    }

    void Admin(string sql)
    {
        var builder = new NpgsqlConnectionStringBuilder(_server) { Database = "postgres", Pooling = false };
        try
        {
            using var connection = new NpgsqlConnection(builder.ConnectionString);
            connection.Open();
            using var command = new NpgsqlCommand(sql, connection);
            command.ExecuteNonQuery();
        }
        catch (NpgsqlException e) when (e is not PostgresException)
        {
            throw new InvalidOperationException($"The PostgreSQL server of {Variable} ({_server}) cannot be reached: {e.Message}. {HowToGetOne}", e);
        }
    }

    public void Dispose()
    {
        Admin($"DROP DATABASE IF EXISTS \"{Name}\" WITH (FORCE)");
    }
}
