using ChatAppraisal.Evidence;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>A photo or document fetched from Telegram, or the size that kept it from being fetched.</summary>
/// <param name="File">The bytes and name, ready for <see cref="ChatUpdate.File"/>; null when refused.</param>
/// <param name="RefusedSize">Bytes of a file over <see cref="TelegramFiles.MaxBytes"/>: not downloaded.</param>
public sealed record TelegramFileFetch(ChatFile? File, string FileName, long? RefusedSize)
{
    /// <summary>The sentence for a refused file, in the member's language.</summary>
    public string Refusal(Texts texts) => texts.FileRefused(AttachRefusal.TooLarge, FileName, RefusedSize ?? 0, 0);
}

/// <summary>
/// Fetches the photo (its largest size) or document of a message with getFile and the file download
/// (<c>{ApiBaseUrl}/file/bot{token}/{file_path}</c>). The Bot API serves at most 20 MB a file: a bigger one is refused by its
/// declared <c>file_size</c> before anything is downloaded, and a download that runs past the limit is cut off.
/// Awaited before the engine's transaction (the engine never awaits inside it).
/// </summary>
public sealed class TelegramFiles(ITelegramBotClient client)
{
    public const long MaxBytes = EvidenceOptions.MaxFileBytes;

    public static bool HasFile(Message message) => message.Photo is { Length: > 0 } || message.Document is not null;

    /// <summary>Null when the message has neither a photo nor a document.</summary>
    public async Task<TelegramFileFetch?> FetchAsync(Message message, CancellationToken cancellationToken = default)
    {
        string fileId, name;
        string? contentType;
        long? declared;
        bool photo;
        if (message.Photo is { Length: > 0 } sizes)
        {
            // Telegram lists a photo's sizes smallest first; the largest is the one worth keeping.
            var largest = sizes.MaxBy(p => (p.FileSize ?? 0, (long)p.Width * p.Height))!;
            (fileId, name, contentType, declared, photo) = (largest.FileId, "", "image/jpeg", largest.FileSize, true);
        }
        else if (message.Document is { } document)
        {
            (fileId, name, contentType, declared, photo) = (document.FileId, document.FileName ?? "", document.MimeType, document.FileSize, false);
        }
        else
        {
            return null;
        }
        if (declared > MaxBytes) return new(null, name, declared);

        var info = await client.GetFile(fileId, cancellationToken);
        if (info.FileSize > MaxBytes) return new(null, name, info.FileSize);
        using var buffer = new MemoryStream();
        await using (var limited = new LimitedStream(buffer, MaxBytes))
            await client.DownloadFile(info.FilePath ?? throw new InvalidOperationException($"Telegram gave no file_path for file {fileId}."), limited, cancellationToken);
        if (buffer.Length > MaxBytes) return new(null, name, buffer.Length);
        return new(new ChatFile(name, contentType, buffer.ToArray(), photo), name, null);
    }

    /// <summary>Writes through to <paramref name="inner"/> until one byte past <paramref name="max"/>, then drops the rest.</summary>
    sealed class LimitedStream(Stream inner, long max) : Stream
    {
        public override bool CanRead => false;
        public override bool CanSeek => false;
        public override bool CanWrite => true;
        public override long Length => inner.Length;
        public override long Position { get => inner.Position; set => throw new NotSupportedException(); }
        public override void Flush() => inner.Flush();
        public override int Read(byte[] buffer, int offset, int count) => throw new NotSupportedException();
        public override long Seek(long offset, SeekOrigin origin) => throw new NotSupportedException();
        public override void SetLength(long value) => throw new NotSupportedException();

        public override void Write(byte[] buffer, int offset, int count)
        {
            var room = (int)Math.Max(0, Math.Min(count, max + 1 - inner.Length));
            if (room > 0) inner.Write(buffer, offset, room);
        }

        public override Task WriteAsync(byte[] buffer, int offset, int count, CancellationToken cancellationToken)
        {
            Write(buffer, offset, count);
            return Task.CompletedTask;
        }

        public override ValueTask WriteAsync(ReadOnlyMemory<byte> buffer, CancellationToken cancellationToken = default)
        {
            var room = (int)Math.Max(0, Math.Min(buffer.Length, max + 1 - inner.Length));
            if (room > 0) inner.Write(buffer.Span[..room]);
            return ValueTask.CompletedTask;
        }

        protected override void Dispose(bool disposing)
        {
            // The buffer belongs to the caller.
        }
    }
}
