namespace ChatAppraisal.Bot.Web;

/// <summary>
/// Headers on every page and file the web pages serve: a Content-Security-Policy without inline script (the pages
/// have none), no framing, no MIME sniffing, and no Referer (a voting link carries its code). The API reference at
/// /scalar ships its own scripts and is left as it is.
/// </summary>
sealed class SecurityHeaders(RequestDelegate next)
{
    public const string Policy =
        "default-src 'self'; img-src 'self' data:; style-src 'self'; script-src 'self'; object-src 'none'; " +
        "base-uri 'self'; form-action 'self'; frame-ancestors 'none'";

    public Task InvokeAsync(HttpContext context)
    {
        if (!context.Request.Path.StartsWithSegments("/scalar"))
        {
            var headers = context.Response.Headers;
            headers.ContentSecurityPolicy = Policy;
            headers.XContentTypeOptions = "nosniff";
            headers.XFrameOptions = "DENY";
            headers["Referrer-Policy"] = "no-referrer";
            headers["Permissions-Policy"] = "camera=(), microphone=(), geolocation=()";
        }
        return next(context);
    }
}
