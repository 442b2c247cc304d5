using ChatAppraisal.Members;
using LiteDB;

namespace ChatAppraisal.Storage.LiteDb.Migrations;

/// <summary>
/// Version 6: files written before secrets were hashed hold unused invite codes, the browser chat's sign-in tokens and
/// session ids as they are (the document's id). Each such id becomes its hash (<see cref="Secrets.Hash"/>), so the codes
/// handed out before still work and a copy of the file signs no one in. Ids already hashed are left alone.
/// </summary>
public sealed class M006_HashStoredSecrets : Migration
{
    public override int Version => 6;
    public override string Description => "invite codes, sign-in tokens and session ids are stored as hashes";

    /// <summary>The collections whose ids are secrets: invites, the browser chat's sessions and sign-in links.</summary>
    public static readonly string[] SecretIds = ["invites", "web_sessions", "web_signin_links"];

    public override void Up(LiteDatabase db)
    {
        foreach (var name in SecretIds)
        {
            if (!db.CollectionExists(name)) continue;
            var docs = db.GetCollection(name);
            foreach (var doc in docs.FindAll().Where(d => d["_id"].IsString && !Secrets.IsHash(d["_id"].AsString)).ToList())
            {
                var plain = doc["_id"].AsString;
                docs.Delete(plain);
                doc["_id"] = Secrets.Hash(plain);
                docs.Upsert(doc);
            }
        }
    }
}
