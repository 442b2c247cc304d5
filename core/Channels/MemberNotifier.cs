using ChatAppraisal.Conversations;
using ChatAppraisal.Appraisal;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Channels;

/// <summary>A message the bot started itself, as recorded in the transaction that queued it.</summary>
public sealed class NotificationDoc
{
    public long Id { get; set; }
    public int MemberId { get; set; }
    public string Kind { get; set; } = "";
    public List<string> Channels { get; set; } = [];
    public DateTime At { get; set; }

    public const string Collection = "notifications";
}

/// <summary>
/// Messages the bot starts itself, written into the outbox for every running channel the member is bound on (only the one
/// they chose, when they chose one that runs), each in that account's language, with a record in the same transaction.
/// </summary>
public sealed class MemberNotifier(AppraisalStore store, Outbox.Outbox outbox, TimeProvider clock, IOptions<BotOptions> options) : IMemberNotifier
{
    public IReadOnlyList<string> Notify(int memberId, Func<Texts, IReadOnlyList<Reply>> message, string kind) => store.Write(() =>
    {
        var member = store.Roster.Members.FindById(memberId);
        if (member is null || member.Removed) return (IReadOnlyList<string>)[];
        var accounts = store.Roster.Accounts.Find(a => a.MemberId == memberId)
            .Select(a => (Account: a, Address: AccountAddress.Parse(a.Id)))
            .Where(a => outbox.Runs(a.Address.Channel))
            .OrderBy(a => a.Address.Channel, StringComparer.Ordinal)
            .ToList();
        if (member.PreferredChannel is { } preferred && accounts.Any(a => a.Address.Channel == preferred))
            accounts = accounts.Where(a => a.Address.Channel == preferred).ToList();
        foreach (var (account, address) in accounts)
            outbox.Write(address.Channel, address.UserId, message(Texts.For(account.Language ?? options.Value.Language)), kind);
        var channels = accounts.Select(a => a.Address.Channel).ToList();
        store.Outbox.Notifications.Insert(new NotificationDoc
        {
            MemberId = memberId, Kind = kind, Channels = channels, At = clock.GetUtcNow().UtcDateTime,
        });
        return channels;
    });
}

/// <summary>An account's id read back as its channel and the user's id there (a private chat's address).</summary>
public readonly record struct AccountAddress(string Channel, string UserId)
{
    public static AccountAddress Parse(string accountId)
    {
        var colon = accountId.IndexOf(':');
        return colon < 0 ? new(accountId, "") : new(accountId[..colon], accountId[(colon + 1)..]);
    }
}
