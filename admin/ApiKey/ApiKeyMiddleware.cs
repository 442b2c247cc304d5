using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.Extensions.Logging;

namespace ChatAppraisal.Admin.ApiKey;

/// <summary>Endpoint metadata: this endpoint answers only to the admin API key.</summary>
public sealed class RequiresApiKey
{
    public static readonly RequiresApiKey Instance = new();
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
/// </summary>
sealed class ApiKeyMiddleware(RequestDelegate next, AdminApiKey key, ILogger<ApiKeyMiddleware> logger)
{
    public Task InvokeAsync(HttpContext context)
    {
        if (context.GetEndpoint()?.Metadata.GetMetadata<RequiresApiKey>() is null) return next(context);
        var presented = context.Request.Headers[AdminApiKey.Header];
        if (presented.Count == 1 && key.Matches(presented[0])) return next(context);
        logger.LogInformation("Refused {Method} {Path} from {Remote}: {Header} {State}", context.Request.Method, context.Request.Path,
            context.Connection.RemoteIpAddress, AdminApiKey.Header, presented.Count == 0 ? "missing" : "wrong");
        context.Response.StatusCode = StatusCodes.Status401Unauthorized;
        return Task.CompletedTask;
    }
}
