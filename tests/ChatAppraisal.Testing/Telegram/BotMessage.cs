namespace ChatAppraisal.Tests.Telegram;

/// <summary>A message the bot has in a chat, as a person sees it now (edits applied).</summary>
public sealed class BotMessage
{
    public required long ChatId { get; init; }
    public required int MessageId { get; init; }
    public required DateTimeOffset SentAt { get; init; }
    public string? Text { get; internal set; }
    public string? Caption { get; internal set; }
    /// <summary>Rows of (label, callback data) under the message.</summary>
    public IReadOnlyList<IReadOnlyList<(string Label, string Data)>> Buttons { get; internal set; } = [];
    public UploadedFile? Photo { get; internal set; }
    public UploadedFile? Document { get; internal set; }
    public int Edits { get; internal set; }
    /// <summary>When the last edit reached the double (null: never edited).</summary>
    public DateTimeOffset? EditedAt { get; internal set; }

    public IEnumerable<(string Label, string Data)> AllButtons => Buttons.SelectMany(r => r);

    /// <summary>The message as it reads now; later edits do not change the copy.</summary>
    public BotMessage Snapshot() => new()
    {
        ChatId = ChatId, MessageId = MessageId, SentAt = SentAt, Text = Text, Caption = Caption, Buttons = Buttons,
        Photo = Photo, Document = Document, Edits = Edits, EditedAt = EditedAt,
    };

    public override string ToString() =>
        $"[{ChatId}#{MessageId}] {Text ?? (Photo is not null ? "photo" : Document is not null ? "document " + Document.FileName : "")}" +
        (Caption is null ? "" : $" ({Caption})") + (Buttons.Count == 0 ? "" : " " + string.Join(" | ", AllButtons.Select(b => b.Label)));
}

/// <summary>Someone in the simulated Telegram; private chat id = user id.</summary>
public sealed record FakeUser(long Id, string FirstName, string? LanguageCode = "zh-hans", string? Username = null);

/// <summary>A group chat (negative id, as on Telegram).</summary>
public sealed record FakeGroup(long Id, string Title);
