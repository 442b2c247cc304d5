namespace ChatAppraisal.Tests.Telegram;

/// <summary>An error the double answers instead of doing the call, as Telegram would (status = error_code).</summary>
public sealed record BotApiFault(int ErrorCode, string Description, int? RetryAfter = null, bool DropConnection = false)
{
    public static BotApiFault TooManyRequests(int retryAfterSeconds) =>
        new(429, $"Too Many Requests: retry after {retryAfterSeconds}", retryAfterSeconds);

    public static BotApiFault ServerError() => new(500, "Internal Server Error");

    public static BotApiFault BadGateway() => new(502, "Bad Gateway");

    /// <summary>The connection is cut without an answer (a network failure as the client sees it).</summary>
    public static BotApiFault Disconnect() => new(0, "connection reset", DropConnection: true);
}
