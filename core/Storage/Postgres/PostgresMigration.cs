using Npgsql;

namespace ChatAppraisal.Storage.Postgres;

/// <summary>
/// One numbered step of a PostgreSQL database, the twin of the LiteDB file's step of the same <see cref="Version"/>
/// (core/Storage/LiteDb/Migrations): the version numbers are one sequence for both engines. Steps run in order, all in one
/// transaction, under the schema lock (<see cref="PostgresSchema"/>).
/// </summary>
public abstract class PostgresMigration
{
    public abstract int Version { get; }

    /// <summary>What the step does, for the log.</summary>
    public abstract string Description { get; }

    /// <summary>Changes the tables' documents (jsonb) inside the upgrade's transaction.</summary>
    public abstract void Up(NpgsqlConnection connection);
}
