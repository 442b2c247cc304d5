namespace ChatAppraisal.Storage;

/// <summary>When a transaction's commit returns (<see cref="AppraisalStore.Write{T}"/>, <see cref="AppraisalStore.WriteBookkeeping{T}"/>).</summary>
public enum Durability
{
    /// <summary>Once the database has made it durable: answers, scores, audit, the replies the bot promised to send.</summary>
    Flushed,

    /// <summary>
    /// Without waiting for the disk (PostgreSQL's <c>synchronous_commit = off</c>): the channels' bookkeeping, which a crash
    /// of the server can only make the bot do again. The server's log is written in order, so the next commit that waits
    /// makes every earlier one durable too: a crash loses only the newest such commits, never one before an answer.
    /// The LiteDB file commits every transaction this way and makes it durable at its checkpoints.
    /// </summary>
    Deferred,
}
