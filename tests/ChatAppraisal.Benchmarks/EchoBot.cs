using ChatAppraisal.Tests.Telegram;
using Telegram.Bot;
using Telegram.Bot.Types;

namespace ChatAppraisal.Benchmarks;

/// <summary>
/// The floor of benchmark 2: the Telegram.Bot client the bot uses, on a Bot API double, answering every text with itself.
/// Long polling as the bot polls; one sendMessage per update; chats in parallel, each chat in order, as the bot's outbox
/// sends. Nothing stored, nothing paced.
/// </summary>
sealed class EchoBot : IAsyncDisposable
{
    readonly HttpClient _http = new();
    readonly TelegramBotClient _client;
    readonly CancellationTokenSource _stopping = new();
    readonly Dictionary<long, Task> _chats = [];
    readonly Task _polling;

    public EchoBot(BotApiDouble api, int pollTimeoutSeconds)
    {
        _http.Timeout = TimeSpan.FromSeconds(pollTimeoutSeconds + 30);
        _client = new TelegramBotClient(new TelegramBotClientOptions(api.Token, api.BaseUrl) { RetryThreshold = 0, RetryCount = 0 }, _http);
        _polling = Task.Run(() => PollAsync(pollTimeoutSeconds));
    }

    async Task PollAsync(int timeout)
    {
        int? offset = null;
        while (!_stopping.IsCancellationRequested)
        {
            Update[] updates;
            try
            {
                updates = await _client.GetUpdates(offset, limit: 100, timeout: timeout, cancellationToken: _stopping.Token);
            }
            catch (OperationCanceledException)
            {
                return;
            }
            foreach (var update in updates)
            {
                offset = update.Id + 1;
                if (update.Message is not { Text: { } text, Chat.Id: var chat }) continue;
                var previous = _chats.GetValueOrDefault(chat, Task.CompletedTask);
                _chats[chat] = previous.ContinueWith(_ => _client.SendMessage(chat, text, cancellationToken: _stopping.Token), TaskScheduler.Default).Unwrap();
            }
        }
    }

    public async ValueTask DisposeAsync()
    {
        await _stopping.CancelAsync();
        try
        {
            await _polling;
        }
        catch (OperationCanceledException)
        {
        }
        _http.Dispose();
    }
}
