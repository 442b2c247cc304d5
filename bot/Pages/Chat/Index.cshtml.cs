using ChatAppraisal.Bot.Channels.Web;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Schedule;
using ChatAppraisal.Members;
using ChatAppraisal.Evidence;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAppraisal.Bot.Pages.Chat;

/// <summary>
/// <c>/chat</c>: the sign-in form (an invite code; <c>?invite=CODE</c> fills it in) for a browser that is not signed in,
/// the chat for one that is. Anti-forgery tokens are checked by hand in every post, so an expired form is answered with a
/// sentence instead of a bare 400.
/// </summary>
[IgnoreAntiforgeryToken]
[RequestSizeLimit(ChatModel.MaxRequestBytes)]
[RequestFormLimits(MultipartBodyLengthLimit = ChatModel.MaxRequestBytes)]
public sealed partial class ChatModel(CurrentMember current, WebAccounts accounts, SignInThrottle throttle, IAntiforgery antiforgery,
    WebTranscript transcript, ChatInbox inbox, TownClock clock, UploadThrottle uploads, Attachments attachments) : PageModel
{
    public Texts T => current.Texts;
    public SignedInMember? SignedIn => current.SignedIn;

    /// <summary>The code in the field (from <c>?invite=</c>, or what was typed when it was refused).</summary>
    public string? Code { get; private set; }

    public string? ReturnUrl { get; private set; }

    /// <summary>The sign-in form, not the chat: nobody is signed in, or a sign-in was refused.</summary>
    public bool ShowsSignIn { get; private set; }

    /// <summary>A sentence about the last attempt, or null.</summary>
    public string? Message { get; private set; }

    public IActionResult OnGet(string? invite, string? returnUrl)
    {
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        ReturnUrl = returnUrl;
        if (SignedIn is null)
        {
            ShowsSignIn = true;
            Code = invite is { Length: <= 64 } ? invite.Trim() : null;
            return Page();
        }
        if (returnUrl is { Length: > 0 }) return LocalRedirect(SignInExtensions.LocalOr(returnUrl, "/chat"));
        return ShowChat();
    }

    public async Task<IActionResult> OnPostSignInAsync(string? code, string? returnUrl)
    {
        Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        ReturnUrl = returnUrl;
        Code = code is { Length: <= 64 } ? code.Trim() : null;
        if (throttle.Attempt(HttpContext) is { } seconds)
        {
            Response.Headers.RetryAfter = seconds.ToString();
            return SignInForm(T.SignInThrottled(seconds, SignInThrottle.PerMinute), StatusCodes.Status429TooManyRequests);
        }
        if (!await antiforgery.IsRequestValidAsync(HttpContext)) return SignInForm(T.SignInFormExpired, StatusCodes.Status400BadRequest);
        if (string.IsNullOrWhiteSpace(code)) return SignInForm(T.SignInCodeEmpty, StatusCodes.Status400BadRequest);
        // Where to go is settled before the code is used: a bad address is ignored, it never costs the code.
        var target = SignInExtensions.LocalOr(returnUrl, "/chat");
        var result = await HttpContext.SignInWithAsync(() => accounts.Redeem(code));
        if (result != RedeemResult.Bound)
        {
            var texts = T;
            return SignInForm(result switch
            {
                RedeemResult.Expired => texts.InviteExpired,
                RedeemResult.AlreadyUsed => texts.InviteUsed,
                RedeemResult.MemberRemoved => texts.InviteMemberRemoved,
                _ => texts.SignInCodeUnknown,
            }, StatusCodes.Status400BadRequest);
        }
        return LocalRedirect(target);
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        if (SignedIn is not null && await antiforgery.IsRequestValidAsync(HttpContext)) await HttpContext.SignOutMemberAsync();
        return LocalRedirect("/chat");
    }

    PageResult SignInForm(string message, int status)
    {
        ShowsSignIn = true; // a refused sign-in shows the form, whoever is signed in
        Message = message;
        Response.StatusCode = status;
        return Page();
    }
}
