using ChatAppraisal.Appraisal;
using ChatAppraisal.Conversations.Commands;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Logging;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Conversations;

/// <summary>
/// Handles every update of every channel: through the <see cref="UpdateGate"/> (one user at a time, each update once),
/// a read-only command drawn before the transaction (<see cref="ReadOnlyCommands"/>), then one transaction holding the
/// answer, its audit entries, the conversation state, the update's id and what channels journal of the replies
/// (<see cref="IReplyJournal"/>), routed by the <see cref="ChatRouter"/>. Nothing is half-saved, a redelivered update
/// is ignored, and no reply to a stored answer is lost to a crash.
/// </summary>
public sealed class ConversationEngine(UpdateGate gate, ReadOnlyCommands readOnly, ChatRouter router, CommandTable table,
    AppraisalStore store, MemberDirectory members, Periods periods, TimeProvider clock, IOptions<BotOptions> options,
    IEnumerable<IReplyJournal> journals, ILogger<ConversationEngine> logger) : IConversationEngine
{
    /// <summary>Longer messages are refused before any parsing.</summary>
    public const int MaxTextLength = TypedText.MaxLength;

    readonly IReadOnlyList<IReplyJournal> _journals = journals.ToList();
    readonly string _defaultLanguage = options.Value.Language;

    public IReadOnlyCollection<IDialog> Dialogs => table.Dialogs;
    public IReadOnlyCollection<IChatCommand> Commands => table.Commands;

    IDocs<ConversationDoc> Conversations => store.Conversations.Conversations;

    public async Task<IReadOnlyList<Reply>> HandleAsync(ChatUpdate update, CancellationToken cancellationToken = default)
    {
        update = TypedText.Cleaned(update);
        // Every update is handled in its member's town: everything it reads and writes is that town's (TownScope).
        using var town = TownScope.Enter(members.Town(update.From.Channel, update.From.UserId));
        var userLock = gate.Lock(update.From);
        // Shutting down before the update was handled: throw, never answer "nothing". An empty answer would mean "handled",
        // and the channel would mark the update done (Telegram's polling offset) although nothing of it was stored.
        await userLock.WaitAsync(cancellationToken);
        PreparedReplies? prepared = null;
        try
        {
            prepared = readOnly.Prepare(update);
            // Synchronous on purpose: a LiteDB transaction belongs to its thread, nothing may await inside it.
            return store.Write(() =>
            {
                var replies = Handle(update, prepared);
                foreach (var journal in _journals) journal.Write(update, replies);
                return replies;
            });
        }
        catch (Exception e) when (StorageSpace.IsFull(e))
        {
            // The disk is full (the store logs it once): a reading made before the transaction is still good to give; a
            // change was not stored at all, and the person is told so plainly.
            logger.LogDebug("Update {UpdateId} from {Channel}:{UserId} not stored: the disk is full", update.UpdateId, update.From.Channel, update.From.UserId);
            return prepared?.Replies ?? [new TextReply(SafeTexts(update).NotSaved)];
        }
        catch (Exception e)
        {
            logger.LogError(e, "Update {UpdateId} from {Channel}:{UserId} failed", update.UpdateId, update.From.Channel, update.From.UserId);
            return [new TextReply(SafeTexts(update).Sorry)];
        }
        finally
        {
            userLock.Release();
        }
    }

    /// <summary>The user's lock (see <see cref="UpdateGate"/>); tests hold it to queue a burst in a known order.</summary>
    internal SemaphoreSlim Gate(ChatUser user) => gate.Lock(user);

    IReadOnlyList<Reply> Handle(ChatUpdate update, PreparedReplies? prepared)
    {
        // One account's updates one at a time across bot processes too (the gate's lock is this process's): whoever comes
        // second waits here, then sees the first one's update id and state.
        store.LockUntilCommit("account:" + AccountDoc.Key(update.From.Channel, update.From.UserId));
        var now = clock.GetUtcNow().UtcDateTime;
        if (!gate.FirstTime(update, now)) return [];
        var account = members.Account(update.From.Channel, update.From.UserId);
        var member = account is null ? null : members.Find(account.MemberId);
        var texts = Texts.For(account?.Language ?? _defaultLanguage);
        if (member is null) return Strangers.Answer(update, texts, members);

        var userKey = AccountDoc.Key(update.From.Channel, update.From.UserId);
        var conversation = Conversations.FindById(userKey) ?? new ConversationDoc { Id = userKey };
        var turn = new Turn(update, member, texts, conversation, store.Conversations.Sessions, periods.Active, now) { Prepared = prepared };
        router.Route(turn);
        conversation.UpdatedAt = now;
        Conversations.Upsert(conversation);
        return turn.Replies;
    }

    Texts SafeTexts(ChatUpdate update)
    {
        try
        {
            return Texts.For(members.Account(update.From.Channel, update.From.UserId)?.Language ?? _defaultLanguage);
        }
        catch (Exception)
        {
            return Texts.For(_defaultLanguage);
        }
    }
}
