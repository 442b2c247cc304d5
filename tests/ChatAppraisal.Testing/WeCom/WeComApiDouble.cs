using System.Net;
using System.Text.Json.Nodes;
using ChatAppraisal.Bot.Channels.WeCom;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>
/// WeCom's API on 127.0.0.1 for tests: real Kestrel on a free port and WeCom's wire formats (<c>/cgi-bin/gettoken</c>,
/// <c>message/send</c>, <c>media/upload</c>, <c>message/update_template_card</c>, <c>media/get</c>, JSON answers with
/// <c>errcode</c>/<c>errmsg</c>, HTTP 200 for errors). Tokens expire on request (42001); faults (45009, 5xx, slowness)
/// are injected per call; the per-member limit of 30 messages a minute and 1,000 an hour is enforced as WeCom does, by
/// answering ok and dropping the excess silently (recorded in <see cref="Dropped"/>). It also posts encrypted callbacks
/// to the bot as WeCom would (see WeComApiDouble.Callbacks.cs). See docs/wecom.md.
/// </summary>
public sealed partial class WeComApiDouble : IAsyncDisposable
{
    public const string DefaultCorpId = "ww1436e0e65a779aee", DefaultSecret = "double-app-secret-0123456789", DefaultToken = "QDG6eK",
        DefaultAesKey = "jWmYm7qr5nMoAUwZRjGtBxmz3KA1tkAj3ykkR6q2B2C";
    public const int DefaultAgentId = 1000002;

    public static readonly IReadOnlyList<(int Count, TimeSpan Period)> PerMemberLimits = [(30, TimeSpan.FromMinutes(1)), (1000, TimeSpan.FromHours(1))];

    readonly WebApplication _app;
    readonly Lock _gate = new();
    readonly List<WeComRequest> _requests = [];
    readonly Dictionary<string, DateTimeOffset> _tokens = [];
    readonly Dictionary<string, WeComUpload> _media = [];
    readonly Dictionary<string, List<WeComMessage>> _inboxes = [];
    readonly List<WeComMessage> _dropped = [];
    readonly Dictionary<string, List<DateTimeOffset>> _delivered = [];
    readonly HashSet<string> _taskIds = [];
    readonly Dictionary<string, (WeComMessage Card, bool Used)> _responseCodes = [];
    JsonObject? _menu;
    int _sequence, _nextToken, _nextMedia, _nextMsgId, _nextCode;

    WeComApiDouble(WebApplication app, TimeProvider clock)
    {
        _app = app;
        Clock = clock;
        Crypto = new WeComCrypto(Token, EncodingAesKey, CorpId);
    }

    public string CorpId { get; } = DefaultCorpId;
    public string Secret { get; } = DefaultSecret;
    public int AgentId { get; } = DefaultAgentId;
    public string Token { get; } = DefaultToken;
    public string EncodingAesKey { get; } = DefaultAesKey;
    public TimeProvider Clock { get; }
    WeComCrypto Crypto { get; }

    /// <summary>http://127.0.0.1:{port}: the bot's <c>WeCom:ApiBaseUrl</c>.</summary>
    public string BaseUrl { get; private set; } = "";

    /// <summary>How long a new token lives (WeCom: 7200 s).</summary>
    public int TokenLifetimeSeconds { get; set; } = 7200;

    /// <summary>Consulted before every call; a fault returned is answered instead of (or, a delay, before) the call.</summary>
    public Func<WeComRequest, WeComFault?>? Faults { get; set; }

    /// <summary>The settings a bot needs to talk to this double (its callback URL is set by <see cref="CallbackUrl"/>).</summary>
    public Dictionary<string, string?> BotSettings() => new()
    {
        ["WeCom:CorpId"] = CorpId, ["WeCom:AgentId"] = AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture),
        ["WeCom:Secret"] = Secret, ["WeCom:Token"] = Token, ["WeCom:EncodingAesKey"] = EncodingAesKey, ["WeCom:ApiBaseUrl"] = BaseUrl,
    };

    public static async Task<WeComApiDouble> StartAsync(TimeProvider? clock = null)
    {
        var builder = WebApplication.CreateSlimBuilder();
        builder.WebHost.UseKestrel(k => k.Listen(IPAddress.Loopback, 0));
        builder.Logging.ClearProviders();
        var app = builder.Build();
        var api = new WeComApiDouble(app, clock ?? TimeProvider.System);
        app.MapMethods("/cgi-bin/{**call}", ["GET", "POST"], api.HandleAsync);
        app.MapFallback(context => Write(context, new JsonObject { ["errcode"] = 404, ["errmsg"] = "not found" }, 404));
        await app.StartAsync();
        api.BaseUrl = app.Urls.Single();
        return api;
    }

    // ---- what the test sees ----

    public IReadOnlyList<WeComRequest> Requests
    {
        get { lock (_gate) return _requests.ToList(); }
    }

    public IReadOnlyList<WeComRequest> RequestsFor(string call) => Requests.Where(r => r.Call == call).ToList();

    /// <summary>What a member received from the app, oldest first (cards as they read now).</summary>
    public IReadOnlyList<WeComMessage> MessagesTo(string userId)
    {
        lock (_gate) return _inboxes.TryGetValue(userId, out var inbox) ? inbox.ToList() : [];
    }

    /// <summary>Messages WeCom answered ok but never delivered: beyond 30 a minute or 1,000 an hour to one member.</summary>
    public IReadOnlyList<WeComMessage> Dropped
    {
        get { lock (_gate) return _dropped.ToList(); }
    }

    /// <summary>The app's menu as menu/create last set it, or null.</summary>
    public JsonObject? Menu
    {
        get { lock (_gate) return _menu; }
    }

    /// <summary>From now on every token issued so far answers 42001 (expired), as WeCom does after expires_in or earlier.</summary>
    public void ExpireTokens()
    {
        lock (_gate)
            foreach (var token in _tokens.Keys.ToList()) _tokens[token] = DateTimeOffset.MinValue;
    }

    /// <summary>Lets a test put a medium on WeCom's side (a photo a member sent), for media/get.</summary>
    public string AddMedia(WeComUpload media)
    {
        lock (_gate)
        {
            var id = $"media-{++_nextMedia}-{Guid.NewGuid():N}";
            _media[id] = media;
            return id;
        }
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

    /// <summary>Waits until the member has at least <paramref name="count"/> messages; returns them all.</summary>
    public async Task<IReadOnlyList<WeComMessage>> WaitForMessagesAsync(string userId, int count, TimeSpan? timeout = null)
    {
        await WaitUntilAsync(() => MessagesTo(userId).Count >= count, $"{count} message(s) to {userId}", timeout);
        return MessagesTo(userId);
    }

    public async ValueTask DisposeAsync()
    {
        _callbacks.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }

    static Task Write(HttpContext context, JsonNode body, int status = 200)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/json; charset=UTF-8";
        return context.Response.WriteAsync(body.ToJsonString());
    }
}
