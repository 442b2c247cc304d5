using ChatAppraisal.Bot.Web.SignIn;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAppraisal.Bot.Pages.Chat;

/// <summary>
/// <c>/chat/link/{token}</c>, the single-use link of <c>/web</c>: the page names whom it signs in, and its 登录 button
/// (a post with an anti-forgery token) uses the link up. Opening it signs nobody in, so a chat app's link preview or a
/// browser's prefetch cannot spend it.
/// </summary>
[IgnoreAntiforgeryToken]
public sealed class LinkModel(WebSignInLinks links, CurrentMember current, SignInThrottle throttle, IAntiforgery antiforgery) : PageModel
{
    public Texts T => current.Texts;
    public string Token { get; private set; } = "";
    public string? MemberName { get; private set; }
    public string? Message { get; private set; }

    public IActionResult OnGet(string token)
    {
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        Token = token;
        var (result, member) = links.Look(token);
        if (result == LinkResult.SignedIn) MemberName = member!.Name;
        else Refused(result);
        return Page();
    }

    /// <param name="returnUrl">Where the link leads once signed in (a local path: /console for the office console).</param>
    public async Task<IActionResult> OnPostAsync(string token, string? returnUrl)
    {
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        Token = token;
        if (throttle.Attempt(HttpContext) is { } seconds)
        {
            Response.Headers.RetryAfter = seconds.ToString();
            Message = T.SignInThrottled(seconds, SignInThrottle.PerMinute);
            Response.StatusCode = StatusCodes.Status429TooManyRequests;
            MemberName = links.Look(token).Member?.Name;
            return Page();
        }
        if (!await antiforgery.IsRequestValidAsync(HttpContext))
        {
            Message = T.SignInFormExpired;
            Response.StatusCode = StatusCodes.Status400BadRequest;
            MemberName = links.Look(token).Member?.Name;
            return Page();
        }
        var target = SignInExtensions.LocalOr(returnUrl, "/chat");
        var result = await HttpContext.SignInWithAsync(() => links.Use(token));
        if (result != LinkResult.SignedIn)
        {
            Refused(result);
            return Page();
        }
        return LocalRedirect(target);
    }

    void Refused(LinkResult result)
    {
        Message = result switch
        {
            LinkResult.Used => T.LinkUsed,
            LinkResult.Expired => T.LinkExpired,
            LinkResult.MemberRemoved => T.InviteMemberRemoved,
            _ => T.LinkUnknown,
        };
        Response.StatusCode = result switch
        {
            LinkResult.Used => StatusCodes.Status409Conflict,
            LinkResult.Expired => StatusCodes.Status410Gone,
            _ => StatusCodes.Status404NotFound,
        };
    }
}
