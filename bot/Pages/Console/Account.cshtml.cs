using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// The signed-in member's own settings from the console's header: the language (the same setting as /lang in the browser
/// chat) and signing out. Any signed-in member may use it, so it is not a <see cref="ConsolePage"/> (whose posts need admin).
/// </summary>
[Authorize(Policy = SignInPolicies.Member)]
public sealed class AccountModel(CurrentMember current, MemberDirectory members) : PageModel
{
    public IActionResult OnGet() => LocalRedirect("/console");

    public IActionResult OnPostLanguage(string? lang, string? back)
    {
        if (current.SignedIn is { } signedIn && lang is "zh" or "en")
            members.SetLanguage(WebAccounts.Channel, signedIn.ChatId, lang);
        return LocalRedirect(SignInExtensions.LocalOr(back, "/console"));
    }

    public async Task<IActionResult> OnPostSignOutAsync()
    {
        await HttpContext.SignOutMemberAsync();
        return LocalRedirect("/console"); // to the sign-in, and back to the console after it
    }
}
