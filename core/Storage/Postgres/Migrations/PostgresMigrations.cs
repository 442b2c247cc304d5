namespace ChatAppraisal.Storage.Postgres.Migrations;

/// <summary>
/// Every PostgreSQL step, in order. The provider starts at schema version 4 (the first with PostgreSQL): a later version's
/// step of the LiteDB file gets its twin here (one file, one line), or an older PostgreSQL database is refused with a sentence.
/// </summary>
public static class PostgresMigrations
{
    /// <summary>The schema the first PostgreSQL databases were made at.</summary>
    public const int First = 4;

    public static readonly IReadOnlyList<PostgresMigration> All =
    [
        new PgM006_HashStoredSecrets(),
    ];
}
