using System.Text;
using ChatAppraisal.Evidence;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>
/// <c>GET /wecom/callback</c>: the URL check (answers the decrypted echostr as plain text). <c>POST /wecom/callback</c>:
/// a member's message or event, verified (signature over Encrypt), decrypted (receive id = CorpId), parsed safely and
/// handed to the engine; 200 with an empty body once handled. Anything that cannot be trusted is refused with a 4xx and
/// changes nothing. A callback WeCom delivers again is recognised by its dedupe key and handled once.
/// </summary>
static class WeComCallback
{
    /// <summary>Bodies are small XML envelopes; anything larger is refused before it is read.</summary>
    public const int MaxBodyBytes = 64 * 1024;

    /// <summary>
    /// A callback stamped further than this from the server's clock is refused: WeCom's own retries come within seconds,
    /// so an old callback replayed (past the 14 days its id is remembered) cannot be handled again.
    /// </summary>
    public static readonly TimeSpan MaxClockSkew = TimeSpan.FromMinutes(5);

    public static IResult VerifyUrl(HttpRequest request, WeComCrypto crypto, ILoggerFactory loggers)
    {
        var (signature, timestamp, nonce) = Stamp(request);
        var echo = request.Query["echostr"].ToString();
        if (signature.Length == 0 || timestamp.Length == 0 || nonce.Length == 0 || echo.Length == 0)
            return TypedResults.BadRequest();
        try
        {
            // Plain text, no quotes, no BOM, no newline: WeCom compares the body with its echostr byte for byte.
            return TypedResults.Text(crypto.VerifyUrl(signature, timestamp, nonce, echo), "text/plain", new UTF8Encoding(false));
        }
        catch (WeComCallbackException e)
        {
            Logger(loggers).LogWarning("WeCom URL check from {Remote} refused: {Reason}", request.HttpContext.Connection.RemoteIpAddress, e.Message);
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }
    }

    public static async Task<IResult> ReceiveAsync(HttpRequest request, WeComCrypto crypto, WeComIncoming incoming, WeComFiles files, ChatInbox inbox,
        IHostApplicationLifetime lifetime, ILoggerFactory loggers, TimeProvider clock)
    {
        var logger = Logger(loggers);
        var (signature, timestamp, nonce) = Stamp(request);
        if (signature.Length == 0 || timestamp.Length == 0 || nonce.Length == 0) return TypedResults.BadRequest();
        if (!long.TryParse(timestamp, out var seconds) || Math.Abs(clock.GetUtcNow().ToUnixTimeSeconds() - seconds) > MaxClockSkew.TotalSeconds)
        {
            logger.LogWarning("WeCom callback from {Remote} refused: its timestamp {Timestamp} is more than {Minutes} minutes from this server's clock ({Now:u}); a replay, or a clock to set right",
                request.HttpContext.Connection.RemoteIpAddress, timestamp, MaxClockSkew.TotalMinutes, clock.GetUtcNow());
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }
        if (request.ContentLength > MaxBodyBytes) return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);
        var body = await ReadBodyAsync(request, request.HttpContext.RequestAborted);
        if (body is null) return TypedResults.StatusCode(StatusCodes.Status413PayloadTooLarge);

        WeComCallbackMessage message;
        try
        {
            message = WeComCallbackMessage.Parse(crypto.DecryptMessage(signature, timestamp, nonce, body));
        }
        catch (WeComCallbackException e)
        {
            logger.LogWarning("WeCom callback from {Remote} refused: {Reason}", request.HttpContext.Connection.RemoteIpAddress, e.Message);
            return TypedResults.StatusCode(StatusCodes.Status403Forbidden);
        }

        if (incoming.ToUpdate(message) is not { } update)
        {
            logger.LogDebug("WeCom: {Type}/{Event} from {User} needs no answer", message.MsgType, message.Event, message.FromUserName);
            return Empty();
        }
        if (update.Unsupported && message.MsgType == "image")
        {
            // A photo is fetched before the engine sees it (evidence at an item prompt); one that cannot be fetched is
            // answered so (send it again), one too large is refused by its size.
            switch (await files.FetchPhotoAsync(message, lifetime.ApplicationStopping))
            {
                case { File: { } file }:
                    update = update with { File = file, Unsupported = false };
                    break;
                case var refused:
                    // Too large, or not fetched at all (media/get failed): said so, and nothing goes further.
                    inbox.Refuse(update.From, update.From.UserId, texts =>
                        refused is { RefusedSize: { } size } ? texts.FileRefused(AttachRefusal.TooLarge, "", size, 0) : texts.FileNotFetched);
                    return Empty();
            }
        }
        try
        {
            // Handled to the end even if WeCom hangs up: the replies are written into the outbox with the answer, in one
            // transaction, before the 200; a retry of the same callback is recognised by its id.
            await inbox.HandleAsync(update, update.From.UserId, lifetime.ApplicationStopping);
        }
        catch (OperationCanceledException) when (lifetime.ApplicationStopping.IsCancellationRequested)
        {
            // Shutting down before it was handled: not 200, so WeCom delivers it again.
            return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);
        }
        return Empty();
    }

    static IResult Empty() => TypedResults.Text("", "text/plain", new UTF8Encoding(false));

    static (string Signature, string Timestamp, string Nonce) Stamp(HttpRequest request) =>
        (request.Query["msg_signature"].ToString(), request.Query["timestamp"].ToString(), request.Query["nonce"].ToString());

    /// <summary>The body as UTF-8 text, or null when it is longer than <see cref="MaxBodyBytes"/>.</summary>
    static async Task<string?> ReadBodyAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var buffer = new byte[MaxBodyBytes + 1];
        var read = 0;
        int n;
        while (read < buffer.Length && (n = await request.Body.ReadAsync(buffer.AsMemory(read), cancellationToken)) > 0) read += n;
        return read > MaxBodyBytes ? null : Encoding.UTF8.GetString(buffer, 0, read);
    }

    static ILogger Logger(ILoggerFactory loggers) => loggers.CreateLogger(typeof(WeComCallback).FullName!);
}
