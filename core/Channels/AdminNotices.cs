using System.Collections.Concurrent;
using ChatAppraisal.Conversations;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Channels;

/// <summary>
/// Tells every admin about a condition of the machine (a failing backup, a full disk) once, until it clears: written down
/// like any message the bot starts itself, or, when the disk is too full to write anything, sent from memory.
/// </summary>
public sealed class AdminNotices(AppraisalStore store, IMemberNotifier notifier, Outbox.Outbox outbox, IOptions<BotOptions> options,
    ILogger<AdminNotices> logger)
{
    readonly ConcurrentDictionary<string, bool> _told = new();

    /// <summary>Tells the admins, unless they were told under <paramref name="key"/> since it last cleared. True when told now.</summary>
    public bool Once(string key, Func<Texts, string> message)
    {
        if (!_told.TryAdd(key, true)) return false;
        Tell(message, key);
        return true;
    }

    /// <summary>The condition is over: the next <see cref="Once"/> of this key tells again.</summary>
    public bool Clear(string key) => _told.TryRemove(key, out _);

    public void Tell(Func<Texts, string> message, string kind)
    {
        try
        {
            store.Write(() =>
            {
                foreach (var admin in Admins()) notifier.Notify(admin.Id, texts => [new TextReply(message(texts))], kind);
            });
        }
        catch (Exception e) when (StorageSpace.IsFull(e) || store.Space.Full)
        {
            // Also any other failure while the disk is known to be full: the engine reopened after a refused write may fail
            // the next one differently, and the admins must hear of the full disk all the same.
            logger.LogDebug(e, "Telling the admins from memory ({Kind}): nothing can be written", kind);
            try
            {
                foreach (var account in AdminAccounts())
                {
                    var address = AccountAddress.Parse(account.Id);
                    if (!outbox.Runs(address.Channel)) continue;
                    outbox.SendUnrecorded(address.Channel, address.UserId, [new TextReply(message(Texts.For(account.Language ?? options.Value.Language)))], kind);
                }
            }
            catch (Exception unrecorded)
            {
                logger.LogError(unrecorded, "The admins could not be told ({Kind})", kind);
            }
        }
        catch (Exception e)
        {
            logger.LogError(e, "The admins could not be told ({Kind})", kind);
        }
    }

    // Read while the disk is full: another writer's refused write may reopen the database under this read, so it is tried again.
    List<AccountDoc> AdminAccounts()
    {
        for (var attempt = 1; ; attempt++)
        {
            try
            {
                return Admins().SelectMany(admin => store.Roster.Accounts.Find(a => a.MemberId == admin.Id)).ToList();
            }
            catch (Exception e) when (attempt < 5 && store.IsStorageFailure(e))
            {
                Thread.Sleep(20 * attempt);
            }
        }
    }

    List<MemberDoc> Admins() => store.Roster.Members.FindAll().Where(m => !m.Removed && m.Has(Role.Admin)).ToList();
}
