using System.Text.Json.Nodes;

namespace ChatAppraisal.Tests.Telegram;

// What people do in the simulated Telegram: each action becomes an update for getUpdates, and returns its update_id.
public sealed partial class BotApiDouble
{
    /// <summary>A person types text (a command, a number...) in their private chat with the bot or in a group.</summary>
    public int SendText(FakeUser from, string text, FakeGroup? group = null, int? replyToMessageId = null)
    {
        lock (_gate)
        {
            var chat = ChatOf(from, group);
            var message = UserMessage(from, chat);
            message["text"] = text;
            if (text.StartsWith('/'))
            {
                var length = text.IndexOfAny([' ', '\n']) is var end and >= 0 ? end : text.Length;
                message["entities"] = new JsonArray(new JsonObject { ["offset"] = 0, ["length"] = length, ["type"] = "bot_command" });
            }
            if (replyToMessageId is { } replyTo)
                message["reply_to_message"] = BotMessageJson(chat, chat.BotMessages.Single(m => m.MessageId == replyTo));
            return Enqueue(new JsonObject { ["message"] = message });
        }
    }

    /// <summary>A person sends a photo (something the dialogs cannot read).</summary>
    public int SendPhoto(FakeUser from, FakeGroup? group = null)
    {
        lock (_gate)
        {
            var message = UserMessage(from, ChatOf(from, group));
            message["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = "AgACAgIAAxkBAAIBsmall", ["file_unique_id"] = "AQADsmall", ["file_size"] = 1200, ["width"] = 90, ["height"] = 67 },
                new JsonObject { ["file_id"] = "AgACAgIAAxkBAAIBlarge", ["file_unique_id"] = "AQADlarge", ["file_size"] = 58000, ["width"] = 1280, ["height"] = 960 });
            return Enqueue(new JsonObject { ["message"] = message });
        }
    }

    /// <summary>A person sends a sticker.</summary>
    public int SendSticker(FakeUser from)
    {
        lock (_gate)
        {
            var message = UserMessage(from, ChatOf(from, null));
            message["sticker"] = new JsonObject
            {
                ["file_id"] = "CAACAgIAAxkBAAIBsticker", ["file_unique_id"] = "AgADsticker", ["type"] = "regular",
                ["width"] = 512, ["height"] = 512, ["is_animated"] = false, ["is_video"] = false, ["emoji"] = "👍",
            };
            return Enqueue(new JsonObject { ["message"] = message });
        }
    }

    /// <summary>Someone joins a group: a service message, not a thing to answer.</summary>
    public int JoinGroup(FakeUser who, FakeGroup group)
    {
        lock (_gate)
        {
            var message = UserMessage(who, ChatOf(who, group));
            message["new_chat_members"] = new JsonArray(UserJson(who));
            return Enqueue(new JsonObject { ["message"] = message });
        }
    }

    /// <summary>A person presses the button labelled <paramref name="label"/> under one of the bot's messages.</summary>
    public int PressButton(FakeUser from, BotMessage message, string label)
    {
        var data = message.AllButtons.Where(b => b.Label == label).Select(b => b.Data).FirstOrDefault()
            ?? throw new InvalidOperationException($"No button '{label}' under {message}.");
        return PressButtonWithData(from, message.ChatId, message.MessageId, data);
    }

    /// <summary>A button press as Telegram reports it; the data must be on the message's current keyboard.</summary>
    public int PressButtonWithData(FakeUser from, long chatId, int messageId, string data)
    {
        lock (_gate)
        {
            var chat = _chats[chatId];
            var message = chat.BotMessages.Single(m => m.MessageId == messageId);
            if (!message.AllButtons.Any(b => b.Data == data))
                throw new InvalidOperationException($"Telegram only sends data that is on a button; '{data}' is not under {message}.");
            var updateId = _nextUpdateId;
            _callbackQueries[CallbackQueryId(updateId)] = false;
            return Enqueue(new JsonObject
            {
                ["callback_query"] = new JsonObject
                {
                    ["id"] = CallbackQueryId(updateId),
                    ["from"] = UserJson(from),
                    ["message"] = BotMessageJson(chat, message),
                    ["chat_instance"] = "-51234567890" + chatId,
                    ["data"] = data,
                },
            });
        }
    }

