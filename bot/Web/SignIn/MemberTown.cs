using ChatAppraisal.Admin.ApiKey;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using ChatAppraisal.Towns;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// A page's town, resolved once per request: the signed-in member's own. A county member (<see cref="Role.County"/>) reads
/// the town the console's header chose (the <see cref="CookieName"/> cookie, set by <c>?town=ID</c>). The rest of the request
/// runs in that town's scope (<see cref="TownScope"/>); the admin API resolves its own (<see cref="ApiKeyMiddleware"/>).
/// </summary>
sealed class MemberTown(RequestDelegate next, TownList towns)
{
    public const string CookieName = "ca-town", QueryName = "town";

    public async Task InvokeAsync(HttpContext context)
    {
        if (context.Items[typeof(SignedInMember)] is not SignedInMember signedIn || context.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKey>() is not null)
        {
            await next(context);
            return;
        }
        var town = signedIn.Member.TownId == 0 ? TownScope.DefaultTownId : signedIn.Member.TownId;
        if (signedIn.Member.Has(Role.County) && Chosen(context) is { } chosen && towns.Find(chosen) is not null)
        {
            town = chosen;
            if (context.Request.Query.ContainsKey(QueryName))
                context.Response.Cookies.Append(CookieName, chosen.ToString(), new CookieOptions { HttpOnly = true, SameSite = SameSiteMode.Lax, IsEssential = true });
        }
        using (TownScope.Enter(town)) await next(context);
    }

    static int? Chosen(HttpContext context) =>
        int.TryParse(context.Request.Query[QueryName].FirstOrDefault() ?? context.Request.Cookies[CookieName], out var id) ? id : null;
}
