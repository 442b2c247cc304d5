using System.Text.Json.Nodes;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>One call the bot made, as the double received and answered it.</summary>
public sealed class RecordedRequest
{
    public required int Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    public required string Method { get; init; }
    /// <summary>The JSON body, or for multipart calls the form fields (each a string, as sent).</summary>
    public required JsonObject Body { get; init; }
    public required bool Multipart { get; init; }
    /// <summary>Uploaded parts by part name ("0" for <c>attach://0</c>).</summary>
    public required IReadOnlyDictionary<string, UploadedFile> Files { get; init; }
    public long? ChatId { get; init; }
    /// <summary>The HTTP status answered (0: connection dropped).</summary>
    public int Status { get; internal set; }
    public BotApiFault? Fault { get; internal set; }

    public bool Succeeded => Status == 200;

    /// <summary>A message-sending call (sendMessage, editMessageText, sendPhoto, sendDocument).</summary>
    public bool IsSend => Method is "sendMessage" or "editMessageText" or "sendPhoto" or "sendDocument";

    public string? String(string field) => Body[field] is JsonValue v ? v.ToString() : Body[field]?.ToJsonString();

    public override string ToString() => $"#{Sequence} {At:HH:mm:ss.fff} {Method} chat={ChatId} → {Status}";
}

public sealed record UploadedFile(string FileName, string ContentType, byte[] Content);
