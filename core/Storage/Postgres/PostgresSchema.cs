using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Storage.Postgres.Migrations;
using Npgsql;
using NpgsqlTypes;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// The database's schema version, kept as the LiteDB file keeps it (the "schema" collection, <c>{ _id: "version", value: N }</c>)
/// and numbered as the file's (the last LiteDB step is the version this program writes). At start one process takes the
/// schema's advisory lock and creates or upgrades; the others wait on it, then find the version current. A newer database
/// is refused with the same sentence as a newer file.
/// </summary>
static class PostgresSchema
{
    /// <summary>The advisory lock of schema changes ("ChatAppr").</summary>
    public const long Lock = 0x4368617441707072;

    public static UpgradeReport? Run(NpgsqlDataSource source, string location, IReadOnlyList<PostgresMigration>? migrations = null)
    {
        migrations ??= PostgresMigrations.All;
        var current = SchemaUpgrade.Current(LiteDb.Migrations.Migrations.All);
        using var connection = source.OpenConnection();
        PostgresEngine.Execute(connection, $"SELECT pg_advisory_lock({Lock})");
        try
        {
            using var transaction = connection.BeginTransaction();
            PostgresEngine.Execute(connection, "CREATE TABLE IF NOT EXISTS \"schema\" (id text COLLATE \"C\" PRIMARY KEY, doc jsonb NOT NULL)");
            var version = Read(connection);
            if (version is null)
            {
                Write(connection, current);
                transaction.Commit();
                return new UpgradeReport(location, null, current, null, []);
            }
            if (version == current) return null;
            if (version > current)
                throw new DatabaseVersionException(
                    $"The database '{location}' has schema version {version}, but this program reads schema version {current} and older: run the ChatAppraisal release that wrote it, or a newer one.");
            var steps = migrations.Where(m => m.Version > version && m.Version <= current).OrderBy(m => m.Version).ToList();
            var missing = Enumerable.Range(version.Value + 1, current - version.Value).Except(steps.Select(s => s.Version)).ToList();
            if (missing.Count > 0)
                throw new DatabaseVersionException(
                    $"The database '{location}' has schema version {version}, and this program has no PostgreSQL step to version {missing[0]}: run the ChatAppraisal release that wrote it.");
            var done = new List<string>();
            PostgresMigration? running = null;
            try
            {
                foreach (var step in steps)
                {
                    running = step;
                    step.Up(connection);
                    done.Add($"{step.Version}: {step.Description}");
                }
                Write(connection, current);
                transaction.Commit();
            }
            catch (Exception e) when (e is not DatabaseVersionException)
            {
                var where = running is null ? "" : $" at step {running.Version} ({running.Description})";
                throw new DatabaseVersionException(
                    $"Upgrading the database '{location}' from schema version {version} to {current} failed{where}: {e.Message} Nothing of the upgrade was kept (one transaction).", e);
            }
            return new UpgradeReport(location, version, current, null, done);
        }
        finally
        {
            PostgresEngine.Execute(connection, $"SELECT pg_advisory_unlock({Lock})");
        }
    }

    public static int? Read(NpgsqlConnection connection)
    {
        using var command = new NpgsqlCommand("SELECT (doc->>'value')::int FROM \"schema\" WHERE id = 'version'", connection);
        return command.ExecuteScalar() as int?;
    }

    public static void Write(NpgsqlConnection connection, int version)
    {
        using var command = new NpgsqlCommand(
            "INSERT INTO \"schema\" (id, doc) VALUES ('version', $1) ON CONFLICT (id) DO UPDATE SET doc = EXCLUDED.doc", connection);
        command.Parameters.Add(new NpgsqlParameter { Value = $"{{\"_id\":\"version\",\"value\":{version}}}", NpgsqlDbType = NpgsqlDbType.Jsonb });
        command.ExecuteNonQuery();
    }
}
