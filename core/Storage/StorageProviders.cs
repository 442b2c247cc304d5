using ChatAppraisal.Storage.Postgres;

namespace ChatAppraisal.Storage;

/// <summary>The storage providers Storage:Provider names, and opening the one configured.</summary>
public static class StorageProviders
{
    public const string LiteDb = "litedb", Postgres = "postgres";

    /// <summary>Opens (creates, upgrades) the PostgreSQL database of <paramref name="connectionString"/>; a sentence when it cannot.</summary>
    public static AppraisalStore OpenPostgres(string connectionString) => new(PostgresEngine.Open(connectionString, out var upgraded), upgraded);
}
