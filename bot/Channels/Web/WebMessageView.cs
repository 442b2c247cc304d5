using System.Globalization;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>A transcript message as the page draws it: the server renders it (Pages/Chat/_Message.cshtml), chat.js draws it from the live events.</summary>
public sealed record WebMessageView(
    long Id,
    long Seq,
    bool Me,
    string Who,
    string Kind,
    string? Text,
    IReadOnlyList<IReadOnlyList<WebButtonView>> Buttons,
    string? Url,
    bool Image,
    string? Link,
    string Time,
    string Lang)
{
    /// <summary>The text in pieces, its http(s) addresses as links (<see cref="LinkedText"/>); the page and chat.js draw these.</summary>
    public IReadOnlyList<TextPart> Parts { get; } = LinkedText.Split(Text);

    public static WebMessageView From(WebMessageDoc doc, Texts texts, DateTime localTime) => new(
        doc.Id,
        doc.Seq,
        doc.FromMember,
        doc.FromMember ? texts.YouSaid : texts.BotSaid,
        doc.Kind,
        doc.Text,
        doc.Buttons?.Select(row => (IReadOnlyList<WebButtonView>)row.Select(b => new WebButtonView(b.Label, $"{doc.Id}:{b.Data}")).ToList()).ToList() ?? [],
        doc.FileId is null ? null : $"/chat/files/{doc.Id}",
        doc.FileId is not null && doc.IsImage,
        doc.FileId is null || doc.IsImage ? null : texts.Download(doc.FileName ?? "file", Size(doc.FileSize)),
        localTime.ToString("HH:mm", CultureInfo.InvariantCulture),
        texts.Language);

    public static string Size(long bytes) => bytes switch
    {
        < 1024 => $"{bytes} B",
        < 1024 * 1024 => $"{bytes / 1024.0:0.#} KB",
        _ => $"{bytes / (1024.0 * 1024):0.#} MB",
    };
}

/// <summary>A bot button: its label, and the value the page posts (the message's id and the button's data).</summary>
public sealed record WebButtonView(string Label, string Value);
