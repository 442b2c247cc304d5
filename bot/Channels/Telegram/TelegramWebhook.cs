using System.Security.Cryptography;
using System.Text;
using System.Text.Json;
using global::Telegram.Bot;
using global::Telegram.Bot.Types;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>Webhook mode: Telegram posts each update here with the shared secret in a header.</summary>
static class TelegramWebhook
{
    public const string SecretHeader = "X-Telegram-Bot-Api-Secret-Token";

    public static async Task<IResult> ReceiveAsync(
        HttpContext context,
        IOptions<TelegramOptions> options,
        BotIdentity identity,
        TelegramUpdateHandler handler,
        IHostApplicationLifetime lifetime,
        ILoggerFactory loggers)
    {
        var logger = loggers.CreateLogger(typeof(TelegramWebhook).FullName!);
        if (!SecretMatches(context.Request.Headers[SecretHeader].ToString(), options.Value.WebhookSecret))
        {
            logger.LogWarning("Telegram webhook: refused a request from {Remote} without the right secret", context.Connection.RemoteIpAddress);
            return TypedResults.Unauthorized();
        }
        // Until getMe has answered we cannot tell our commands from other bots'; Telegram retries later.
        if (!identity.IsKnown) return TypedResults.StatusCode(StatusCodes.Status503ServiceUnavailable);

        Update? update;
        try
        {
            update = await JsonSerializer.DeserializeAsync<Update>(context.Request.Body, JsonBotAPI.Options, context.RequestAborted);
        }
        catch (JsonException e)
        {
            logger.LogWarning(e, "Telegram webhook: the body is not an update");
            return TypedResults.BadRequest();
        }
        if (update is null) return TypedResults.BadRequest();

        // Handled to the end even if Telegram hangs up: the answers are queued, and a redelivery is recognised by its id.
        await handler.HandleAsync(update, lifetime.ApplicationStopping);
        return TypedResults.Ok();
    }

    /// <summary>Compares in constant time (hashes first, so even the length does not leak).</summary>
    static bool SecretMatches(string presented, string? expected)
    {
        if (string.IsNullOrEmpty(presented) || string.IsNullOrEmpty(expected)) return false;
        return CryptographicOperations.FixedTimeEquals(
            SHA256.HashData(Encoding.UTF8.GetBytes(presented)),
            SHA256.HashData(Encoding.UTF8.GetBytes(expected)));
    }
}
