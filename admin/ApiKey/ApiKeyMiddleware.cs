using System.Text.Json;
using ChatAppraisal.Storage;
using ChatAppraisal.Towns;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Admin.ApiKey;

/// <summary>Endpoint metadata: this endpoint answers only to the admin API key.</summary>
public sealed class RequiresApiKey
{
    public static readonly RequiresApiKey Instance = new();
}

/// <summary>Endpoint metadata: only the county's key (<c>Admin:ApiKey</c>) opens it, never a town's.</summary>
public sealed class CountyOnly
{
    public static readonly CountyOnly Instance = new();
}

public static class ApiKeyEndpointExtensions
{
    /// <summary>Every endpoint of the group (or the endpoint) needs the X-Api-Key header.</summary>
    public static TBuilder RequireApiKey<TBuilder>(this TBuilder builder) where TBuilder : IEndpointConventionBuilder =>
        builder.WithMetadata(RequiresApiKey.Instance);
}

/// <summary>
/// Checks X-Api-Key for endpoints marked <see cref="RequiresApiKey"/>: 401 and nothing else when it is missing or wrong.
/// A middleware after routing rather than an endpoint filter, because filters run after the body is read: a request
/// without the key must not learn whether its body was well-formed. (An authentication scheme would do the same but
/// brings data protection and its key ring, which nothing else here needs.)
/// It also resolves the request's town, once: the route's <c>{townId}</c> (/api/towns/{townId}/…), else the default town.
/// The county's key opens every town; a town's key only its own (403 elsewhere, and on the county's own routes). The rest of
/// the request runs in that town's scope (<see cref="TownScope"/>).
/// </summary>
sealed class ApiKeyMiddleware(RequestDelegate next, AdminApiKey key, TownKeys townKeys, TownList towns, ILogger<ApiKeyMiddleware> logger)
{
    public const string TownRouteValue = "townId";

    public async Task InvokeAsync(HttpContext context)
    {
        var endpoint = context.GetEndpoint();
        if (endpoint?.Metadata.GetMetadata<RequiresApiKey>() is null)
        {
            await next(context);
            return;
        }
        var presented = context.Request.Headers[AdminApiKey.Header];
        var county = presented.Count == 1 && key.Matches(presented[0]);
        var keyTown = county || presented.Count != 1 ? null : townKeys.TownOf(presented[0]!);
        if (!county && keyTown is null)
        {
            logger.LogInformation("Refused {Method} {Path} from {Remote}: {Header} {State}", context.Request.Method, context.Request.Path,
                context.Connection.RemoteIpAddress, AdminApiKey.Header, presented.Count == 0 ? "missing" : "wrong");
            context.Response.StatusCode = StatusCodes.Status401Unauthorized;
            return;
        }
        var routed = context.GetRouteValue(TownRouteValue) is string value ? int.TryParse(value, out var t) ? t : -1 : (int?)null;
        var town = routed ?? TownScope.DefaultTownId;
        if (keyTown is { } own && (own != town || endpoint.Metadata.GetMetadata<CountyOnly>() is not null))
        {
            logger.LogInformation("Refused {Method} {Path} from {Remote}: the key of town {KeyTown} on another town's route",
                context.Request.Method, context.Request.Path, context.Connection.RemoteIpAddress, own);
            await Problem(context, StatusCodes.Status403Forbidden, "Forbidden", AdminApiKey.Header, "This key is one town's; it opens only that town's routes (/api/towns/{townId}/…).");
            return;
        }
        if (routed is not null && towns.Find(town) is null)
        {
            await Problem(context, StatusCodes.Status404NotFound, "Not found", TownRouteValue, $"There is no town with id {RouteTown(context)}.");
            return;
        }
        using (TownScope.Enter(town)) await next(context);
    }

    static string? RouteTown(HttpContext context) => context.GetRouteValue(TownRouteValue)?.ToString();

    // As ApiProblems writes them: the field at fault in errors, the same sentence in detail.
    static Task Problem(HttpContext context, int status, string title, string field, string detail)
    {
        context.Response.StatusCode = status;
        context.Response.ContentType = "application/problem+json";
        var errors = new Dictionary<string, string[]> { [field] = [detail] };
        return context.Response.WriteAsync(JsonSerializer.Serialize(new { title, status, detail, errors }));
    }
}
