using ChatAppraisal.Conversations;

namespace ChatAppraisal.Channels.Outbox;

/// <summary>
/// One message written down before it is sent, in the transaction that made it, and removed once the channel has taken
/// it (or refused it for good). Already cut to the channel's limits: one document, one platform message.
/// </summary>
public sealed class OutboxDoc
{
    /// <summary>Assigned in order, so a chat's messages go out again in the order they were written.</summary>
    public long Id { get; set; }
    public string Channel { get; set; } = "";
    public string ChatId { get; set; } = "";
    /// <summary>text, image or document.</summary>
    public string Kind { get; set; } = "";
    public string? Text { get; set; }
    public List<List<StoredButton>>? Buttons { get; set; }
    public bool NumbersAreAnswers { get; set; }
    public string? EditMessageId { get; set; }
    public byte[]? Content { get; set; }
    public string? FileName { get; set; }
    public string? Caption { get; set; }
    /// <summary>"reply" for an answer to an update; otherwise what the bot started (a reminder's kind).</summary>
    public string Origin { get; set; } = "";
    public DateTime At { get; set; }
    /// <summary>
    /// Among bot processes sharing a database: the process that sends it (the one whose transaction wrote it, or the one that
    /// took it over); "" for none yet. Unused on a LiteDB file.
    /// </summary>
    public string? Owner { get; set; }

    public const string Collection = "outbox";

    public Reply ToReply() => Kind switch
    {
        "text" => new TextReply(Text ?? "", Buttons?.Select(row => (IReadOnlyList<Button>)row.Select(b => new Button(b.Label, b.Data)).ToList()).ToList(), EditMessageId)
        {
            NumbersAreAnswers = NumbersAreAnswers,
        },
        "image" => new ImageReply(Content ?? [], Caption ?? ""),
        "document" => new DocumentReply(Content ?? [], FileName ?? "file", Caption),
        _ => throw new InvalidDataException($"Unknown outbox kind '{Kind}' (id {Id})."),
    };

    public static OutboxDoc From(string channel, string chatId, Reply reply, string origin, DateTime at) => reply switch
    {
        TextReply t => new()
        {
            Channel = channel, ChatId = chatId, Kind = "text", Text = t.Text, EditMessageId = t.EditMessageId, NumbersAreAnswers = t.NumbersAreAnswers,
            Buttons = t.Buttons?.Select(row => row.Select(b => new StoredButton { Label = b.Label, Data = b.Data }).ToList()).ToList(),
            Origin = origin, At = at,
        },
        ImageReply i => new() { Channel = channel, ChatId = chatId, Kind = "image", Content = i.Png, Caption = i.Caption, Origin = origin, At = at },
        DocumentReply d => new() { Channel = channel, ChatId = chatId, Kind = "document", Content = d.Content, FileName = d.FileName, Caption = d.Caption, Origin = origin, At = at },
        _ => throw new ArgumentOutOfRangeException(nameof(reply), reply.GetType().Name, "A reply kind the outbox does not know."),
    };
}
