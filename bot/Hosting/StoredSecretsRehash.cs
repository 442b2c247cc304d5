using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using LiteDB;

namespace ChatAppraisal.Bot.Hosting;

/// <summary>
/// A file written before secrets were hashed holds unused invite codes, sign-in tokens and session ids as they are. At
/// start, each such id becomes its hash (<see cref="Secrets.Hash"/>), in one transaction, so the codes handed out before
/// still work and a copy of the file signs no one in. Ids already hashed are left alone: running it again changes nothing.
/// This is the storage migration "hash stored secrets" (invites, web_sessions, web_signin_links).
/// </summary>
public static class StoredSecretsRehash
{
    public static readonly IReadOnlyList<string> Collections = ["invites", WebSessionDoc.Collection, SignInLinkDoc.Collection];

    /// <summary>Returns how many ids were hashed.</summary>
    public static int Run(AppraisalStore store) => store.Write(() =>
    {
        var hashed = 0;
        foreach (var name in Collections)
        {
            var collection = store.Database.GetCollection(name);
            foreach (var doc in collection.FindAll().Where(d => d["_id"].IsString && !Secrets.IsHash(d["_id"].AsString)).ToList())
            {
                var plain = doc["_id"].AsString;
                collection.Delete(plain);
                doc["_id"] = Secrets.Hash(plain);
                collection.Upsert(doc);
                hashed++;
            }
        }
        return hashed;
    });
}
