namespace ChatAppraisal.Channels;

/// <summary>
/// Messages the bot starts itself (reminders, ballot results, visit notices): to a member, on every channel they are
/// bound on that runs (or the one they chose), durably and within each channel's limits.
/// </summary>
public interface IMemberNotifier
{
    /// <summary>
    /// Call inside the caller's <c>AppraisalStore.Write</c> transaction: the messages are journaled there, with a record that
    /// they were sent, and go out after the commit (a rollback sends nothing). <paramref name="message"/> is made in each
    /// account's language. Returns the channels the message was queued on; empty when the member is bound on none that runs.
    /// </summary>
    IReadOnlyList<string> Notify(int memberId, Func<Texts, IReadOnlyList<Reply>> message, string kind);
}
