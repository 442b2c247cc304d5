using ChatAppraisal.Storage.LiteDb;
using ChatAppraisal.Channels;
using ChatAppraisal.Conversations;
using ChatAppraisal.Storage;
using LiteDB;

namespace ChatAppraisal.Tests.Schedule;

/// <summary>A message the bot started itself, as the recording notifier kept it (in the member's language).</summary>
public sealed class NoticeDoc
{
    public long Id { get; set; }
    public int MemberId { get; set; }
    public string Kind { get; set; } = "";
    public string Text { get; set; } = "";
    public DateTime At { get; set; }
}

/// <summary>
/// Stands in for the channels' notifier until it lands: it journals each message in the caller's transaction (a rollback
/// keeps nothing, a restart keeps what was committed), on the "test" channel of every member with an account.
/// </summary>
public sealed class RecordingNotifier(AppraisalStore store, TimeProvider clock) : IMemberNotifier
{
    public const string Collection = "test_notices";

    public IReadOnlyList<string> Notify(int memberId, Func<Texts, IReadOnlyList<Reply>> message, string kind)
    {
        var account = store.Roster.Accounts.FindOne(a => a.MemberId == memberId)!;
        if (account is null) return [];
        var texts = Texts.For(account.Language ?? "zh");
        store.Write(() =>
        {
            foreach (var reply in message(texts).OfType<TextReply>())
                Notices(store).Insert(new NoticeDoc { MemberId = memberId, Kind = kind, Text = reply.Text, At = clock.GetUtcNow().UtcDateTime });
        });
        return ["test"];
    }

    public static ILiteCollection<NoticeDoc> Notices(AppraisalStore store) => store.LiteDatabase().GetCollection<NoticeDoc>(Collection);

    public static List<NoticeDoc> All(AppraisalStore store) => Notices(store).FindAll().OrderBy(n => n.Id).ToList();
}
