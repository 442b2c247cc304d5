using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Bot.Channels;

namespace ChatAppraisal.Bot.Hosting;

/// <summary>
/// A file written before secrets were hashed holds unused invite codes, sign-in tokens and session ids as they are. At
/// start, each such id becomes its hash (<see cref="Secrets.Hash"/>), in one transaction, so the codes handed out before
/// still work and a copy of the file signs no one in. Ids already hashed are left alone: running it again changes nothing.
/// This is the storage migration "hash stored secrets" (invites, web_sessions, web_signin_links).
/// </summary>
public static class StoredSecretsRehash
{
    /// <summary>Returns how many ids were hashed.</summary>
    public static int Run(AppraisalStore store) => store.Write(() =>
    {
        var channels = new ChannelStore(store);
        return Rehash(store.Roster.Invites, i => i.Id, (i, id) => i.Id = id)
            + Rehash(channels.WebSessions, s => s.Id, (s, id) => s.Id = id)
            + Rehash(channels.SignInLinks, l => l.Id, (l, id) => l.Id = id);
    });

    static int Rehash<T>(IDocs<T> docs, Func<T, string> id, Action<T, string> setId) where T : class
    {
        var hashed = 0;
        foreach (var doc in docs.FindAll().Where(d => !Secrets.IsHash(id(d))).ToList())
        {
            var plain = id(doc);
            docs.Delete(plain);
            setId(doc, Secrets.Hash(plain));
            docs.Upsert(doc);
            hashed++;
        }
        return hashed;
    }
}
