using System.Collections.Concurrent;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Conversations;

/// <summary>
/// One user at a time, each update once: a lock per user (first come, first served, which keeps one user's updates in
/// arrival order) and the ids of the updates already handled, forgotten after two weeks.
/// </summary>
public sealed class UpdateGate
{
    static readonly TimeSpan KeepProcessedUpdates = TimeSpan.FromDays(14);

    /// <summary>Old update ids are forgotten at most this often: a sweep on every update cost 5–10 % of an answer.</summary>
    static readonly TimeSpan ForgetEvery = TimeSpan.FromHours(1);

    readonly ConcurrentDictionary<string, SemaphoreSlim> _userLocks = new();
    readonly AppraisalStore _store;
    DateTime _nextForgetting = DateTime.MinValue; // read and written inside the store's write lock only

    public UpdateGate(AppraisalStore store) => _store = store;

    IDocs<ProcessedUpdateDoc> Processed => _store.Conversations.Processed;

    /// <summary>The user's lock; internal so that tests can hold it and queue a burst in a known order.</summary>
    internal SemaphoreSlim Lock(ChatUser user) =>
        _userLocks.GetOrAdd(AccountDoc.Key(user.Channel, user.UserId), _ => new SemaphoreSlim(1, 1));

    /// <summary>Inside the update's transaction: records the update and says whether it is new (a redelivery is ignored).</summary>
    internal bool FirstTime(ChatUpdate update, DateTime now)
    {
        var key = ProcessedUpdateDoc.Key(update);
        if (Processed.FindById(key) is not null) return false;
        Processed.Insert(new ProcessedUpdateDoc { Id = key, At = now });
        if (now >= _nextForgetting)
        {
            var forgetBefore = now - KeepProcessedUpdates;
            Processed.DeleteMany(p => p.At < forgetBefore);
            _nextForgetting = now + ForgetEvery;
        }
        return true;
    }
}
