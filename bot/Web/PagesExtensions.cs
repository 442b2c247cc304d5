using System.Globalization;
using System.Text.Encodings.Web;
using System.Text.Unicode;
using System.Threading.RateLimiting;
using ChatAppraisal.Ballots;
using ChatAppraisal.Bot.Pages.Vote;
using ChatAppraisal.Bot.Web.SignIn;
using ChatAppraisal.Members;
using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;
using Microsoft.Extensions.WebEncoders;

namespace ChatAppraisal.Bot.Web;

public static class PagesExtensions
{
    /// <summary>The rate-limiting policy of the voting pages (per address, see <see cref="WebOptions.VoteRequestsPerMinute"/>).</summary>
    public const string VotePolicy = "vote";

    /// <summary>
    /// The web pages served beside the admin API (Razor Pages, anti-forgery, the project's own CSS; later the browser
    /// chat): validated <c>Web</c> options, the slips' links from <c>Web:PublicBaseUrl</c>, and the voting pages' rate limit.
    /// </summary>
    public static WebApplicationBuilder AddPages(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<WebOptions>().BindConfiguration(WebOptions.Section)
            .PostConfigure<IConfiguration>((o, configuration) =>
            {
                if (string.IsNullOrWhiteSpace(o.PublicBaseUrl)) o.PublicBaseUrl = BallotLinks.PublicBaseUrl(configuration);
            })
            .ValidateDataAnnotations().ValidateOnStart();
        services.Replace(ServiceDescriptor.Singleton(sp => new BallotLinks(sp.GetRequiredService<IOptions<WebOptions>>().Value.PublicBaseUrl)));
        services.AddHostedService<PublicBaseUrlCheck>();

        services.AddRazorPages();
        // Chinese stays readable in the HTML (新庄村, not &#x65B0;…); everything is still encoded where it must be.
        services.Configure<WebEncoderOptions>(o => o.TextEncoderSettings = new TextEncoderSettings(UnicodeRanges.All));
        services.AddAntiforgery(o =>
        {
            o.Cookie.Name = "ca-antiforgery";
            o.FormFieldName = "__RequestVerificationToken";
        });
        services.AddRateLimiter(o =>
        {
            o.RejectionStatusCode = StatusCodes.Status429TooManyRequests;
            o.AddPolicy(VotePolicy, context =>
            {
                var perMinute = context.RequestServices.GetRequiredService<IOptions<WebOptions>>().Value.VoteRequestsPerMinute;
                return RateLimitPartition.GetFixedWindowLimiter(context.Connection.RemoteIpAddress?.ToString() ?? "unknown",
                    _ => new FixedWindowRateLimiterOptions { PermitLimit = perMinute, Window = TimeSpan.FromMinutes(1), QueueLimit = 0 });
            });
            o.OnRejected = (rejected, cancellationToken) => TooManyRequests(rejected.HttpContext, rejected.Lease, cancellationToken);
        });
        return builder;
    }

    /// <summary>The pages' middleware and endpoints: 4xx for odd requests, security headers, /css, the rate limiter, anti-forgery, the pages, the root.</summary>
    public static WebApplication MapPages(this WebApplication app)
    {
        app.UseMiddleware<OddRequests>();
        app.UseMiddleware<SecurityHeaders>();
        app.UseStaticFiles();
        app.UseRateLimiter();
        app.UseAntiforgery();
        app.UseMiddleware<SignIn.MemberTown>(); // the signed-in member's town (a county member's choice) for the rest of the request
        app.MapRazorPages();
        // The bare address opens the chat's sign-in, or the console for a signed-in office member or admin.
        app.MapGet("/", (CurrentMember current) => TypedResults.Redirect(current.Has(Role.Office) ? "/console" : SignInExtensions.SignInPath))
            .ExcludeFromDescription();
        return app;
    }

    /// <summary>A refused request learns when to try again, in the page's language; nothing of it was read or stored.</summary>
    static async ValueTask TooManyRequests(HttpContext context, RateLimitLease lease, CancellationToken cancellationToken)
    {
        var seconds = lease.TryGetMetadata(MetadataName.RetryAfter, out var retryAfter) ? Math.Max(1, (int)Math.Ceiling(retryAfter.TotalSeconds)) : 60;
        context.Response.Headers.RetryAfter = seconds.ToString(CultureInfo.InvariantCulture);
        context.Response.Headers.CacheControl = ChatAppraisal.Bot.Web.PageCache.Never;
        context.Response.ContentType = "text/html; charset=utf-8";
        var words = VoteModel.Words;
        await context.Response.WriteAsync(
            $"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
            <title>{words.VoteTryLaterTitle}</title><link rel="stylesheet" href="/css/site.css"></head>
            <body><main class="page"><h1>{words.VoteTryLaterTitle}</h1>
            <p class="notice">{words.VoteTryLater(seconds)}</p></main></body></html>
            """, cancellationToken);
    }
}

/// <summary>Warns at start when the slips would point phones at an address they cannot reach (this machine's loopback).</summary>
sealed class PublicBaseUrlCheck(IOptions<WebOptions> options, ILogger<PublicBaseUrlCheck> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        var url = options.Value.PublicBaseUrl;
        if (Uri.TryCreate(url, UriKind.Absolute, out var uri) && uri.IsLoopback)
            logger.LogWarning("Web:PublicBaseUrl is {Url}: the QR codes on the ballot slips point there, and attendees' phones cannot reach this machine's loopback address. " +
                              "Set Web:PublicBaseUrl to an address the phones reach (and Admin:Urls to listen on it).", url);
        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
