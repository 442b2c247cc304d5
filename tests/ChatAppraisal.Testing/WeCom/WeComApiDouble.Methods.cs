using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using ChatAppraisal.Bot.Channels.WeCom;
using Microsoft.AspNetCore.Http;
using Microsoft.Net.Http.Headers;

namespace ChatAppraisal.Tests.WeCom;

// The API calls the bot makes, with WeCom's answers and errcodes.
public sealed partial class WeComApiDouble
{
    /// <summary>A refusal as WeCom words it: HTTP 200 with a non-zero errcode.</summary>
    sealed class ApiError(int code, string message) : Exception(message)
    {
        public int Code { get; } = code;
    }

    async Task HandleAsync(HttpContext context, string call)
    {
        var request = await ReadAsync(context, call);
        lock (_gate) _requests.Add(request);

        if (Faults?.Invoke(request) is { } fault)
        {
            request.Fault = fault;
            if (fault.Delay is { } delay) await Task.Delay(delay, context.RequestAborted).ContinueWith(_ => { });
            if (fault.DropConnection)
            {
                context.Abort();
                return;
            }
            if (fault.HttpStatus is { } status)
            {
                request.HttpStatus = status;
                context.Response.StatusCode = status;
                await context.Response.WriteAsync("<html><body>Bad Gateway</body></html>");
                return;
            }
            if (fault.ErrorCode is { } code)
            {
                await Answer(context, request, Error(code, fault.ErrorMessage ?? ""));
                return;
            }
        }

        try
        {
            if (call == "media/get")
            {
                var media = GetMedia(request);
                request.HttpStatus = 200;
                request.ErrorCode = null;
                context.Response.ContentType = media.ContentType;
                context.Response.Headers.ContentDisposition = $"attachment; filename=\"{media.FileName}\"";
                await context.Response.Body.WriteAsync(media.Content);
                return;
            }
            var answer = call switch
            {
                "gettoken" => GetToken(request),
                "message/send" => Send(request),
                "media/upload" => Upload(request),
                "message/update_template_card" => UpdateCard(request),
                "menu/create" => CreateMenu(request),
                _ => throw new ApiError(60011, "invalid path or no privilege"),
            };
            answer["errcode"] = 0;
            answer["errmsg"] = "ok";
            await Answer(context, request, answer);
        }
        catch (ApiError e)
        {
            await Answer(context, request, Error(e.Code, e.Message));
        }
    }

    static JsonObject Error(int code, string message) => new() { ["errcode"] = code, ["errmsg"] = $"{message}, hint: [double], from ip: 127.0.0.1" };

    static Task Answer(HttpContext context, WeComRequest request, JsonObject answer)
    {
        request.HttpStatus = 200;
        request.ErrorCode = answer["errcode"]!.GetValue<int>();
        return Write(context, answer);
    }

    async Task<WeComRequest> ReadAsync(HttpContext context, string call)
    {
        var query = context.Request.Query.ToDictionary(q => q.Key, q => q.Value.ToString());
        var body = new JsonObject();
        var parts = new Dictionary<string, WeComUpload>();
        if (context.Request.HasFormContentType)
        {
            var form = await context.Request.ReadFormAsync();
            foreach (var file in form.Files)
            {
                using var bytes = new MemoryStream();
                await file.CopyToAsync(bytes);
                parts[file.Name] = new WeComUpload(file.FileName, file.ContentType, bytes.ToArray());
            }
        }
        else if (HttpMethods.IsPost(context.Request.Method))
        {
            using var reader = new StreamReader(context.Request.Body, Encoding.UTF8);
            var text = await reader.ReadToEndAsync();
            try
            {
                body = JsonNode.Parse(text) as JsonObject ?? [];
            }
            catch (JsonException)
            {
                body = new JsonObject { ["__unparsed"] = text };
            }
        }
        lock (_gate)
            return new WeComRequest
            {
                Sequence = ++_sequence, At = Clock.GetUtcNow(), Call = call, Query = query, Body = body, Parts = parts,
                ContentType = context.Request.ContentType,
            };
    }

    JsonObject GetToken(WeComRequest request)
    {
        if (request.Query.GetValueOrDefault("corpid") != CorpId) throw new ApiError(40013, "invalid corpid");
        if (request.Query.GetValueOrDefault("corpsecret") != Secret) throw new ApiError(40001, "invalid credential");
        lock (_gate)
        {
            var token = $"double-token-{++_nextToken}-{Guid.NewGuid():N}";
            _tokens[token] = Clock.GetUtcNow().AddSeconds(TokenLifetimeSeconds);
            return new JsonObject { ["access_token"] = token, ["expires_in"] = TokenLifetimeSeconds };
        }
    }

