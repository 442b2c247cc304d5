using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Evidence;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAppraisal.Bot.Pages.Chat;

// The chat itself: the transcript, and the three posts (a message, a pressed button, a file), each handed to the inbox.
// chat.js posts them with fetch (answered 204, or 400 with a sentence); without script they are plain forms (answered
// with the page again).
public sealed partial class ChatModel
{
    /// <summary>A file of 20 MB and the form around it.</summary>
    public const long MaxRequestBytes = EvidenceOptions.MaxFileBytes + 1024 * 1024;

    /// <summary>Longest typed message kept (the engine reads at most 500 characters and says so).</summary>
    public const int MaxMessageLength = 4000;

    public IReadOnlyList<WebMessageView> Messages { get; private set; } = [];

    /// <summary>The last event id the page has drawn; its live transcript goes on from there.</summary>
    public long LastSeq { get; private set; }

    bool FromScript => Request.Headers["X-Requested-With"] == "chat";

    PageResult ShowChat(string? message = null, int status = StatusCodes.Status200OK)
    {
        var signedIn = SignedIn!;
        var texts = T;
        var docs = transcript.Last(signedIn.ChatId);
        Messages = docs.Select(d => View(d, texts)).ToList();
        LastSeq = Math.Max(docs.Count == 0 ? 0 : docs.Max(d => d.Seq), transcript.LastSeq(signedIn.ChatId));
        Message = message;
        Response.StatusCode = status;
        return Page();
    }

    WebMessageView View(WebMessageDoc doc, ChatAppraisal.Texts texts) =>
        WebMessageView.From(doc, texts, clock.ToLocal(new DateTimeOffset(doc.At, TimeSpan.Zero)));

    public async Task<IActionResult> OnPostSendAsync(string? message)
    {
        if (await Refused() is { } refused) return refused;
        var text = message?.Trim() ?? "";
        if (text.Length == 0) return Problem(T.MessageEmpty);
        if (text.Length > MaxMessageLength) text = text[..MaxMessageLength];
        // /start CODE is a sign-in attempt: it counts toward the address's limit, as the sign-in form does.
        if (text.StartsWith("/start", StringComparison.OrdinalIgnoreCase) && text.Length > "/start".Length && throttle.Attempt(HttpContext) is { } seconds)
            return Problem(T.StartThrottled(seconds, SignInThrottle.PerMinute), StatusCodes.Status429TooManyRequests);
        var signedIn = SignedIn!;
        var written = transcript.AddFromMember(signedIn.ChatId, text);
        return await Hand(new ChatUpdate(ChatUserOf(signedIn), written.Seq, Text: text));
    }

    public async Task<IActionResult> OnPostPressAsync(string? press)
    {
        if (await Refused() is { } refused) return refused;
        // "messageId:data": the message that carried the button (edited in place by the answer) and the button's data.
        var colon = press?.IndexOf(':') ?? -1;
        if (colon <= 0 || !long.TryParse(press![..colon], out _)) return Problem(T.ButtonExpired);
        var signedIn = SignedIn!;
        var update = new ChatUpdate(ChatUserOf(signedIn), transcript.NewUpdateId(signedIn.ChatId), ButtonData: press[(colon + 1)..], ButtonMessageId: press[..colon]);
        return await Hand(update);
    }

    public async Task<IActionResult> OnPostUploadAsync(IFormFile? file)
    {
        if (await Refused() is { } refused) return refused;
        if (uploads.Attempt(SignedIn!.Member.Id) is { } seconds)
            return Problem(T.UploadThrottled(seconds, UploadThrottle.PerMinute), StatusCodes.Status429TooManyRequests);
        if (file is null || file.Length == 0) return Problem(T.FileEmpty);
        if (file.Length > EvidenceOptions.MaxFileBytes) return Problem(T.FileTooLarge(EvidenceOptions.MaxFileMegabytes));
        var content = new byte[file.Length];
        await using (var stream = file.OpenReadStream()) await stream.ReadExactlyAsync(content, HttpContext.RequestAborted);
        var sent = new ChatFile(Path.GetFileName(file.FileName), file.ContentType, content,
            IsPhoto: file.ContentType?.StartsWith("image/", StringComparison.OrdinalIgnoreCase) == true);
        var signedIn = SignedIn!;
        // The transcript keeps the file's name; its bytes are kept only as the evidence the bot took (a refused file: nowhere).
        var written = transcript.AddFileFromMember(signedIn.ChatId, sent);
        var before = attachments.LastId();
        var answer = await Hand(new ChatUpdate(ChatUserOf(signedIn), written.Seq, File: sent));
        if (attachments.AddedFrom(signedIn.Member.Id, content, before) is { } kept) transcript.ShowAsEvidence(written, kept);
        return answer;
    }

    /// <summary>Not signed in (401), or the anti-forgery token is missing or wrong (400): nothing is read or stored.</summary>
    async Task<IActionResult?> Refused()
    {
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        if (SignedIn is null) return FromScript ? StatusCode(StatusCodes.Status401Unauthorized) : LocalRedirect("/chat");
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return Problem(T.ChatFormExpired);
        return null;
    }

    IActionResult Problem(string sentence, int status = StatusCodes.Status400BadRequest)
    {
        if (FromScript) return new ContentResult { Content = sentence, ContentType = "text/plain; charset=utf-8", StatusCode = status };
        return ShowChat(sentence, status);
    }

    async Task<IActionResult> Hand(ChatUpdate update)
    {
        // Answered and written down in one transaction; the outbox appends the replies to the transcript, and the live
        // transcript brings them (and the member's own message) to every open page. A page that goes away meanwhile does
        // not cancel it: the member's message is in the transcript and gets its answer.
        await inbox.HandleAsync(update, SignedIn!.ChatId, CancellationToken.None);
        return FromScript ? new NoContentResult() : LocalRedirect("/chat");
    }

    static ChatUser ChatUserOf(SignedInMember signedIn) => new(WebAccounts.Channel, signedIn.ChatId, signedIn.Member.Name);
}
