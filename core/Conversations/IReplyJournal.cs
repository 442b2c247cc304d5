namespace ChatAppraisal.Conversations;

/// <summary>
/// Written in the update's own transaction, next to the answer it reports: a channel that sends later (Telegram's
/// outbox) keeps its replies there, so a crash between the commit and the send delays a reply instead of losing it.
/// </summary>
public interface IReplyJournal
{
    /// <summary>Called inside the update's transaction once the engine has answered; must not await.</summary>
    void Write(ChatUpdate update, IReadOnlyList<Reply> replies);
}
