using ChatAppraisal.Storage.LiteDb.Migrations;
using Npgsql;

namespace ChatAppraisal.Storage.Postgres.Migrations;

/// <summary>
/// The twin of <see cref="M006_HashStoredSecrets"/>: an id that is not yet 64 lower-case hex digits becomes the SHA-256 of
/// the id trimmed, as <see cref="Members.Secrets.Hash"/> makes it, in the row's key and in its document's <c>_id</c>.
/// </summary>
public sealed class PgM006_HashStoredSecrets : PostgresMigration
{
    public override int Version => 6;
    public override string Description => "invite codes, sign-in tokens and session ids are stored as hashes";

    public override void Up(NpgsqlConnection connection)
    {
        foreach (var name in M006_HashStoredSecrets.SecretIds)
        {
            using var exists = new NpgsqlCommand("SELECT to_regclass(quote_ident($1)) IS NOT NULL", connection);
            exists.Parameters.Add(new NpgsqlParameter { Value = name });
            if (exists.ExecuteScalar() is not true) continue;
            var table = PgTable<object>.Quote(name);
            PostgresEngine.Execute(connection,
                $"UPDATE {table} SET id = h.hash, doc = jsonb_set(doc, '{{_id}}', to_jsonb(h.hash)) " +
                $"FROM (SELECT id AS plain, encode(sha256(convert_to(btrim(id), 'UTF8')), 'hex') AS hash FROM {table} WHERE id !~ '^[0-9a-f]{{64}}$') h " +
                "WHERE id = h.plain");
        }
    }
}
