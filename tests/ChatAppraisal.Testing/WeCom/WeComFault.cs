namespace ChatAppraisal.Tests.WeCom;

/// <summary>
/// What the double answers instead of (or before) doing a call: a WeCom errcode (HTTP 200, as WeCom answers errors), an
/// HTTP status (a proxy's 5xx), a cut connection, or a delay after which the call is done as usual.
/// </summary>
public sealed record WeComFault(int? ErrorCode = null, string? ErrorMessage = null, int? HttpStatus = null, TimeSpan? Delay = null, bool DropConnection = false)
{
    public static WeComFault Error(int errorCode, string errorMessage) => new(errorCode, errorMessage);

    /// <summary>45009: the API's frequency limit.</summary>
    public static WeComFault CallLimit() => Error(45009, "api freq out of limit");

    public static WeComFault TooManyConcurrent() => Error(45033, "api concurrent out of limit");

    public static WeComFault UntrustedIp() => Error(60020, "not allow to access from your ip");

    public static WeComFault ServerError(int status = 502) => new(HttpStatus: status);

    public static WeComFault Slow(TimeSpan delay) => new(Delay: delay);

    public static WeComFault Disconnect() => new(DropConnection: true);

    /// <summary>The fault only delays the call, which is then done as usual.</summary>
    public bool OnlyDelays => ErrorCode is null && HttpStatus is null && !DropConnection;
}
