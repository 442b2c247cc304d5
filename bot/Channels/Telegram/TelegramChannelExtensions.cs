using global::Telegram.Bot;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Telegram;

public static class TelegramChannelExtensions
{
    public static bool IsTelegramConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{TelegramOptions.Section}:{nameof(TelegramOptions.BotToken)}"]);

    /// <summary>The Telegram channel when <c>Telegram:BotToken</c> is set (settings checked at start); otherwise nothing.</summary>
    public static WebApplicationBuilder AddTelegramChannel(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.IsTelegramConfigured()) return builder;

        var services = builder.Services;
        services.AddOptions<TelegramOptions>().BindConfiguration(TelegramOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<TelegramOptions>, TelegramOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.TryAddSingleton(new TelegramTuning());

        services.AddHttpClient("telegram")
            // The bot runs for months: recycle connections so DNS changes are seen, without a handler rotation under a long poll.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan)
            .AddTypedClient<ITelegramBotClient>((http, sp) =>
            {
                var settings = sp.GetRequiredService<IOptions<TelegramOptions>>().Value;
                var tuning = sp.GetRequiredService<TelegramTuning>();
                // Longer than a long poll, so getUpdates is never cut off by the client's own timeout.
                http.Timeout = TimeSpan.FromSeconds(tuning.PollTimeoutSeconds + 30);
                return new TelegramBotClient(new TelegramBotClientOptions(settings.BotToken!.Trim(), settings.ApiBaseUrl)
                {
                    // The client's own 429 retry waits inside the call, up to a minute, silently. The outbox waits
                    // instead, per chat, so one flooded chat never delays the others: no built-in retry.
                    RetryThreshold = 0,
                    RetryCount = 0,
                }, http);
            });

        services.AddSingleton<BotIdentity>();
        services.AddChatChannel<TelegramChannel>();
        services.AddSingleton<TelegramPollingOffset>();
        services.AddSingleton<TelegramFiles>();
        services.AddSingleton<TelegramUpdateHandler>();
        services.AddHostedService<TelegramBotService>();
        return builder;
    }

    /// <summary>In webhook mode, <c>POST /telegram/webhook</c> for Telegram's deliveries; otherwise nothing.</summary>
    public static IEndpointRouteBuilder MapTelegramWebhook(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<IOptions<TelegramOptions>>()?.Value is { Enabled: true, UsesWebhook: true })
            app.MapPost(TelegramOptions.WebhookPath, TelegramWebhook.ReceiveAsync).ExcludeFromDescription();
        return app;
    }
}