    void CheckToken(WeComRequest request)
    {
        var token = request.Query.GetValueOrDefault("access_token");
        if (string.IsNullOrEmpty(token)) throw new ApiError(41001, "access_token missing");
        lock (_gate)
        {
            if (!_tokens.TryGetValue(token, out var expires)) throw new ApiError(40014, "invalid access_token");
            if (Clock.GetUtcNow() >= expires) throw new ApiError(42001, "access_token expired");
        }
    }

    JsonObject Send(WeComRequest request)
    {
        CheckToken(request);
        var body = request.Body;
        var user = body["touser"]?.GetValue<string>();
        if (string.IsNullOrEmpty(user)) throw new ApiError(40003, "invalid userid");
        if (body["agentid"]?.GetValue<int>() != AgentId) throw new ApiError(40056, "invalid agentid");
        var type = body["msgtype"]?.GetValue<string>() ?? throw new ApiError(40008, "invalid message type");
        var content = body[type] as JsonObject ?? throw new ApiError(41016, $"missing {type}");
        var msgId = $"double-msg-{Interlocked.Increment(ref _nextMsgId)}";
        var answer = new JsonObject { ["invaliduser"] = "", ["msgid"] = msgId };
        WeComMessage message;
        switch (type)
        {
            case "text":
                var text = content["content"]?.GetValue<string>() ?? "";
                if (text.Length == 0) throw new ApiError(44004, "empty content");
                // WeCom cuts a text beyond 2,048 bytes; the double refuses it, so that the bot's own cutting is tested.
                if (Encoding.UTF8.GetByteCount(text) > WeComApiClient.MaxTextBytes) throw new ApiError(45002, "content size out of limit");
                message = new WeComMessage { UserId = user, MsgId = msgId, Type = type, SentAt = Clock.GetUtcNow(), Text = text };
                break;
            case "image" or "file":
                var mediaId = content["media_id"]?.GetValue<string>() ?? "";
                WeComUpload? media;
                lock (_gate) media = _media.GetValueOrDefault(mediaId);
                if (media is null) throw new ApiError(40007, "invalid media_id");
                message = new WeComMessage { UserId = user, MsgId = msgId, Type = type, SentAt = Clock.GetUtcNow(), Media = media };
                break;
            case "template_card":
                message = Card(user, msgId, content);
                answer["response_code"] = message.ResponseCode;
                break;
            default:
                throw new ApiError(40008, "invalid message type");
        }
        lock (_gate)
        {
            if (message.TaskId is { } taskId && !_taskIds.Add(taskId)) throw new ApiError(42014, "task_id already exist");
            if (message.ResponseCode is { } code) _responseCodes[code] = (message, false);
            Deliver(message);
        }
        return answer;
    }

    WeComMessage Card(string user, string msgId, JsonObject card)
    {
        if (card["card_type"]?.GetValue<string>() != "button_interaction") throw new ApiError(40058, "invalid card_type");
        var taskId = card["task_id"]?.GetValue<string>() ?? "";
        if (!WeComApiClient.IsTaskId(taskId)) throw new ApiError(40058, "invalid task_id");
        var buttons = (card["button_list"] as JsonArray ?? []).Select(b => (Text: b!["text"]?.GetValue<string>() ?? "", Key: b["key"]?.GetValue<string>() ?? "")).ToList();
        if (buttons.Count is < 1 or > WeComApiClient.MaxCardButtons) throw new ApiError(40058, "button_list size out of limit");
        if (buttons.Any(b => b.Text.Length == 0 || Encoding.UTF8.GetByteCount(b.Key) is < 1 or > WeComApiClient.MaxKeyBytes))
            throw new ApiError(40058, "invalid button key or text");
        if (buttons.Select(b => b.Key).Distinct().Count() != buttons.Count) throw new ApiError(40058, "button key duplicated");
        var title = card["main_title"]?["title"]?.GetValue<string>();
        var text = card["sub_title_text"]?.GetValue<string>();
        if (string.IsNullOrEmpty(title) && string.IsNullOrEmpty(text)) throw new ApiError(40058, "main_title.title or sub_title_text required");
        return new WeComMessage
        {
            UserId = user, MsgId = msgId, Type = "template_card", SentAt = Clock.GetUtcNow(), TaskId = taskId, Title = title, Text = text,
            Buttons = buttons, ResponseCode = NewResponseCode(),
        };
    }

    string NewResponseCode() => $"double-code-{Interlocked.Increment(ref _nextCode)}-{Guid.NewGuid():N}";

