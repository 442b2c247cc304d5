using System.Globalization;
using ChatAppraisal.Members;
using ChatAppraisal.Ratings;
using ChatAppraisal.Storage;

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
/// The getUpdates offset, stored after each batch of updates is handled: a restart asks for the first update of the
/// batch it was in, so nothing is lost; what of that batch was handled already, the engine recognises by its id.
/// </summary>
public sealed class TelegramPollingOffset
{
    public const string Collection = "telegram_state";

    readonly AppraisalStore _store;
    readonly TimeProvider _time;

    public TelegramPollingOffset(AppraisalStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
        _store.Prepare(ChannelStore.TelegramCollection);
    }

    IDocs<TelegramStateDoc> States => new ChannelStore(_store).Telegram;

    public int? Load(long botId) => States.FindById(Key(botId))?.Offset;

    public void Save(long botId, int offset) => _store.Write(() =>
        States.Upsert(new TelegramStateDoc { Id = Key(botId), Offset = offset, UpdatedAt = _time.GetUtcNow().UtcDateTime }));

    static string Key(long botId) => "polling:" + botId.ToString(CultureInfo.InvariantCulture);
}
