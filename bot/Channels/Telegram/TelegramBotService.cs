using global::Telegram.Bot;
using global::Telegram.Bot.Exceptions;
using global::Telegram.Bot.Types;
using global::Telegram.Bot.Types.Enums;
using ChatAppraisal.Conversations;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.Telegram;

/// <summary>
/// Connects the bot at start (getMe, webhook off or on, the command menu) and, in polling mode, long-polls for updates.
/// Every failure is logged and waited out with growing pauses; nothing here stops the host.
/// </summary>
public sealed class TelegramBotService(
    ITelegramBotClient client,
    IOptions<TelegramOptions> options,
    TelegramTuning tuning,
    BotIdentity identity,
    TelegramUpdateHandler handler,
    TelegramPollingOffset offsets,
    CommandMenu menu,
    TimeProvider time,
    ChatAppraisal.Storage.AppraisalStore store,
    ILogger<TelegramBotService> logger) : BackgroundService
{
    /// <summary>Only what the dialogs read: messages and button presses.</summary>
    public static readonly UpdateType[] AllowedUpdates = [UpdateType.Message, UpdateType.CallbackQuery];

    /// <summary>The role of the one process that long-polls (docs/scale-out.md).</summary>
    public const string PollingRole = "telegram-polling";

    protected override async Task ExecuteAsync(CancellationToken stoppingToken)
    {
        try
        {
            var settings = options.Value;
            var me = await UntilDoneAsync("getMe", () => client.GetMe(stoppingToken), stoppingToken);
            identity.Set(me.Id, me.Username ?? "");
            if (settings.UsesWebhook)
                await UntilDoneAsync("setWebhook", () => client.SetWebhook(settings.WebhookUrl!, allowedUpdates: AllowedUpdates,
                    secretToken: settings.WebhookSecret, cancellationToken: stoppingToken), stoppingToken);
            else
                await UntilDoneAsync("deleteWebhook", () => client.DeleteWebhook(dropPendingUpdates: false, cancellationToken: stoppingToken), stoppingToken);
            await PublishCommandsAsync(stoppingToken);
            logger.LogInformation("Telegram: @{Username} connected ({Mode})", me.Username, settings.UsesWebhook ? "webhook " + settings.WebhookUrl : "long polling");
            // Telegram gives updates to one poller per token: bot processes sharing a database elect it; webhooks go to any.
            if (!settings.UsesWebhook)
                await ChatAppraisal.Storage.Shared.Election.RunWhileLeadingAsync(store, PollingRole, token => PollAsync(me.Id, token), logger, stoppingToken);
        }
        catch (OperationCanceledException) when (stoppingToken.IsCancellationRequested)
        {
        }
    }

    async Task PollAsync(long botId, CancellationToken stoppingToken)
    {
        var offset = offsets.Load(botId);
        if (offset is not null) logger.LogInformation("Telegram: resuming at update {Offset}", offset);
        var failures = 0;
        while (!stoppingToken.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await client.GetUpdates(offset, limit: 100, timeout: tuning.PollTimeoutSeconds, allowedUpdates: AllowedUpdates, cancellationToken: stoppingToken);
                failures = 0;
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await BackOffAsync("getUpdates", e, ++failures, stoppingToken);
                continue;
            }
            var handledUpTo = offset;
            try
            {
                foreach (var update in updates)
                {
                    // Telegram never repeats an update below the offset; should one come anyway, it was handled already.
                    if (update.Id < offset)
                    {
                        logger.LogInformation("Telegram: update {UpdateId} came again; already handled", update.Id);
                        continue;
                    }
                    try
                    {
                        await handler.HandleAsync(update, stoppingToken);
                    }
                    catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
                    {
                        // One bad update must not stop polling for everyone; it is skipped.
                        logger.LogError(e, "Telegram: update {UpdateId} could not be handled and is skipped", update.Id);
                    }
                    offset = update.Id + 1;
                }
            }
            finally
            {
                // Once per batch, not per update: a transaction each cost as much as the rest of the channel. Updates of
                // a batch cut off by a crash come again after the restart, and the engine knows their ids.
                if (offset != handledUpTo) SaveOffset(botId, offset!.Value);
            }
        }
    }

    void SaveOffset(long botId, int offset)
    {
        try
        {
            offsets.Save(botId, offset);
        }
        catch (Exception e)
        {
            // Not stored: after a restart these updates come again and the engine recognises their ids.
            logger.LogError(e, "Telegram: could not store the polling offset {Offset}", offset);
        }
    }

    async Task PublishCommandsAsync(CancellationToken stoppingToken)
    {
        try
        {
            await client.SetMyCommands(TelegramCommands.For(menu, "zh"), cancellationToken: stoppingToken);
            await client.SetMyCommands(TelegramCommands.For(menu, "en"), languageCode: "en", cancellationToken: stoppingToken);
        }
        catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
        {
            // The menu is a convenience: typed commands work without it.
            logger.LogWarning(e, "Telegram: could not publish the command menu");
        }
    }

    Task UntilDoneAsync(string method, Func<Task> call, CancellationToken stoppingToken) =>
        UntilDoneAsync(method, async () => { await call(); return true; }, stoppingToken);

    async Task<T> UntilDoneAsync<T>(string method, Func<Task<T>> call, CancellationToken stoppingToken)
    {
        for (var failures = 1; ; failures++)
        {
            try
            {
                return await call();
            }
            catch (Exception e) when (e is not OperationCanceledException || !stoppingToken.IsCancellationRequested)
            {
                await BackOffAsync(method, e, failures, stoppingToken);
            }
        }
    }

    async Task BackOffAsync(string method, Exception e, int failures, CancellationToken stoppingToken)
    {
        var pause = tuning.Backoff(failures);
        if (e is ApiRequestException { ErrorCode: 401 or 404 })
            logger.LogError(e, "Telegram: {Method} refused: Telegram does not know Telegram:BotToken (check the token from BotFather); trying again in {Seconds} s", method, pause.TotalSeconds);
        else if (e is ApiRequestException { ErrorCode: 409 })
            logger.LogError(e, "Telegram: {Method} conflicts with another bot process or a webhook on this token; trying again in {Seconds} s", method, pause.TotalSeconds);
        else if (e is ApiRequestException { ErrorCode: 429, Parameters.RetryAfter: { } retryAfter })
        {
            pause = TimeSpan.FromSeconds(Math.Max(retryAfter, pause.TotalSeconds));
            logger.LogWarning("Telegram: {Method} hit flood control; trying again in {Seconds} s", method, pause.TotalSeconds);
        }
        else
            logger.LogWarning(e, "Telegram: {Method} failed (failure {Failures}); trying again in {Seconds} s", method, failures, pause.TotalSeconds);
        await Task.Delay(pause, time, stoppingToken);
    }
}
