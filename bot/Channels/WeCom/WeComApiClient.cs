using System.Globalization;
using System.Net.Http.Headers;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.WeCom;

/// <summary>The access token, shared by every <see cref="WeComApiClient"/> the HTTP client factory makes (a singleton).</summary>
public sealed class WeComTokenCache
{
    public sealed record Entry(string Token, DateTimeOffset RenewAt);

    volatile Entry? _current;

    public Entry? Current
    {
        get => _current;
        internal set => _current = value;
    }

    /// <summary>Held by the one caller that asks gettoken for a new token.</summary>
    internal SemaphoreSlim Refresh { get; } = new(1, 1);

    internal void Forget(string token) => Interlocked.CompareExchange(ref _current, null, _current is { } c && c.Token == token ? c : null);
}

/// <summary>A button of a template card: its text and its key (at most 1,024 bytes, unique in the card).</summary>
public sealed record WeComCardButton(string Text, string Key);

/// <summary>
/// WeCom's application-message API on <see cref="HttpClient"/>: the access token (cached until shortly before it expires,
/// refreshed by one caller at a time, refreshed and the call retried once on 40014 or 42001), message/send, media
/// upload and download, and card updates. Errors are <see cref="WeComApiException"/>s; network failures and 5xx throw
/// <see cref="HttpRequestException"/>.
/// </summary>
public sealed class WeComApiClient
{
    /// <summary>A token is renewed this long before WeCom says it expires (WeCom may also end it early: 40014/42001).</summary>
    public static readonly TimeSpan RenewBeforeExpiry = TimeSpan.FromMinutes(5);

    public const int MaxTextBytes = 2048, MaxCardButtons = 6, MaxKeyBytes = 1024, MaxTaskIdBytes = 128;

    readonly HttpClient _http;
    readonly WeComOptions _options;
    readonly WeComTokenCache _cache;
    readonly TimeProvider _clock;
    readonly ILogger<WeComApiClient> _logger;

    public WeComApiClient(HttpClient http, IOptions<WeComOptions> options, WeComTokenCache cache, TimeProvider clock, ILogger<WeComApiClient> logger)
    {
        _http = http;
        _options = options.Value;
        _cache = cache;
        _clock = clock;
        _logger = logger;
        _http.BaseAddress ??= new Uri(_options.ApiBaseUrl.TrimEnd('/') + "/");
    }

    /// <summary>A valid access token: the cached one, or a new one from gettoken (one caller refreshes, the others wait for it).</summary>
    public async Task<string> AccessTokenAsync(CancellationToken cancellationToken)
    {
        if (_cache.Current is { } cached && _clock.GetUtcNow() < cached.RenewAt) return cached.Token;
        await _cache.Refresh.WaitAsync(cancellationToken);
        try
        {
            if (_cache.Current is { } fresh && _clock.GetUtcNow() < fresh.RenewAt) return fresh.Token;
            var query = $"cgi-bin/gettoken?corpid={Uri.EscapeDataString(_options.CorpId!.Trim())}&corpsecret={Uri.EscapeDataString(_options.Secret ?? "")}";
            using var response = await _http.GetAsync(query, cancellationToken);
            var json = await ReadAsync(response, "gettoken", cancellationToken);
            var token = json["access_token"]?.GetValue<string>() is { Length: > 0 } t ? t : throw new WeComApiException(WeComErrors.SystemBusy, "gettoken answered no access_token", "gettoken");
            var lifetime = TimeSpan.FromSeconds(json["expires_in"]?.GetValue<int>() ?? 7200);
            // Renew 5 minutes early, or at half-time for a short-lived token.
            var early = lifetime > RenewBeforeExpiry * 2 ? RenewBeforeExpiry : lifetime / 2;
            _cache.Current = new WeComTokenCache.Entry(token, _clock.GetUtcNow() + lifetime - early);
            _logger.LogInformation("WeCom: a new access token, valid for {Seconds} s", (int)lifetime.TotalSeconds);
            return token;
        }
        finally
        {
            _cache.Refresh.Release();
        }
    }

    /// <summary>Forgets this token (WeCom said it is invalid or expired) unless another caller has already replaced it.</summary>
    void Forget(string token) => _cache.Forget(token);

    // ---- message/send ----

    public Task<JsonObject> SendTextAsync(string userId, string text, CancellationToken cancellationToken)
    {
        if (Encoding.UTF8.GetByteCount(text) > MaxTextBytes)
            throw new ArgumentException($"A WeCom text holds at most {MaxTextBytes} UTF-8 bytes; cut it first.", nameof(text));
        return SendAsync(Message(userId, "text", new JsonObject { ["content"] = text }), cancellationToken);
    }

