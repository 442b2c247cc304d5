using System.Globalization;
using System.Net;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.Telegram;

/// <summary>
/// A Telegram Bot API on 127.0.0.1 for tests: real Kestrel on a free port, the real wire format
/// (<c>POST /bot{token}/{method}</c>, snake_case JSON, multipart uploads, <c>{"ok":...}</c> envelopes, errors with
/// <c>error_code</c> and <c>parameters.retry_after</c>), getUpdates long polling with offsets, chats that remember the
/// bot's messages (edits applied), injectable faults, and a log of every request. See docs/telegram.md.
/// </summary>
public sealed partial class BotApiDouble : IAsyncDisposable
{
    /// <summary>A token in BotFather's format; it means nothing outside this double.</summary>
    public const string DefaultToken = "7000000001:AAHtestTokenForTheBotApiDouble_0123";

    readonly WebApplication _app;
    readonly Lock _gate = new();
    readonly List<RecordedRequest> _requests = [];
    readonly List<(int Id, JsonObject Update)> _pending = [];
    readonly Dictionary<int, JsonObject> _delivered = [];
    readonly Queue<JsonObject> _duplicates = new();
    readonly Dictionary<long, ChatState> _chats = [];
    readonly Dictionary<string, bool> _callbackQueries = [];
    readonly Dictionary<string, List<(string Command, string Description)>> _commands = [];
    TaskCompletionSource _news = NewSignal();
    CancellationTokenSource? _activePoll;
    string[]? _allowedUpdates;
    int _nextUpdateId = 500_000_001;
    int _sequence;

    sealed class ChatState(JsonObject chat)
    {
        public JsonObject Json { get; } = chat;
        public int NextMessageId = 1;
        public List<BotMessage> BotMessages { get; } = [];
    }

    BotApiDouble(WebApplication app, string token, string username)
    {
        _app = app;
        Token = token;
        BotUsername = username;
        BotId = long.Parse(token[..token.IndexOf(':')], CultureInfo.InvariantCulture);
    }

    public string Token { get; }
    public long BotId { get; }
    public string BotUsername { get; }
    /// <summary>http://127.0.0.1:{port}: the bot's <c>Telegram:ApiBaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>Consulted before every call; a fault returned is answered instead of doing the call.</summary>
    public Func<RecordedRequest, BotApiFault?>? Faults { get; set; }

    /// <summary>The webhook the bot registered (setWebhook), null after deleteWebhook.</summary>
    public string? WebhookUrl { get; private set; }
    public string? WebhookSecret { get; private set; }

    /// <summary>The last offset getUpdates was called with: updates below it are confirmed and forgotten.</summary>
    public int? ConfirmedOffset { get; private set; }

    /// <summary>The allowed_updates of the last getUpdates or setWebhook that named them.</summary>
    public IReadOnlyList<string>? AllowedUpdates
    {
        get { lock (_gate) return _allowedUpdates; }
    }

    public static async Task<BotApiDouble> StartAsync(string token = DefaultToken, string username = "appraisal_test_bot")
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new BotApiDouble(app, token, username);
        // "/bot{token}/{method}" as one route segment pattern does not match tokens with ":"; the prefix is checked in the handler.
        app.MapMethods("/{bot}/{method}", ["GET", "POST"], api.HandleAsync);
        api.MapFiles(app);
        app.MapFallback(context => Write(context, 404, new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found" }));
        await app.StartAsync();
        api.BaseUrl = app.Urls.Single();
        return api;
    }

    // ---- what the test sees ----

    public IReadOnlyList<RecordedRequest> Requests
    {
        get { lock (_gate) return _requests.ToList(); }
    }

    public IReadOnlyList<RecordedRequest> RequestsFor(string method) => Requests.Where(r => r.Method == method).ToList();

    /// <summary>The bot's messages in a chat, oldest first, as they read now.</summary>
    public IReadOnlyList<BotMessage> MessagesIn(long chatId)
    {
        lock (_gate) return _chats.TryGetValue(chatId, out var chat) ? chat.BotMessages.ToList() : [];
    }

    public BotMessage? LastMessageIn(long chatId) => MessagesIn(chatId).LastOrDefault();

    /// <summary>Was the button press of this update answered (answerCallbackQuery)?</summary>
    public bool ButtonAnswered(int updateId)
    {
        lock (_gate) return _callbackQueries.TryGetValue(CallbackQueryId(updateId), out var answered) && answered;
    }

    /// <summary>The command menu published for a language (null: the default one).</summary>
    public IReadOnlyList<(string Command, string Description)> Commands(string? languageCode = null)
    {
        lock (_gate) return _commands.TryGetValue(languageCode ?? "", out var list) ? list.ToList() : [];
    }

    /// <summary>Updates not yet confirmed by the bot.</summary>
    public int PendingUpdates
    {
        get { lock (_gate) return _pending.Count; }
    }

    /// <summary>The update's JSON as Telegram would post it to a webhook.</summary>
    public string UpdateJson(int updateId)
    {
        lock (_gate) return _delivered[updateId].ToJsonString();
    }

    public async Task WaitUntilAsync(Func<bool> condition, string what, TimeSpan? timeout = null)
    {
        var deadline = DateTime.UtcNow + (timeout ?? TimeSpan.FromSeconds(20));
        while (!condition())
        {
            if (DateTime.UtcNow > deadline)
                throw new TimeoutException($"Waited in vain for {what}. Last requests:\n" + string.Join("\n", Requests.TakeLast(15)));
            await Task.Delay(20);
        }
    }

    /// <summary>Waits until the bot has at least <paramref name="count"/> messages in the chat; returns them all.</summary>
    public async Task<IReadOnlyList<BotMessage>> WaitForMessagesAsync(long chatId, int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => MessagesIn(chatId).Count >= count, $"{count} message(s) in chat {chatId}", timeout);
        return MessagesIn(chatId);
    }

    /// <summary>Waits for a bot message in the chat that matches.</summary>
    public async Task<BotMessage> WaitForMessageAsync(long chatId, Func<BotMessage, bool> match, TimeSpan? timeout = null)
    {
        BotMessage? found = null;
        await WaitUntilAsync(() => (found = MessagesIn(chatId).LastOrDefault(match)) is not null, $"a matching message in chat {chatId}", timeout);
        return found!;
    }

    public async ValueTask DisposeAsync()
    {
        lock (_gate) _activePoll?.Cancel();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    static TaskCompletionSource NewSignal() => new(TaskCreationOptions.RunContinuationsAsynchronously);

    static long Now() => DateTimeOffset.UtcNow.ToUnixTimeSeconds();

    static Task Write(HttpContext context, int status, JsonNode body)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json";
        return context.Response.WriteAsync(body.ToJsonString());
    }
}
