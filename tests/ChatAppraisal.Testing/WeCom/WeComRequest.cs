using System.Text.Json.Nodes;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>One call the bot made to the double, as received and answered.</summary>
public sealed class WeComRequest
{
    public required int Sequence { get; init; }
    public required DateTimeOffset At { get; init; }
    /// <summary>The path after /cgi-bin/: gettoken, message/send, media/upload, message/update_template_card, media/get.</summary>
    public required string Call { get; init; }
    public required IReadOnlyDictionary<string, string> Query { get; init; }
    /// <summary>The JSON body (empty for GET and multipart calls).</summary>
    public required JsonObject Body { get; init; }
    /// <summary>Multipart parts by field name, with the file name and type each was sent with.</summary>
    public required IReadOnlyDictionary<string, WeComUpload> Parts { get; init; }
    public string? ContentType { get; init; }
    /// <summary>The errcode answered (null: an HTTP failure or a medium's bytes); HTTP status 0 means the connection was cut.</summary>
    public int? ErrorCode { get; internal set; }
    public int HttpStatus { get; internal set; }
    public WeComFault? Fault { get; internal set; }

    public bool Succeeded => HttpStatus == 200 && ErrorCode is null or 0;

    public string? ToUser => Body["touser"]?.GetValue<string>();

    public override string ToString() => $"#{Sequence} {At:HH:mm:ss.fff} {Call} to={ToUser} → HTTP {HttpStatus} errcode {ErrorCode}";
}

public sealed record WeComUpload(string FileName, string ContentType, byte[] Content);
