using ChatAppraisal.Conversations;
using ChatAppraisal.Evidence;
using ChatAppraisal.Storage;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>
/// The browser chat's transcripts: every reply the outbox delivers and every message the member sends, the last
/// <see cref="Keep"/> per account, with charts, workbooks and uploads in the database file's storage. Changes are
/// announced once committed (<see cref="WebChatSignals"/>) to the account's open pages. Its writes are bookkeeping
/// (<see cref="AppraisalStore.WriteBookkeeping{T}"/>): a line a server crash lost comes again from the outbox, and the member's
/// own line is made durable by the answer's commit that follows it.
/// </summary>
public sealed class WebTranscript
{
    public const int Keep = 200;
    public const string FileStorageName = "web_files", ChunkCollectionName = "web_file_chunks";

    readonly AppraisalStore _store;
    readonly WebChatSignals _signals;
    readonly TimeProvider _clock;
    readonly Attachments _attachments;

    public WebTranscript(AppraisalStore store, WebChatSignals signals, TimeProvider clock, Attachments attachments)
    {
        _store = store;
        _signals = signals;
        _clock = clock;
        _attachments = attachments;
        _store.Prepare(ChannelStore.WebMessagesCollection);
        _store.Prepare(ChannelStore.WebCountersCollection);
    }

    IDocs<WebMessageDoc> Messages => new ChannelStore(_store).WebMessages;
    IDocs<WebCounterDoc> Counters => new ChannelStore(_store).WebCounters;
    IFileBytes Files => new ChannelStore(_store).WebFiles;

    DateTime Now => _clock.GetUtcNow().UtcDateTime;

    /// <summary>
    /// The next number of the chat's sequence: its event ids and update ids, never reused, across restarts. Bot processes
    /// sharing a database take turns at one chat's counter (read, add one, write back) and hold the turn until the change
    /// commits, so the chat's numbers commit in order and a live page never skips one; other chats go on meanwhile.
    /// </summary>
    long Next(string chatId) => _store.WriteBookkeeping(() =>
    {
        var counter = Turn(chatId);
        Counters.Upsert(counter);
        return counter.Value;
    });

    /// <summary>Takes the chat's turn and its next number; the caller writes the counter back.</summary>
    WebCounterDoc Turn(string chatId)
    {
        _store.LockUntilCommit("web:seq:" + chatId);
        var counter = Counters.FindById(WebCounterDoc.KeyOf(chatId)) ?? new WebCounterDoc
        {
            // A chat's first number goes on from the one sequence all chats shared before (the update ids it gave stay unique).
            Id = WebCounterDoc.KeyOf(chatId), Value = Counters.FindById(WebCounterDoc.SharedBefore)?.Value ?? 0,
        };
        counter.Value++;
        return counter;
    }

    /// <summary>An id for an update that adds nothing to the transcript (a pressed button).</summary>
    public long NewUpdateId(string chatId) => Next(chatId);

    /// <summary>The member's typed message; its sequence number is the update's id.</summary>
    public WebMessageDoc AddFromMember(string chatId, string text) => Add(new WebMessageDoc { ChatId = chatId, FromMember = true, Text = text });

    /// <summary>
    /// The member's photo or file, by its name and size only: its bytes are kept once, as evidence, when the bot takes it
    /// (<see cref="ShowAsEvidence"/>), and nowhere when it is refused.
    /// </summary>
    public WebMessageDoc AddFileFromMember(string chatId, ChatFile file) => Add(new WebMessageDoc
    {
        ChatId = chatId, FromMember = true, Kind = "file", FileName = Path.GetFileName(file.FileName) is { Length: > 0 } name ? name : "file",
        ContentType = file.ContentType ?? "application/octet-stream", FileSize = file.Content.LongLength,
    });

    /// <summary>The member's file became this attachment: the transcript shows and serves the attachment's bytes.</summary>
    public void ShowAsEvidence(WebMessageDoc message, AttachmentDoc attachment) => _store.WriteBookkeeping(() =>
    {
        if (Messages.FindById(message.Id) is not { } stored) return;
        stored.EvidenceId = attachment.Id;
        stored.FileId = EvidencePrefix + attachment.Id;
        stored.ContentType = attachment.ContentType;
        stored.Seq = Next(stored.ChatId);
        Messages.Update(stored);
        Announce(stored.ChatId);
    });

    const string EvidencePrefix = "evidence:";