    public Task<JsonObject> SendImageAsync(string userId, string mediaId, CancellationToken cancellationToken) =>
        SendAsync(Message(userId, "image", new JsonObject { ["media_id"] = mediaId }), cancellationToken);

    public Task<JsonObject> SendFileAsync(string userId, string mediaId, CancellationToken cancellationToken) =>
        SendAsync(Message(userId, "file", new JsonObject { ["media_id"] = mediaId }), cancellationToken);

    /// <summary>A <c>template_card</c> of type <c>button_interaction</c>; the answer's <c>response_code</c> can update it later.</summary>
    public Task<JsonObject> SendButtonCardAsync(string userId, string taskId, string title, string? text, IReadOnlyList<WeComCardButton> buttons,
        CancellationToken cancellationToken)
    {
        CheckCard(taskId, buttons);
        var card = new JsonObject
        {
            ["card_type"] = "button_interaction",
            ["main_title"] = new JsonObject { ["title"] = title },
            ["task_id"] = taskId,
            ["button_list"] = new JsonArray(buttons.Select(b => (JsonNode)new JsonObject { ["text"] = b.Text, ["style"] = 1, ["key"] = b.Key }).ToArray()),
        };
        if (!string.IsNullOrEmpty(text)) card["sub_title_text"] = text;
        return SendAsync(Message(userId, "template_card", card), cancellationToken);
    }

    static void CheckCard(string taskId, IReadOnlyList<WeComCardButton> buttons)
    {
        if (!IsTaskId(taskId))
            throw new ArgumentException($"A task_id is 1–{MaxTaskIdBytes} bytes of 0-9, A-Z, a-z, _, - and @, not '{taskId}'.", nameof(taskId));
        if (buttons.Count is < 1 or > MaxCardButtons)
            throw new ArgumentException($"A button card holds 1–{MaxCardButtons} buttons, not {buttons.Count}.", nameof(buttons));
        if (buttons.FirstOrDefault(b => Encoding.UTF8.GetByteCount(b.Key) is < 1 or > MaxKeyBytes) is { } tooLong)
            throw new ArgumentException($"The key of button '{tooLong.Text}' must be 1–{MaxKeyBytes} bytes.", nameof(buttons));
        if (buttons.Select(b => b.Key).Distinct(StringComparer.Ordinal).Count() != buttons.Count)
            throw new ArgumentException("The keys of a card's buttons must differ.", nameof(buttons));
    }

    public static bool IsTaskId(string taskId) =>
        taskId.Length is >= 1 and <= MaxTaskIdBytes && taskId.All(c => char.IsAsciiLetterOrDigit(c) || c is '_' or '-' or '@');

    JsonObject Message(string userId, string type, JsonObject content) => new()
    {
        ["touser"] = userId,
        ["msgtype"] = type,
        ["agentid"] = _options.AgentId,
        [type] = content,
    };

    async Task<JsonObject> SendAsync(JsonObject message, CancellationToken cancellationToken)
    {
        var answer = await PostJsonAsync("cgi-bin/message/send", message, cancellationToken);
        // WeCom answers 0 and names the user in "invaliduser" when the id is not a member the app can reach.
        if (answer["invaliduser"]?.GetValue<string>() is { Length: > 0 } invalid)
            throw new WeComApiException(WeComErrors.InvalidUser, $"invaliduser {invalid}: not a member within the app's visible range (可见范围)", "message/send");
        return answer;
    }

    // ---- cards ----

    /// <summary>Turns the card's buttons into one that cannot be pressed, showing <paramref name="replaceName"/> (a response code works once).</summary>
    public Task<JsonObject> UpdateButtonCardAsync(string userId, string responseCode, string replaceName, CancellationToken cancellationToken) =>
        PostJsonAsync("cgi-bin/message/update_template_card", new JsonObject
        {
            ["userids"] = new JsonArray(userId),
            ["agentid"] = _options.AgentId,
            ["response_code"] = responseCode,
            ["button"] = new JsonObject { ["replace_name"] = replaceName },
        }, cancellationToken);

    // ---- the app's menu ----

    /// <summary><c>menu/create</c> for this app (<c>agentid</c> in the query): replaces the app's whole menu.</summary>
    public Task<JsonObject> CreateMenuAsync(JsonObject menu, CancellationToken cancellationToken) =>
        CallAsync("menu/create", token => new HttpRequestMessage(HttpMethod.Post,
            $"cgi-bin/menu/create?access_token={Uri.EscapeDataString(token)}&agentid={_options.AgentId.ToString(CultureInfo.InvariantCulture)}")
        {
            Content = new StringContent(menu.ToJsonString(), Encoding.UTF8, "application/json"),
        }, cancellationToken);

    // ---- media ----