    /// <summary>Any update as raw JSON (update_id is added).</summary>
    public int Deliver(JsonObject update)
    {
        lock (_gate) return Enqueue(update);
    }

    /// <summary>Telegram delivers an update a second time: the next getUpdates returns it again, whatever the offset.</summary>
    public void DeliverAgain(int updateId)
    {
        lock (_gate)
        {
            _duplicates.Enqueue((JsonObject)_delivered[updateId].DeepClone());
            Signal();
        }
    }

    int Enqueue(JsonObject update)
    {
        var id = _nextUpdateId++;
        update["update_id"] = id;
        _delivered[id] = update;
        _pending.Add((id, update));
        Signal();
        return id;
    }

    void Signal()
    {
        var signal = _news;
        _news = NewSignal();
        signal.TrySetResult();
    }

    static string CallbackQueryId(int updateId) => "4382000000" + updateId;

    ChatState ChatOf(FakeUser from, FakeGroup? group)
    {
        var id = group?.Id ?? from.Id;
        if (!_chats.TryGetValue(id, out var chat))
        {
            var json = group is null
                ? new JsonObject { ["id"] = from.Id, ["first_name"] = from.FirstName, ["type"] = "private" }
                : new JsonObject { ["id"] = group.Id, ["title"] = group.Title, ["type"] = "group" };
            if (group is null && from.Username is not null) json["username"] = from.Username;
            _chats[id] = chat = new ChatState(json);
        }
        return chat;
    }

    JsonObject UserMessage(FakeUser from, ChatState chat) => new()
    {
        ["message_id"] = chat.NextMessageId++,
        ["from"] = UserJson(from),
        ["chat"] = chat.Json.DeepClone(),
        ["date"] = Now(),
    };

    static JsonObject UserJson(FakeUser user)
    {
        var json = new JsonObject { ["id"] = user.Id, ["is_bot"] = false, ["first_name"] = user.FirstName };
        if (user.Username is not null) json["username"] = user.Username;
        if (user.LanguageCode is not null) json["language_code"] = user.LanguageCode;
        return json;
    }

    JsonObject BotUserJson() => new()
    {
        ["id"] = BotId, ["is_bot"] = true, ["first_name"] = "考核助手", ["username"] = BotUsername,
    };

    JsonObject BotMessageJson(ChatState chat, BotMessage message)
    {
        var json = new JsonObject
        {
            ["message_id"] = message.MessageId,
            ["from"] = BotUserJson(),
            ["chat"] = chat.Json.DeepClone(),
            ["date"] = message.SentAt.ToUnixTimeSeconds(),
        };
        if (message.Edits > 0) json["edit_date"] = Now();
        if (message.Text is not null) json["text"] = message.Text;
        if (message.Caption is not null) json["caption"] = message.Caption;
        if (message.Photo is { } photo)
        {
            var (width, height) = PngSize(photo.Content);
            json["photo"] = new JsonArray(new JsonObject
            {
                ["file_id"] = $"AgACAgUAAxkDAAI{chat.Json["id"]}_{message.MessageId}", ["file_unique_id"] = $"AQAD{message.MessageId}",
                ["file_size"] = photo.Content.Length, ["width"] = width, ["height"] = height,
            });
        }
        if (message.Document is { } document)
            json["document"] = new JsonObject
            {
                ["file_name"] = document.FileName, ["mime_type"] = document.ContentType,
                ["file_id"] = $"BQACAgUAAxkDAAI{chat.Json["id"]}_{message.MessageId}", ["file_unique_id"] = $"AgAD{message.MessageId}",
                ["file_size"] = document.Content.Length,
            };
        if (message.Buttons.Count > 0)
            json["reply_markup"] = new JsonObject
            {
                ["inline_keyboard"] = new JsonArray(message.Buttons
                    .Select(row => (JsonNode)new JsonArray(row.Select(b => (JsonNode)new JsonObject { ["text"] = b.Label, ["callback_data"] = b.Data }).ToArray()))
                    .ToArray()),
            };
        return json;
    }
}
