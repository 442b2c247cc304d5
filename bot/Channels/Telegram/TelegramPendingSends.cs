using JsonSerializer = System.Text.Json.JsonSerializer;
using ChatAppraisal.Storage;
using global::Telegram.Bot;
using global::Telegram.Bot.Types.ReplyMarkups;
using LiteDB;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>A reply written down before it is sent, removed once Telegram has taken it (or refused it for good).</summary>
public sealed class PendingSendDoc
{
    /// <summary>Assigned in order, so a chat's replies go out again in the order they were written.</summary>
    public long Id { get; set; }
    public long ChatId { get; set; }
    public string Kind { get; set; } = "";
    public string? Text { get; set; }
    public int? MessageId { get; set; }
    /// <summary>The inline keyboard as Bot API JSON.</summary>
    public string? Keyboard { get; set; }
    public byte[]? Content { get; set; }
    public string? FileName { get; set; }
    public string? Caption { get; set; }
    public DateTime At { get; set; }
}

/// <summary>
/// The outbox's copy in the database file. The engine commits an answer before the channel sends it; without this copy a
/// crash (SIGKILL, power, out of memory) between the two lost the reply, and the person never heard that their answer
/// was saved. Written right after the engine's transaction, so a restart sends what the last process had not.
/// </summary>
public sealed class TelegramPendingSends
{
    public const string Collection = "telegram_outbox";

    readonly AppraisalStore _store;
    readonly TimeProvider _time;

    public TelegramPendingSends(AppraisalStore store, TimeProvider time)
    {
        _store = store;
        _time = time;
        _ = Docs; // maps the type at start, while nothing else is mapping (LiteDB 5.0.21's mapper is not race-free)
    }

    ILiteCollection<PendingSendDoc> Docs => _store.Database.GetCollection<PendingSendDoc>(Collection);

    /// <summary>Writes a chat's replies in one transaction; returns their ids in the same order (null for button answers, never kept).</summary>
    public IReadOnlyList<long?> Add(long chatId, IReadOnlyList<Outgoing> items) => _store.Write(() =>
    {
        var now = _time.GetUtcNow().UtcDateTime;
        return items.Select(item => ToDoc(chatId, item, now) is { } doc ? Docs.Insert(doc).AsInt64 : (long?)null).ToList();
    });

    /// <summary>Removes sent replies, all in one transaction.</summary>
    public void Remove(IReadOnlyCollection<long> ids) => _store.Write(() =>
    {
        foreach (var id in ids) Docs.Delete(id);
    });

    /// <summary>What the last process had not sent, oldest first.</summary>
    public IReadOnlyList<(long Id, long ChatId, Outgoing Item)> Pending() =>
        Docs.FindAll().OrderBy(d => d.Id).Select(d => (d.Id, d.ChatId, FromDoc(d))).ToList();

    static PendingSendDoc? ToDoc(long chatId, Outgoing item, DateTime at) => item switch
    {
        SendText t => new() { ChatId = chatId, At = at, Kind = "text", Text = t.Text, Keyboard = Json(t.Keyboard) },
        EditText e => new() { ChatId = chatId, At = at, Kind = "edit", MessageId = e.MessageId, Text = e.Text, Keyboard = Json(e.Keyboard) },
        SendPhoto p => new() { ChatId = chatId, At = at, Kind = "photo", Content = p.Png, Caption = p.Caption },
        SendDocument d => new() { ChatId = chatId, At = at, Kind = "document", Content = d.Content, FileName = d.FileName, Caption = d.Caption },
        _ => null, // a button press is answered within seconds or not at all: nothing to resend after a restart
    };

    static Outgoing FromDoc(PendingSendDoc d) => d.Kind switch
    {
        "text" => new SendText(d.Text ?? "", Keyboard(d.Keyboard)),
        "edit" => new EditText(d.MessageId ?? 0, d.Text ?? "", Keyboard(d.Keyboard)),
        "photo" => new SendPhoto(d.Content ?? [], d.Caption),
        "document" => new SendDocument(d.Content ?? [], d.FileName ?? "file", d.Caption),
        _ => throw new InvalidDataException($"Unknown pending send kind '{d.Kind}' (id {d.Id})."),
    };

    static string? Json(InlineKeyboardMarkup? keyboard) => keyboard is null ? null : JsonSerializer.Serialize(keyboard, JsonBotAPI.Options);

    static InlineKeyboardMarkup? Keyboard(string? json) => json is null ? null : JsonSerializer.Deserialize<InlineKeyboardMarkup>(json, JsonBotAPI.Options);
}