    /// <summary>Uploads a temporary medium (3 days) as multipart field <c>media</c>; answers its media_id.</summary>
    public async Task<string> UploadMediaAsync(string type, byte[] content, string fileName, string contentType, CancellationToken cancellationToken)
    {
        if (type is not ("image" or "file" or "voice" or "video")) throw new ArgumentException($"Unknown media type '{type}'.", nameof(type));
        var answer = await CallAsync($"media/upload({type})", token =>
        {
            var form = new MultipartFormDataContent();
            var part = new ByteArrayContent(content);
            part.Headers.ContentType = new MediaTypeHeaderValue(contentType);
            form.Add(part, "media", fileName);
            return new HttpRequestMessage(HttpMethod.Post, $"cgi-bin/media/upload?access_token={Uri.EscapeDataString(token)}&type={type}") { Content = form };
        }, cancellationToken);
        return answer["media_id"]?.GetValue<string>() is { Length: > 0 } id ? id : throw new WeComApiException(WeComErrors.SystemBusy, "media/upload answered no media_id", "media/upload");
    }

    /// <summary>Downloads a medium a member sent (an image's MediaId): its bytes, file name and type.</summary>
    public async Task<(byte[] Content, string? FileName, string? ContentType)> DownloadMediaAsync(string mediaId, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await AccessTokenAsync(cancellationToken);
            using var response = await _http.GetAsync($"cgi-bin/media/get?access_token={Uri.EscapeDataString(token)}&media_id={Uri.EscapeDataString(mediaId)}", cancellationToken);
            var type = response.Content.Headers.ContentType?.MediaType;
            // WeCom answers errors as JSON (sometimes labelled text/plain); the medium itself comes with its own type.
            if (response.IsSuccessStatusCode && type is not ("application/json" or "text/plain"))
                return (await response.Content.ReadAsByteArrayAsync(cancellationToken),
                    response.Content.Headers.ContentDisposition?.FileNameStar ?? response.Content.Headers.ContentDisposition?.FileName?.Trim('"'), type);
            try
            {
                await ReadAsync(response, "media/get", cancellationToken);
                throw new WeComApiException(WeComErrors.SystemBusy, "media/get answered JSON without an error", "media/get");
            }
            catch (WeComApiException e) when (attempt == 0 && e.ErrorCode is WeComErrors.InvalidToken or WeComErrors.ExpiredToken)
            {
                Forget(token);
            }
        }
    }

    // ---- plumbing ----

    Task<JsonObject> PostJsonAsync(string path, JsonObject body, CancellationToken cancellationToken) =>
        CallAsync(path["cgi-bin/".Length..], token => new HttpRequestMessage(HttpMethod.Post, $"{path}?access_token={Uri.EscapeDataString(token)}")
        {
            Content = new StringContent(body.ToJsonString(), Encoding.UTF8, "application/json"),
        }, cancellationToken);

    /// <summary>Makes a call with the token; on 40014 or 42001 gets a new token and makes it once more.</summary>
    async Task<JsonObject> CallAsync(string call, Func<string, HttpRequestMessage> request, CancellationToken cancellationToken)
    {
        for (var attempt = 0; ; attempt++)
        {
            var token = await AccessTokenAsync(cancellationToken);
            try
            {
                using var message = request(token);
                using var response = await _http.SendAsync(message, cancellationToken);
                return await ReadAsync(response, call, cancellationToken);
            }
            catch (WeComApiException e) when (attempt == 0 && e.ErrorCode is WeComErrors.InvalidToken or WeComErrors.ExpiredToken)
            {
                _logger.LogInformation("WeCom: {Call} answered {ErrorCode}; a new token, then once more", call, e.ErrorCode);
                Forget(token);
            }
        }
    }

    static async Task<JsonObject> ReadAsync(HttpResponseMessage response, string call, CancellationToken cancellationToken)
    {
        if (!response.IsSuccessStatusCode)
            throw new HttpRequestException($"WeCom {call} answered HTTP {(int)response.StatusCode}", null, response.StatusCode);
        var json = JsonNode.Parse(await response.Content.ReadAsStringAsync(cancellationToken)) as JsonObject
            ?? throw new JsonException($"WeCom {call} answered something other than a JSON object");
        var code = json["errcode"]?.GetValue<int>() ?? 0;
        if (code != 0) throw new WeComApiException(code, json["errmsg"]?.GetValue<string>() ?? "", call);
        return json;
    }

    public static string NewTaskId(TimeProvider clock) =>
        string.Create(CultureInfo.InvariantCulture, $"ca-{clock.GetUtcNow().ToUnixTimeMilliseconds()}-{Convert.ToHexStringLower(Guid.NewGuid().ToByteArray(), 0, 6)}");
}
