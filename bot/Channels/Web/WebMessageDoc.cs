using ChatAppraisal.Conversations;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>
/// One message of a member's browser-chat transcript (the member's or the bot's), the last
/// <see cref="WebTranscript.Keep"/> of each account kept. <see cref="Seq"/> grows with every change of the account's
/// transcript (a new message, an edit): it is the live transcript's event id, so a reconnect asks for what came after the
/// last one seen.
/// </summary>
public sealed class WebMessageDoc
{
    public long Id { get; set; }
    /// <summary>The browser chat's chat id, "m12".</summary>
    public string ChatId { get; set; } = "";
    public long Seq { get; set; }
    /// <summary>Written by the member (a message, a file), not the bot.</summary>
    public bool FromMember { get; set; }
    /// <summary>text, image (a chart), document (a workbook, a CSV) or file (the member's upload).</summary>
    public string Kind { get; set; } = "text";
    /// <summary>The text, or a file's caption.</summary>
    public string? Text { get; set; }
    public List<List<StoredButton>>? Buttons { get; set; }
    /// <summary>Id in the transcript's file storage (<see cref="WebTranscript.FileStorageName"/>), or "evidence:{id}"; null: no bytes kept.</summary>
    public string? FileId { get; set; }
    public string? FileName { get; set; }
    public string? ContentType { get; set; }
    public long FileSize { get; set; }
    /// <summary>The member's upload kept as evidence: its bytes are that attachment's, not the transcript's.</summary>
    public long? EvidenceId { get; set; }
    public DateTime At { get; set; }

    public const string Collection = "web_messages";

    /// <summary>Shown inline: a chart, or an uploaded PNG, JPEG, GIF or WebP photo (never an SVG, which can hold script).</summary>
    public bool IsImage => Kind == "image" || Kind == "file" && ContentType?.ToLowerInvariant() is "image/png" or "image/jpeg" or "image/gif" or "image/webp";
}

/// <summary>A chat's counter behind <see cref="WebMessageDoc.Seq"/> and the browser chat's update ids.</summary>
public sealed class WebCounterDoc
{
    public string Id { get; set; } = "";
    public long Value { get; set; }
    /// <summary>
    /// How many messages the chat's transcript holds, so that adding one need not count them (on PostgreSQL that count was
    /// the costliest statement of a browser answer). Null in a counter written before it was kept: counted once then.
    /// </summary>
    public int? Stored { get; set; }

    public const string Collection = "web_counters";

    /// <summary>The one counter of every chat before each chat had its own (under one lock that made every process's browser messages take turns).</summary>
    public const string SharedBefore = "seq";

    public static string KeyOf(string chatId) => "seq:" + chatId;
}