    /// <summary>What the outbox delivers: a new message, or an edit of an earlier one (a new message when that one is gone).</summary>
    public void Deliver(string chatId, Reply reply)
    {
        switch (reply)
        {
            case TextReply { EditMessageId: { Length: > 0 } edited } text when long.TryParse(edited, out var id):
                _store.WriteBookkeeping(() =>
                {
                    if (Messages.FindById(id) is { FromMember: false, Kind: "text" } earlier && earlier.ChatId == chatId)
                    {
                        earlier.Text = text.Text;
                        earlier.Buttons = Stored(text.Buttons);
                        earlier.Seq = Next(chatId);
                        Messages.Update(earlier);
                        Announce(chatId);
                    }
                    else Add(new WebMessageDoc { ChatId = chatId, Text = text.Text, Buttons = Stored(text.Buttons) });
                });
                break;
            case TextReply text:
                Add(new WebMessageDoc { ChatId = chatId, Text = text.Text, Buttons = Stored(text.Buttons) });
                break;
            case ImageReply image:
                Add(new WebMessageDoc { ChatId = chatId, Kind = "image", Text = image.Caption }, image.Png, "chart.png", "image/png");
                break;
            case DocumentReply document:
                Add(new WebMessageDoc { ChatId = chatId, Kind = "document", Text = document.Caption }, document.Content, document.FileName, ContentType(document.FileName));
                break;
            default:
                throw new NotSupportedException($"The browser chat cannot show a {reply.GetType().Name}.");
        }
    }

    WebMessageDoc Add(WebMessageDoc message, byte[]? content = null, string? fileName = null, string? contentType = null) => _store.WriteBookkeeping(() =>
    {
        var counter = Turn(message.ChatId);
        var stored = counter.Stored ?? Messages.Count(m => m.ChatId == message.ChatId);
        message.Seq = counter.Value;
        message.At = Now;
        if (content is not null)
        {
            message.FileId = $"{message.ChatId}/{message.Seq}";
            message.FileName = Path.GetFileName(fileName) is { Length: > 0 } name ? name : "file";
            message.ContentType = contentType;
            message.FileSize = content.Length;
            Files.Upload(message.FileId, message.FileName, content);
        }
        Messages.Insert(message);
        counter.Stored = Trim(message.ChatId, stored + 1);
        Counters.Upsert(counter);
        Announce(message.ChatId);
        return message;
    });

    /// <summary>Beyond <see cref="Keep"/> messages, the oldest go, with their files; returns how many the chat then holds.</summary>
    int Trim(string chatId, int stored)
    {
        if (stored <= Keep) return stored;
        foreach (var old in Messages.Take(m => m.ChatId == chatId, newestFirst: false, stored - Keep))
        {
            if (old is { FileId: { } fileId, EvidenceId: null }) Files.Delete(fileId);
            Messages.Delete(old.Id);
        }
        return Keep;
    }

    void Announce(string chatId) => _signals.Announce(_store, chatId);

    /// <summary>The database failed (not the code): worth another try.</summary>
    public bool IsStorageFailure(Exception error) => _store.IsStorageFailure(error);

    /// <summary>The transcript as the page shows it, oldest first.</summary>
    public IReadOnlyList<WebMessageDoc> Last(string chatId) =>
        Messages.Take(m => m.ChatId == chatId, newestFirst: true, Keep).Reverse().ToList();

    /// <summary>What changed after the sequence number <paramref name="after"/>, in order.</summary>
    public IReadOnlyList<WebMessageDoc> Since(string chatId, long after) =>
        Messages.Find(m => m.ChatId == chatId && m.Seq > after).OrderBy(m => m.Seq).ToList();

    /// <summary>The highest sequence number of the chat's transcript (0 for none).</summary>
    public long LastSeq(string chatId) =>
        Messages.Find(m => m.ChatId == chatId).Select(m => m.Seq).DefaultIfEmpty(0).Max();

    /// <summary>A message's file, only within the chat it belongs to.</summary>
    public (WebMessageDoc Message, byte[] Content)? File(string chatId, long messageId)
    {
        if (Messages.FindById(messageId) is not { FileId: { } fileId } message || message.ChatId != chatId) return null;
        if (message.EvidenceId is { } evidenceId)
            return _attachments.Find(evidenceId) is { } attachment ? (message, _attachments.Content(attachment)) : null;
        return Files.Download(fileId) is { } content ? (message, content) : null;
    }

    static List<List<StoredButton>>? Stored(IReadOnlyList<IReadOnlyList<Button>>? rows) =>
        rows?.Select(row => row.Select(b => new StoredButton { Label = b.Label, Data = b.Data }).ToList()).Where(row => row.Count > 0).ToList() is { Count: > 0 } stored ? stored : null;

    public static string ContentType(string fileName) => Path.GetExtension(fileName).ToLowerInvariant() switch
    {
        ".xlsx" => "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet",
        ".csv" => "text/csv; charset=utf-8",
        ".zip" => "application/zip",
        ".png" => "image/png",
        ".pdf" => "application/pdf",
        _ => "application/octet-stream",
    };
}

/// <summary>The bytes of the transcripts' own files (charts, workbooks), counted toward Storage:MaxAttachmentsMegabytes.</summary>
sealed class WebTranscriptFiles(AppraisalStore store) : IStoredFiles
{
    public long Bytes() => new ChannelStore(store).WebFiles.TotalBytes();
}
