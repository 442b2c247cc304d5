using System.Buffers.Binary;
using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.RegularExpressions;
using Microsoft.AspNetCore.Http;

namespace ChatAppraisal.Tests.Telegram;

// The Bot API methods the bot uses, with Telegram's answers and Telegram's error texts.
public sealed partial class BotApiDouble
{
    /// <summary>A refusal as Telegram words it: HTTP status = error_code.</summary>
    sealed class ApiError(int code, string description, int? retryAfter = null) : Exception(description)
    {
        public int Code { get; } = code;
        public int? RetryAfter { get; } = retryAfter;
    }

    static ApiError BadRequest(string what) => new(400, "Bad Request: " + what);

    async Task HandleAsync(HttpContext context, string bot, string method)
    {
        if (bot != "bot" + Token)
        {
            await Write(context, 401, new JsonObject { ["ok"] = false, ["error_code"] = 401, ["description"] = "Unauthorized" });
            return;
        }
        var request = await ReadAsync(context, method);
        lock (_gate) _requests.Add(request);

        if (Faults?.Invoke(request) is { } fault)
        {
            request.Fault = fault;
            if (fault.DropConnection)
            {
                request.Status = 0;
                context.Abort();
                return;
            }
            request.Status = fault.ErrorCode;
            var error = new JsonObject { ["ok"] = false, ["error_code"] = fault.ErrorCode, ["description"] = fault.Description };
            if (fault.RetryAfter is { } retryAfter) error["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
            await Write(context, fault.ErrorCode, error);
            return;
        }

        try
        {
            var result = method switch
            {
                "getUpdates" => await GetUpdatesAsync(request.Body, context.RequestAborted),
                _ => Call(method, request),
            };
            request.Status = 200;
            await Write(context, 200, new JsonObject { ["ok"] = true, ["result"] = result });
        }
        catch (ApiError e)
        {
            request.Status = e.Code;
            var error = new JsonObject { ["ok"] = false, ["error_code"] = e.Code, ["description"] = e.Message };
            if (e.RetryAfter is { } retryAfter) error["parameters"] = new JsonObject { ["retry_after"] = retryAfter };
            await Write(context, e.Code, error);
        }
        catch (OperationCanceledException) when (context.RequestAborted.IsCancellationRequested)
        {
            request.Status = 0; // the bot hung up (stopping)
        }
    }

    JsonNode Call(string method, RecordedRequest request)
    {
        var body = request.Body;
        lock (_gate)
        {
            Throttle(request);
            return method switch
            {
                "getMe" => BotUserJson().Also(u =>
                {
                    u["can_join_groups"] = true;
                    u["can_read_all_group_messages"] = false;
                    u["supports_inline_queries"] = false;
                }),
                "deleteWebhook" => Set(() => { WebhookUrl = null; WebhookSecret = null; }),
                "setWebhook" => Set(() =>
                {
                    WebhookUrl = Required(body, "url");
                    WebhookSecret = body["secret_token"]?.GetValue<string>();
                    if (body["allowed_updates"] is JsonArray allowed) _allowedUpdates = allowed.Select(a => a!.GetValue<string>()).ToArray();
                }),
                "setMyCommands" => SetMyCommands(body),
                "sendMessage" => SendMessage(request),
                "editMessageText" => EditMessageText(request),
                "sendPhoto" => SendFile(request, "photo"),
                "sendDocument" => SendFile(request, "document"),
                "answerCallbackQuery" => AnswerCallbackQuery(body),
                "getFile" => GetFile(body),
                _ => throw new ApiError(404, "Not Found: method not found"),
            };
        }
    }

    static JsonNode Set(Action change)
    {
        change();
        return true;
    }

    async Task<JsonNode> GetUpdatesAsync(JsonObject body, CancellationToken aborted)
    {
        var offset = body["offset"]?.GetValue<int>();
        var limit = Math.Clamp(body["limit"]?.GetValue<int>() ?? 100, 1, 100);
        var timeout = Math.Max(0, body["timeout"]?.GetValue<int>() ?? 0);
        var deadline = DateTime.UtcNow.AddSeconds(timeout);
        CancellationTokenSource poll;
        lock (_gate)
        {
            if (WebhookUrl is not null)
                throw new ApiError(409, "Conflict: can't use getUpdates method while webhook is active; use deleteWebhook to delete the webhook first");
            if (body["allowed_updates"] is JsonArray allowed) _allowedUpdates = allowed.Select(a => a!.GetValue<string>()).ToArray();
            if (offset is { } confirmed)
            {
                _pending.RemoveAll(p => p.Id < confirmed);
                ConfirmedOffset = confirmed;
            }
            // Like Telegram: a newer getUpdates ends the one still waiting.
            _activePoll?.Cancel();
            _activePoll = poll = CancellationTokenSource.CreateLinkedTokenSource(aborted);
        }
        while (true)
        {
            Task news;
            lock (_gate)
            {
                var batch = TakeBatch(offset, limit);
                if (batch.Count > 0 || DateTime.UtcNow >= deadline) return batch;
                news = _news.Task;
            }
            var left = deadline - DateTime.UtcNow;
            if (left <= TimeSpan.Zero) continue;
            try
            {
                await news.WaitAsync(left, poll.Token);
            }
            catch (TimeoutException)
            {
            }
            catch (OperationCanceledException) when (!aborted.IsCancellationRequested)
            {
                throw new ApiError(409, "Conflict: terminated by other getUpdates request; make sure that only one bot instance is running");
            }
        }
    }

    JsonArray TakeBatch(int? offset, int limit)
    {
        var batch = new JsonArray();
        while (_duplicates.Count > 0 && batch.Count < limit) batch.Add(_duplicates.Dequeue());
        // Kinds the bot did not ask for are never delivered (and so confirmed at once).
        if (_allowedUpdates is { Length: > 0 } allowed)
            _pending.RemoveAll(p => !allowed.Any(kind => p.Update.ContainsKey(kind)));
        foreach (var (id, update) in _pending.Where(p => offset is null || p.Id >= offset).Take(limit - batch.Count))
            batch.Add(update.DeepClone());
        return batch;
    }

    JsonNode SetMyCommands(JsonObject body)
    {
        var commands = body["commands"] as JsonArray ?? throw BadRequest("parameter \"commands\" is required");
        var list = new List<(string, string)>();
        foreach (var command in commands)
        {
            var name = command!["command"]!.GetValue<string>();
            var description = command["description"]!.GetValue<string>();
            if (!CommandName().IsMatch(name)) throw BadRequest("BOT_COMMAND_INVALID");
            if (description.Length is < 1 or > 256) throw BadRequest("BOT_COMMAND_DESCRIPTION_INVALID");
            list.Add((name, description));
        }
        if (body["scope"] is JsonObject scope && scope["type"]?.GetValue<string>() != "default")
            throw BadRequest("the double knows only the default scope");
        _commands[body["language_code"]?.GetValue<string>() ?? ""] = list;
        return true;
    }

    [GeneratedRegex("^[a-z0-9_]{1,32}$")]
    private static partial Regex CommandName();

    JsonNode SendMessage(RecordedRequest request)
    {
        var chat = KnownChat(request.ChatId);
        var text = Required(request.Body, "text");
        if (string.IsNullOrWhiteSpace(text)) throw BadRequest("message text is empty");
        if (text.Length > 4096) throw BadRequest("message is too long");
        var message = new BotMessage
        {
            ChatId = request.ChatId!.Value, MessageId = chat.NextMessageId++, SentAt = DateTimeOffset.UtcNow,
            Text = text, Buttons = Keyboard(request.Body),
        };
        chat.BotMessages.Add(message);
        return BotMessageJson(chat, message);
    }

    JsonNode EditMessageText(RecordedRequest request)
    {
        var chat = KnownChat(request.ChatId);
        var messageId = request.Body["message_id"]?.GetValue<int>() ?? throw BadRequest("message_id is required");
        var message = chat.BotMessages.SingleOrDefault(m => m.MessageId == messageId) ?? throw BadRequest("message to edit not found");
        if (message.Text is null) throw BadRequest("there is no text in the message to edit");
        var text = Required(request.Body, "text");
        if (string.IsNullOrWhiteSpace(text)) throw BadRequest("message text is empty");
        if (text.Length > 4096) throw BadRequest("MESSAGE_TOO_LONG");
        var buttons = Keyboard(request.Body);
        if (message.Text == text && SameButtons(message.Buttons, buttons))
            throw BadRequest("message is not modified: specified new message content and reply markup are exactly the same as a current content and reply markup of the message");
        message.Text = text;
        message.Buttons = buttons;
        message.Edits++;
        message.EditedAt = DateTimeOffset.UtcNow;
        return BotMessageJson(chat, message);
    }

    JsonNode SendFile(RecordedRequest request, string field)
    {
        var chat = KnownChat(request.ChatId);
        if (!request.Multipart) throw BadRequest($"the double expects {field} uploaded as multipart/form-data");
        var reference = Required(request.Body, field);
        if (!reference.StartsWith("attach://", StringComparison.Ordinal) || !request.Files.TryGetValue(reference["attach://".Length..], out var file))
            throw BadRequest($"wrong remote file identifier specified: can't unserialize it. Wrong padding in the string");
        if (file.Content.Length == 0) throw BadRequest("file must be non-empty");
        if (field == "photo" && !IsPng(file.Content) && !IsJpeg(file.Content)) throw BadRequest("IMAGE_PROCESS_FAILED");
        var caption = request.Body["caption"]?.GetValue<string>();
        if (caption?.Length > 1024) throw BadRequest("message caption is too long");
        var message = new BotMessage
        {
            ChatId = request.ChatId!.Value, MessageId = chat.NextMessageId++, SentAt = DateTimeOffset.UtcNow,
            Caption = string.IsNullOrEmpty(caption) ? null : caption, Buttons = Keyboard(request.Body),
            Photo = field == "photo" ? file : null, Document = field == "document" ? file : null,
        };
        chat.BotMessages.Add(message);
        return BotMessageJson(chat, message);
    }

    JsonNode AnswerCallbackQuery(JsonObject body)
    {
        var id = Required(body, "callback_query_id");
        if (!_callbackQueries.TryGetValue(id, out var answered) || answered)
            throw BadRequest("query is too old and response timeout expired or query ID is invalid");
        _callbackQueries[id] = true;
        return true;
    }

    ChatState KnownChat(long? chatId) =>
        chatId is { } id && _chats.TryGetValue(id, out var chat) ? chat : throw BadRequest("chat not found");

    static string Required(JsonObject body, string field) =>
        body[field] is JsonValue value ? value.ToString() : throw BadRequest($"parameter \"{field}\" is required");

    static IReadOnlyList<IReadOnlyList<(string, string)>> Keyboard(JsonObject body)
    {
        // Multipart calls carry reply_markup as a JSON string.
        var markup = body["reply_markup"] switch
        {
            JsonObject o => o,
            JsonValue v when v.TryGetValue<string>(out var s) => JsonNode.Parse(s) as JsonObject,
            _ => null,
        };
        if (markup?["inline_keyboard"] is not JsonArray rows) return [];
        return rows.Select(row => (IReadOnlyList<(string, string)>)row!.AsArray().Select(button =>
        {
            var label = button!["text"]?.GetValue<string>() ?? throw BadRequest("can't parse inline keyboard button: Text buttons are unallowed in the inline keyboard");
            var data = button["callback_data"]?.GetValue<string>() ?? throw BadRequest("can't parse inline keyboard button: field \"callback_data\" must be of type String");
            if (Encoding.UTF8.GetByteCount(data) is < 1 or > 64) throw BadRequest("BUTTON_DATA_INVALID");
            return (label, data);
        }).ToList()).ToList();
    }

    static bool SameButtons(IReadOnlyList<IReadOnlyList<(string, string)>> a, IReadOnlyList<IReadOnlyList<(string, string)>> b) =>
        a.Count == b.Count && a.Zip(b).All(rows => rows.First.SequenceEqual(rows.Second));

    async Task<RecordedRequest> ReadAsync(HttpContext context, string method)
    {
        JsonObject body = [];
        var files = new Dictionary<string, UploadedFile>();
        var multipart = context.Request.HasFormContentType;
        if (multipart)
        {
            var form = await context.Request.ReadFormAsync();
            foreach (var (key, value) in form) body[key] = value.ToString();
            foreach (var file in form.Files)
            {
                using var buffer = new MemoryStream();
                await file.CopyToAsync(buffer);
                files[file.Name] = new UploadedFile(file.FileName, file.ContentType, buffer.ToArray());
            }
        }
        else if (context.Request.ContentLength is > 0 || context.Request.Headers.TransferEncoding.Count > 0)
        {
            body = await JsonNode.ParseAsync(context.Request.Body) as JsonObject ?? [];
        }
        return new RecordedRequest
        {
            Sequence = Interlocked.Increment(ref _sequence),
            At = DateTimeOffset.UtcNow,
            Method = method,
            Body = body,
            Multipart = multipart,
            Files = files,
            ChatId = ChatIdOf(body),
        };
    }

    static long? ChatIdOf(JsonObject body) => body["chat_id"] switch
    {
        JsonValue v when v.TryGetValue<long>(out var id) => id,
        JsonValue v when long.TryParse(v.ToString(), NumberStyles.AllowLeadingSign, CultureInfo.InvariantCulture, out var id) => id,
        _ => null,
    };

    static bool IsPng(byte[] bytes) => bytes.AsSpan().StartsWith((byte[])[0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A]);

    static bool IsJpeg(byte[] bytes) => bytes.AsSpan().StartsWith((byte[])[0xFF, 0xD8, 0xFF]);

    static (int Width, int Height) PngSize(byte[] png) =>
        IsPng(png) && png.Length >= 24
            ? (BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(16)), BinaryPrimitives.ReadInt32BigEndian(png.AsSpan(20)))
            : (0, 0);
}

static class JsonObjectExtensions
{
    public static JsonObject Also(this JsonObject json, Action<JsonObject> change)
    {
        change(json);
        return json;
    }
}
