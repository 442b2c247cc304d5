using System.Globalization;
using ChatAppraisal.Storage;
using LiteDB;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>The channel's own record in the database file: the next update to ask for, per bot.</summary>
public sealed class TelegramStateDoc
{
    /// <summary>"polling:{bot id}": a new token for another bot must not inherit this one's offset.</summary>
    public string Id { get; set; } = "";
    public int Offset { get; set; }
    public DateTime UpdatedAt { get; set; }
}

/// <summary>
/// The getUpdates offset, stored after each update is handled: a restart asks for the first update not yet handled,
/// so nothing is lost and nothing handled is asked for again.
/// </summary>
public sealed class TelegramPollingOffset(AppraisalStore store, TimeProvider time)
{
    public const string Collection = "telegram_state";

    ILiteCollection<TelegramStateDoc> States => store.Database.GetCollection<TelegramStateDoc>(Collection);

    public int? Load(long botId) => States.FindById(Key(botId))?.Offset;

    public void Save(long botId, int offset) => store.Write(() =>
        States.Upsert(new TelegramStateDoc { Id = Key(botId), Offset = offset, UpdatedAt = time.GetUtcNow().UtcDateTime }));

    static string Key(long botId) => "polling:" + botId.ToString(CultureInfo.InvariantCulture);
}
