using ChatAppraisal.Members;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Authorization.Policy;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// Authorization policies of the pages: <see cref="Member"/> (any signed-in member) and one per role
/// (<c>[Authorize(Policy = SignInPolicies.Office)]</c>, or <see cref="For"/>). Roles are read from the database on each
/// request, so a changed post takes effect at once. A member without the role gets 403 with a sentence naming it.
/// </summary>
public static class SignInPolicies
{
    public const string Member = "member";
    public const string Examiner = "role:examiner", GroupLeader = "role:group-leader", Leader = "role:leader", Office = "role:office", Admin = "role:admin";

    public static string For(Role role) => "role:" + RoleNames.Name(role);

    internal static void Add(AuthorizationOptions options)
    {
        options.AddPolicy(Member, p => p.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(null)));
        foreach (var role in Enum.GetValues<Role>())
            options.AddPolicy(For(role), p => p.RequireAuthenticatedUser().AddRequirements(new RoleRequirement(role)));
    }
}

/// <summary>A signed-in member, with the role when one is named.</summary>
public sealed record RoleRequirement(Role? Role) : IAuthorizationRequirement;

sealed class RoleRequirementHandler : AuthorizationHandler<RoleRequirement>
{
    protected override Task HandleRequirementAsync(AuthorizationHandlerContext context, RoleRequirement requirement)
    {
        var http = context.Resource as HttpContext ?? (context.Resource as Microsoft.AspNetCore.Mvc.Filters.AuthorizationFilterContext)?.HttpContext;
        if (http?.Items[typeof(SignedInMember)] is SignedInMember signedIn && (requirement.Role is not { } role || signedIn.Member.Has(role)))
            context.Succeed(requirement);
        return Task.CompletedTask;
    }
}

/// <summary>A forbidden page says which role it needs, in the member's language; everything else as ASP.NET Core answers it.</summary>
sealed class RoleForbiddenHandler(CurrentMember current) : IAuthorizationMiddlewareResultHandler
{
    readonly AuthorizationMiddlewareResultHandler _default = new();

    public async Task HandleAsync(RequestDelegate next, HttpContext context, AuthorizationPolicy policy, PolicyAuthorizationResult authorizeResult)
    {
        if (authorizeResult.Forbidden && current.SignedIn is { } signedIn
            && authorizeResult.AuthorizationFailure?.FailedRequirements.OfType<RoleRequirement>().FirstOrDefault() is { Role: { } role })
        {
            await RoleRefusal.Write(context, current.Texts, role, signedIn.Member.Roles);
            return;
        }
        await _default.HandleAsync(next, context, policy, authorizeResult);
    }
}
