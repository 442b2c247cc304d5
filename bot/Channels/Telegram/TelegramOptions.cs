using System.Text.RegularExpressions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>The <c>Telegram</c> settings. Outside tools set these names: keep them.</summary>
public sealed class TelegramOptions
{
    public const string Section = "Telegram";
    public const string PollingMode = "polling";
    public const string WebhookMode = "webhook";
    public const string WebhookPath = "/telegram/webhook";

    /// <summary>The bot's token from BotFather; empty → no Telegram channel (the console chat runs instead).</summary>
    public string? BotToken { get; set; }

    /// <summary>Telegram's Bot API, a local Bot API server or a test double; only scheme, host and port are used.</summary>
    public string ApiBaseUrl { get; set; } = "https://api.telegram.org";

    /// <summary><c>polling</c> (default) or <c>webhook</c>.</summary>
    public string Mode { get; set; } = PollingMode;

    /// <summary>Webhook mode: the public HTTPS address Telegram posts updates to (a proxy forwards it to <see cref="WebhookPath"/>).</summary>
    public string? WebhookUrl { get; set; }

    /// <summary>Webhook mode: the secret Telegram echoes in <c>X-Telegram-Bot-Api-Secret-Token</c>.</summary>
    public string? WebhookSecret { get; set; }

    public bool Enabled => !string.IsNullOrWhiteSpace(BotToken);
    public bool UsesWebhook => string.Equals(Mode?.Trim(), WebhookMode, StringComparison.OrdinalIgnoreCase);
}

/// <summary>Checks the settings at start, so a bad one stops start-up with a sentence that names it.</summary>
sealed partial class TelegramOptionsValidator : IValidateOptions<TelegramOptions>
{
    // BotFather tokens look like 123456789:AAE-abc_def (bot id, colon, 30+ URL-safe characters).
    [GeneratedRegex("^[0-9]{1,20}:[A-Za-z0-9_-]{20,}$")]
    private static partial Regex TokenPattern();

    // Telegram allows 1–256 of A–Z, a–z, 0–9, _ and - in a webhook secret.
    [GeneratedRegex("^[A-Za-z0-9_-]{1,256}$")]
    private static partial Regex SecretPattern();

    public ValidateOptionsResult Validate(string? name, TelegramOptions options)
    {
        if (!options.Enabled) return ValidateOptionsResult.Skip;
        var errors = new List<string>();
        if (!TokenPattern().IsMatch(options.BotToken!.Trim()))
            errors.Add("Telegram:BotToken does not look like a BotFather token (digits, a colon, then letters, digits, _ or -, e.g. 123456789:AAE...).");
        if (!IsHttpUrl(options.ApiBaseUrl))
            errors.Add($"Telegram:ApiBaseUrl must be an http or https address such as https://api.telegram.org or http://127.0.0.1:8081, not '{options.ApiBaseUrl}'.");
        var mode = options.Mode?.Trim();
        if (!string.Equals(mode, TelegramOptions.PollingMode, StringComparison.OrdinalIgnoreCase) && !options.UsesWebhook)
            errors.Add($"Telegram:Mode must be 'polling' or 'webhook', not '{options.Mode}'.");
        if (options.UsesWebhook)
        {
            if (!IsHttpUrl(options.WebhookUrl))
                errors.Add("Telegram:WebhookUrl is required in webhook mode: the public https address Telegram posts updates to, e.g. https://appraisal.example.org/telegram/webhook.");
            if (string.IsNullOrEmpty(options.WebhookSecret))
                errors.Add("Telegram:WebhookSecret is required in webhook mode: 1–256 characters of A–Z, a–z, 0–9, _ and -; requests without it are refused.");
            else if (!SecretPattern().IsMatch(options.WebhookSecret))
                errors.Add("Telegram:WebhookSecret may hold only 1–256 characters of A–Z, a–z, 0–9, _ and - (Telegram's rule).");
        }
        return errors.Count == 0 ? ValidateOptionsResult.Success : ValidateOptionsResult.Fail(errors);
    }

    static bool IsHttpUrl(string? value) =>
        Uri.TryCreate(value, UriKind.Absolute, out var uri) && (uri.Scheme == Uri.UriSchemeHttp || uri.Scheme == Uri.UriSchemeHttps);
}
