using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ChatAppraisal.Bot.Channels.WeCom;

namespace ChatAppraisal.Tests.WeCom;

/// <summary>A callback the double posted to the bot: what it sent and what the bot answered.</summary>
public sealed record WeComCallbackResult(int Status, string Body, string Query, string RequestBody, WeComCallbackMessage? Message, string Method = "POST")
{
    public bool Acknowledged => Status == 200;
}

// WeCom's side of the callback: encrypted, signed XML posted to the bot's /wecom/callback, as WeCom sends it.
public sealed partial class WeComApiDouble
{
    readonly HttpClient _callbacks = new() { Timeout = TimeSpan.FromSeconds(30) };
    long _nextCallbackMsgId = 7_300_000_000_000_000_001;

    /// <summary>The bot's callback address, e.g. http://127.0.0.1:5080/wecom/callback.</summary>
    public string? CallbackUrl { get; set; }

    /// <summary>The URL check of 设置API接收: a GET with an encrypted echostr; the bot must answer its plain text.</summary>
    public async Task<(WeComCallbackResult Result, string ExpectedEcho)> VerifyUrlAsync()
    {
        var echo = RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture) + "0123456789";
        var encrypted = Crypto.Encrypt(echo);
        var (timestamp, nonce) = Stamp();
        var query = $"msg_signature={WeComCrypto.Signature(Token, timestamp, nonce, encrypted)}&timestamp={timestamp}&nonce={nonce}&echostr={Uri.EscapeDataString(encrypted)}";
        using var response = await _callbacks.GetAsync($"{RequireCallbackUrl()}?{query}");
        return (new WeComCallbackResult((int)response.StatusCode, await response.Content.ReadAsStringAsync(), query, "", null, "GET"), echo);
    }

    /// <summary>A member types a text in the app.</summary>
    public Task<WeComCallbackResult> SendTextAsync(string userId, string text) =>
        PostAsync(Callback(userId, "text") with { Content = text, MsgId = NextMsgId() });

    /// <summary>A member sends a photo: the medium is put on WeCom's side (for media/get) and the image message posted.</summary>
    public Task<WeComCallbackResult> SendImageAsync(string userId, byte[] jpeg)
    {
        var mediaId = AddMedia(new WeComUpload("photo.jpg", "image/jpeg", jpeg));
        return PostAsync(Callback(userId, "image") with { MediaId = mediaId, PicUrl = $"{BaseUrl}/pic/{mediaId}", MsgId = NextMsgId() });
    }

    /// <summary>A member presses a button of a card the app sent: a template_card_event with a fresh response code.</summary>
    public Task<WeComCallbackResult> PressButtonAsync(WeComMessage card, string buttonText)
    {
        var code = PressCode(card);
        var button = card.Buttons.FirstOrDefault(b => b.Text == buttonText);
        if (button.Key is null) throw new InvalidOperationException($"The card {card.TaskId} has no button '{buttonText}': {card}");
        return PostAsync(Callback(card.UserId, "event") with { Event = "template_card_event", EventKey = button.Key, TaskId = card.TaskId, ResponseCode = code });
    }

    /// <summary>The fresh response code a press of the card comes with (valid once for update_template_card).</summary>
    public string PressCode(WeComMessage card)
    {
        lock (_gate)
        {
            if (card.Type != "template_card") throw new InvalidOperationException($"{card} is not a card.");
            if (card.ReplacedWith is not null) throw new InvalidOperationException($"The card {card.TaskId} was updated to '{card.ReplacedWith}': it cannot be pressed again.");
            var code = NewResponseCode();
            _responseCodes[code] = (card, false);
            return code;
        }
    }

    /// <summary>A member taps an item of the app's menu whose click key is <paramref name="key"/>.</summary>
    public Task<WeComCallbackResult> ClickMenuAsync(string userId, string key) =>
        PostAsync(Callback(userId, "event") with { Event = "click", EventKey = key });

    /// <summary>A member opens the app (进入应用).</summary>
    public Task<WeComCallbackResult> EnterAgentAsync(string userId) =>
        PostAsync(Callback(userId, "event") with { Event = "enter_agent", EventKey = "" });

    /// <summary>WeCom's retry: the very same request again (same query, same body), as after a missed 5-second deadline.</summary>
    public async Task<WeComCallbackResult> DeliverAgainAsync(WeComCallbackResult earlier)
    {
        var again = await PostRawAsync(earlier.Query, earlier.RequestBody);
        return again with { Message = earlier.Message };
    }

    /// <summary>Seals a callback as WeCom would and posts it; <paramref name="forge"/> may change the query or body first.</summary>
    public async Task<WeComCallbackResult> PostAsync(WeComCallbackMessage message, Func<(string Query, string Body), (string Query, string Body)>? forge = null)
    {
        var (query, body) = Seal(message.ToXml());
        if (forge is not null) (query, body) = forge((query, body));
        return await PostRawAsync(query, body) with { Message = message };
    }

    /// <summary>The query and body WeCom posts for a plaintext callback: the encrypted XML and its signature.</summary>
    public (string Query, string Body) Seal(string plainXml, WeComCrypto? crypto = null)
    {
        var encrypted = (crypto ?? Crypto).Encrypt(plainXml);
        var (timestamp, nonce) = Stamp();
        var body = $"<xml><ToUserName><![CDATA[{CorpId}]]></ToUserName><Encrypt><![CDATA[{encrypted}]]></Encrypt><AgentID><![CDATA[{AgentId}]]></AgentID></xml>";
        return ($"msg_signature={WeComCrypto.Signature(Token, timestamp, nonce, encrypted)}&timestamp={timestamp}&nonce={nonce}", body);
    }

    public Task<WeComCallbackResult> PostRawAsync(string query, string body) => PostRawToAsync(RequireCallbackUrl(), query, body);

    /// <summary>Posts to one bot process of several behind a load balancer (each posting names its own, so postings may run at once).</summary>
    public async Task<WeComCallbackResult> PostRawToAsync(string callbackUrl, string query, string body)
    {
        using var content = new StringContent(body, Encoding.UTF8, "text/xml");
        using var response = await _callbacks.PostAsync($"{callbackUrl}?{query}", content);
        return new WeComCallbackResult((int)response.StatusCode, await response.Content.ReadAsStringAsync(), query, body, null);
    }

    /// <summary>A text a member types, sealed as WeCom posts it (and posts it again, the same, when it was not acknowledged).</summary>
    public (string Query, string Body) SealedText(string userId, string text) =>
        Seal((Callback(userId, "text") with { Content = text, MsgId = NextMsgId() }).ToXml());

    /// <summary>A plaintext callback from a member to this app, to fill in.</summary>
    public WeComCallbackMessage Callback(string userId, string msgType) => new()
    {
        ToUserName = CorpId, FromUserName = userId, CreateTime = Clock.GetUtcNow().ToUnixTimeSeconds(), MsgType = msgType,
        AgentId = AgentId.ToString(CultureInfo.InvariantCulture),
    };

    string NextMsgId() => Interlocked.Increment(ref _nextCallbackMsgId).ToString(CultureInfo.InvariantCulture);

    (string Timestamp, string Nonce) Stamp() =>
        (Clock.GetUtcNow().ToUnixTimeSeconds().ToString(CultureInfo.InvariantCulture),
         RandomNumberGenerator.GetInt32(100_000_000, int.MaxValue).ToString(CultureInfo.InvariantCulture));

    string RequireCallbackUrl() => CallbackUrl ?? throw new InvalidOperationException("Set CallbackUrl to the bot's /wecom/callback first.");
}
