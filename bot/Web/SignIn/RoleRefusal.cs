using System.Text.Encodings.Web;
using ChatAppraisal.Members;
using Microsoft.AspNetCore.Mvc;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// The 403 a signed-in member gets for a page their roles do not allow: the sentence naming the role it needs. A
/// browser gets it as a small page with a way on (the chat); anything else, as the plain sentence that tools read.
/// </summary>
public static class RoleRefusal
{
    public static ContentResult For(HttpRequest request, Texts texts, Role needed, IReadOnlyList<Role> roles)
    {
        var sentence = texts.PageNeedsRole(needed, roles);
        var browser = request.GetTypedHeaders().Accept.Any(a => a.MediaType.Equals("text/html", StringComparison.OrdinalIgnoreCase));
        return new ContentResult
        {
            StatusCode = StatusCodes.Status403Forbidden,
            ContentType = browser ? "text/html; charset=utf-8" : "text/plain; charset=utf-8",
            Content = browser ? Page(texts, sentence, Admins(request)) : sentence,
        };
    }

    public static async Task Write(HttpContext context, Texts texts, Role needed, IReadOnlyList<Role> roles)
    {
        var answer = For(context.Request, texts, needed, roles);
        context.Response.StatusCode = answer.StatusCode!.Value;
        context.Response.ContentType = answer.ContentType;
        context.Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        await context.Response.WriteAsync(answer.Content!, context.RequestAborted);
    }

    /// <summary>The admins by name, so that the member knows whom to ask.</summary>
    static IReadOnlyList<string> Admins(HttpRequest request) =>
        request.HttpContext.RequestServices.GetRequiredService<MemberDirectory>().All().Where(m => m.Holds(Role.Admin)).Select(m => m.Name).ToList();

    static string Page(Texts texts, string sentence, IReadOnlyList<string> admins)
    {
        var e = HtmlEncoder.Default;
        return $"""
            <!DOCTYPE html>
            <html lang="{(texts.Language == "en" ? "en" : "zh-CN")}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{e.Encode(texts.PageForbiddenTitle)}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="page"><h1>{e.Encode(texts.PageForbiddenTitle)}</h1>
            <p class="notice" role="alert">{e.Encode(sentence)}</p>
            <p>{e.Encode(texts.PageForbiddenWhatNow(admins))}</p>
            <p><a href="/chat">{e.Encode(texts.OpenChat)}</a></p></main></body></html>
            """;
    }
}
