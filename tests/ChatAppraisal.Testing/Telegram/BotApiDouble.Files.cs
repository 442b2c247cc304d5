using System.Text.Json.Nodes;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;

namespace ChatAppraisal.Tests.Telegram;

// Files people send, as Telegram serves them to bots: getFile gives a file_path, GET /file/bot{token}/{file_path} the bytes.
public sealed partial class BotApiDouble
{
    /// <summary>The Bot API serves at most 20 MB a file; getFile refuses bigger ones with Telegram's own words.</summary>
    public const long MaxDownloadBytes = 20L * 1024 * 1024;

    readonly Dictionary<string, (byte[] Content, long Size, string Path)> _files = [];
    readonly List<string> _downloads = [];
    int _nextFile;

    /// <summary>The file paths the bot downloaded, in order.</summary>
    public IReadOnlyList<string> Downloads
    {
        get { lock (_gate) return _downloads.ToList(); }
    }

    /// <summary>A person sends a photo with these JPEG bytes; Telegram offers it in a small size and in this full one.</summary>
    public int SendPhoto(FakeUser from, byte[] jpeg, string? caption = null)
    {
        lock (_gate)
        {
            var message = UserMessage(from, ChatOf(from, null));
            var small = AddFile(jpeg[..Math.Min(jpeg.Length, 64)], null, "photos", ".jpg");
            var large = AddFile(jpeg, null, "photos", ".jpg");
            message["photo"] = new JsonArray(
                new JsonObject { ["file_id"] = small, ["file_unique_id"] = "u" + small, ["file_size"] = Math.Min(jpeg.Length, 64), ["width"] = 90, ["height"] = 67 },
                new JsonObject { ["file_id"] = large, ["file_unique_id"] = "u" + large, ["file_size"] = jpeg.Length, ["width"] = 1280, ["height"] = 960 });
            if (caption is not null) message["caption"] = caption;
            return Enqueue(new JsonObject { ["message"] = message });
        }
    }

    /// <summary>
    /// A person sends a document. <paramref name="declaredSize"/> stands for a file too big to hold in a test: Telegram
    /// states it in file_size, and getFile refuses it.
    /// </summary>
    public int SendDocument(FakeUser from, string fileName, string mimeType, byte[] content, long? declaredSize = null)
    {
        lock (_gate)
        {
            var message = UserMessage(from, ChatOf(from, null));
            var id = AddFile(content, declaredSize, "documents", Path.GetExtension(fileName));
            message["document"] = new JsonObject
            {
                ["file_id"] = id, ["file_unique_id"] = "u" + id, ["file_name"] = fileName, ["mime_type"] = mimeType,
                ["file_size"] = declaredSize ?? content.Length,
            };
            return Enqueue(new JsonObject { ["message"] = message });
        }
    }

    string AddFile(byte[] content, long? declaredSize, string folder, string extension)
    {
        var n = ++_nextFile;
        var id = $"BQACAgIAAxkBAAIB{n:D6}";
        _files[id] = (content, declaredSize ?? content.Length, $"{folder}/file_{n}{extension}");
        return id;
    }

    JsonNode GetFile(JsonObject body)
    {
        var id = Required(body, "file_id");
        if (!_files.TryGetValue(id, out var file)) throw BadRequest("invalid file_id");
        if (file.Size > MaxDownloadBytes) throw BadRequest("file is too big");
        return new JsonObject { ["file_id"] = id, ["file_unique_id"] = "u" + id, ["file_size"] = file.Size, ["file_path"] = file.Path };
    }

    /// <summary>GET /file/bot{token}/{file_path}: the bytes, as Telegram's file server answers (404 for an unknown path or token).</summary>
    void MapFiles(WebApplication app) =>
        app.MapGet("/file/{bot}/{**path}", async (HttpContext context, string bot, string path) =>
        {
            byte[]? content;
            lock (_gate)
            {
                content = bot == "bot" + Token ? _files.Values.Where(f => f.Path == path).Select(f => f.Content).FirstOrDefault() : null;
                if (content is not null) _downloads.Add(path);
            }
            if (content is null)
            {
                await Write(context, 404, new JsonObject { ["ok"] = false, ["error_code"] = 404, ["description"] = "Not Found" });
                return;
            }
            context.Response.ContentType = "application/octet-stream";
            context.Response.ContentLength = content.Length;
            await context.Response.Body.WriteAsync(content);
        });
}
