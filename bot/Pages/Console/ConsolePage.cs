using ChatAppraisal.Appraisal;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace ChatAppraisal.Bot.Pages.Console;

/// <summary>
/// The office console's pages: a signed-in member with the role admin or office reads them; only an admin posts (changes
/// anything). A member without the role gets 403 with the sentence naming the role, as the sign-in's policies answer.
/// </summary>
[Authorize(Policy = SignInPolicies.Member)]
public abstract class ConsolePage(CurrentMember current) : PageModel
{
    /// <summary>Pages only an admin may even read (members, rubric, periods).</summary>
    protected virtual bool AdminOnly => false;

    public CurrentMember Current => current;

    public MemberDoc Member => current.Member!;

    public bool IsAdmin => current.Has(Role.Admin);

    public string Lang => current.Language == "en" ? "en" : "zh";

    public PageTexts W => PageTexts.For(Lang);

    /// <summary>The signed-in member as the audit trail names them, on channel "web".</summary>
    public Actor Actor => new(Member.Id, Member.Name, PageTexts.Channel);

    /// <summary>A refusal to show above the form, naming the field; nothing was stored.</summary>
    public string? Refusal { get; set; }

    /// <summary>What the last change did, shown once after the redirect.</summary>
    [TempData] public string? Done { get; set; }

    public override void OnPageHandlerExecuting(PageHandlerExecutingContext context)
    {
        if (current.Member is not { } member) return; // the policy already answered
        var changes = !HttpMethods.IsGet(context.HttpContext.Request.Method) && !HttpMethods.IsHead(context.HttpContext.Request.Method);
        var allowed = member.Has(Role.Admin) || (!changes && !AdminOnly && member.Has(Role.Office));
        if (allowed) return;
        context.Result = NeedsRole(changes || AdminOnly ? Role.Admin : Role.Office);
    }

    /// <summary>403 with the sentence naming the role the signed-in member lacks (also for a read only an admin may make).</summary>
    protected ContentResult NeedsRole(Role needed) => RoleRefusal.For(Request, current.Texts, needed, Member.Roles);
}
