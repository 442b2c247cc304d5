using System.Text;
using System.Text.Json;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Schedule;

namespace ChatAppraisal.Bot.Channels.Web;

/// <summary>
/// The browser chat's endpoints beside its page: the live transcript (server-sent events, resumed after
/// <c>Last-Event-ID</c>), the transcript's files (only to the member whose transcript holds them), and a check that
/// the session is still signed in (chat.js asks it before reconnecting).
/// </summary>
static class WebChatEndpoints
{
    static readonly TimeSpan Heartbeat = TimeSpan.FromSeconds(20);

    /// <summary>How often an open stream asks whether its session still holds (removal, expiry); sign-out ends it at once.</summary>
    static readonly TimeSpan SessionCheck = TimeSpan.FromSeconds(1);
    static readonly JsonSerializerOptions Json = new(JsonSerializerDefaults.Web);

    public static void Map(IEndpointRouteBuilder app)
    {
        app.MapGet("/chat/events", Events).RequireAuthorization(SignInPolicies.Member).ExcludeFromDescription();
        app.MapGet("/chat/files/{id:long}", File).RequireAuthorization(SignInPolicies.Member).ExcludeFromDescription();
        app.MapGet("/chat/alive", () => TypedResults.NoContent()).RequireAuthorization(SignInPolicies.Member).ExcludeFromDescription();
    }

    static async Task Events(HttpContext http, CurrentMember current, WebTranscript transcript, WebChatSignals signals, WebSessions sessions,
        TownClock clock, IHostApplicationLifetime lifetime, long? after)
    {
        var signedIn = current.SignedIn!;
        var last = Math.Max(after ?? 0, long.TryParse(http.Request.Headers["Last-Event-ID"], out var seen) ? seen : 0);
        http.Response.ContentType = "text/event-stream; charset=utf-8";
        http.Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        http.Response.Headers["X-Accel-Buffering"] = "no"; // nginx would otherwise hold the events back
        using var stop = CancellationTokenSource.CreateLinkedTokenSource(http.RequestAborted, lifetime.ApplicationStopping, sessions.Ending(signedIn.Session.Id));
        var quietSince = DateTime.UtcNow;
        var token = stop.Token;
        try
        {
            await http.Response.WriteAsync("retry: 2000\n\n", token);
            await http.Response.Body.FlushAsync(token);
            while (!token.IsCancellationRequested)
            {
                var changed = signals.Next(signedIn.ChatId);
                var messages = transcript.Since(signedIn.ChatId, last).ToList();
                // The language read after the messages: /lang's answer is delivered after the language changed, so it is
                // never sent with the old one (the page reloads in the new language when it sees it).
                var texts = current.Texts;
                var batch = new StringBuilder();
                foreach (var message in messages)
                {
                    var view = WebMessageView.From(message, texts, clock.ToLocal(new DateTimeOffset(message.At, TimeSpan.Zero)));
                    batch.Append("id: ").Append(message.Seq).Append('\n').Append("data: ").Append(JsonSerializer.Serialize(view, Json)).Append("\n\n");
                    last = message.Seq;
                }
                if (batch.Length > 0)
                {
                    await http.Response.WriteAsync(batch.ToString(), token);
                    await http.Response.Body.FlushAsync(token);
                    quietSince = DateTime.UtcNow;
                }
                while (await Task.WhenAny(changed, Task.Delay(SessionCheck, token)) != changed)
                {
                    token.ThrowIfCancellationRequested();
                    // A removed or expired session stops here within a second (a signed-out one at once, by its token); the
                    // page's next check sends it to sign in.
                    if (sessions.Recheck(signedIn.Session.Id) is null) return;
                    if (DateTime.UtcNow - quietSince < Heartbeat) continue;
                    await http.Response.WriteAsync(": ping\n\n", token);
                    await http.Response.Body.FlushAsync(token);
                    quietSince = DateTime.UtcNow;
                }
            }
        }
        catch (OperationCanceledException) when (token.IsCancellationRequested)
        {
            // The page went away, the session was signed out, or the server is stopping: the page reconnects with the last id
            // it saw (after signing in again).
        }
    }

    static IResult File(long id, HttpContext http, CurrentMember current, WebTranscript transcript)
    {
        if (transcript.File(current.SignedIn!.ChatId, id) is not var (message, content)) return TypedResults.NotFound();
        http.Response.Headers.CacheControl = "private, max-age=86400";
        // Only raster images are shown inline; everything else (an uploaded page of HTML, an SVG) is a download of bytes.
        return message.IsImage
            ? TypedResults.File(content, message.ContentType)
            : TypedResults.File(content, message.Kind == "document" ? message.ContentType : "application/octet-stream", message.FileName ?? "file");
    }
}