    /// <summary>Into the member's inbox, or silently dropped beyond 30 a minute or 1,000 an hour (caller holds the gate).</summary>
    void Deliver(WeComMessage message)
    {
        var now = Clock.GetUtcNow();
        if (!_delivered.TryGetValue(message.UserId, out var times)) _delivered[message.UserId] = times = [];
        if (PerMemberLimits.Any(limit => times.Count(t => t > now - limit.Period) >= limit.Count))
        {
            _dropped.Add(message);
            return;
        }
        times.Add(now);
        if (!_inboxes.TryGetValue(message.UserId, out var inbox)) _inboxes[message.UserId] = inbox = [];
        inbox.Add(message);
    }

    JsonObject Upload(WeComRequest request)
    {
        CheckToken(request);
        var type = request.Query.GetValueOrDefault("type");
        if (type is not ("image" or "file" or "voice" or "video")) throw new ApiError(40004, "invalid media type");
        if (!request.Parts.TryGetValue("media", out var media)) throw new ApiError(41005, "media data missing");
        if (string.IsNullOrEmpty(media.FileName)) throw new ApiError(44001, "empty media data, filename required");
        if (media.Content.Length <= 5) throw new ApiError(44001, "empty media data");
        var limit = type == "image" ? 10 << 20 : 20 << 20;
        if (media.Content.Length > limit) throw new ApiError(40006, "invalid file size");
        if (type == "image" && !IsImage(media.Content)) throw new ApiError(40005, "invalid file type");
        var id = AddMedia(media);
        return new JsonObject { ["type"] = type, ["media_id"] = id, ["created_at"] = Clock.GetUtcNow().ToUnixTimeSeconds().ToString(System.Globalization.CultureInfo.InvariantCulture) };
    }

    static bool IsImage(byte[] content) =>
        content.AsSpan().StartsWith((byte[])[0x89, (byte)'P', (byte)'N', (byte)'G']) || content.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]);

    WeComUpload GetMedia(WeComRequest request)
    {
        CheckToken(request);
        lock (_gate) return _media.GetValueOrDefault(request.Query.GetValueOrDefault("media_id") ?? "") ?? throw new ApiError(40007, "invalid media_id");
    }

    JsonObject UpdateCard(WeComRequest request)
    {
        CheckToken(request);
        var body = request.Body;
        if (body["agentid"]?.GetValue<int>() != AgentId) throw new ApiError(40056, "invalid agentid");
        var code = body["response_code"]?.GetValue<string>() ?? "";
        var replaceName = body["button"]?["replace_name"]?.GetValue<string>();
        if (string.IsNullOrEmpty(replaceName)) throw new ApiError(40058, "button.replace_name required");
        lock (_gate)
        {
            // A response code works once (the double's refusal is WeCom's generic "invalid parameter").
            if (!_responseCodes.TryGetValue(code, out var entry) || entry.Used) throw new ApiError(40058, "invalid response_code");
            var users = (body["userids"] as JsonArray)?.Select(u => u!.GetValue<string>()).ToList() ?? [];
            if (!users.Contains(entry.Card.UserId)) throw new ApiError(40003, "invalid userid");
            _responseCodes[code] = (entry.Card, true);
            entry.Card.ReplacedWith = replaceName;
        }
        return new JsonObject { ["invaliduser"] = new JsonArray() };
    }

    /// <summary>menu/create: 1–3 menus, each a click item or 1–5 items; names of at most 16 bytes on top and 40 below; keys of clicks.</summary>
    JsonObject CreateMenu(WeComRequest request)
    {
        CheckToken(request);
        if (request.Query.GetValueOrDefault("agentid") != AgentId.ToString(System.Globalization.CultureInfo.InvariantCulture)) throw new ApiError(40056, "invalid agentid");
        var menus = request.Body["button"] as JsonArray ?? throw new ApiError(40016, "invalid button size");
        if (menus.Count is < 1 or > 3) throw new ApiError(40016, "invalid button size");
        foreach (var menu in menus)
        {
            CheckMenuItem(menu!, 16, allowSub: true);
            if (menu!["sub_button"] is JsonArray items)
            {
                if (items.Count is < 1 or > 5) throw new ApiError(40023, "invalid sub button size");
                foreach (var item in items) CheckMenuItem(item!, 40, allowSub: false);
            }
        }
        lock (_gate) _menu = (JsonObject)request.Body.DeepClone();
        return [];
    }

    static void CheckMenuItem(JsonNode item, int maxNameBytes, bool allowSub)
    {
        var name = item["name"]?.GetValue<string>() ?? "";
        if (name.Length == 0 || Encoding.UTF8.GetByteCount(name) > maxNameBytes) throw new ApiError(40018, "invalid button name size");
        if (allowSub && item["sub_button"] is JsonArray) return;
        if (item["type"]?.GetValue<string>() != "click") throw new ApiError(40017, "invalid button type");
        var key = item["key"]?.GetValue<string>() ?? "";
        if (key.Length == 0 || Encoding.UTF8.GetByteCount(key) > 128) throw new ApiError(40019, "invalid button key size");
    }
}
