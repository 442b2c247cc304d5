using System.Security.Claims;
using ChatAppraisal.Members;
using ChatAppraisal.Storage;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authentication.Cookies;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.DataProtection;
using Microsoft.AspNetCore.DataProtection.KeyManagement;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Web.SignIn;

/// <summary>
/// Signing in to the pages (the browser chat, the office console): a session cookie (HttpOnly, SameSite=Lax, Secure over
/// HTTPS) that names a stored <see cref="WebSessionDoc"/>, checked on every request. See docs/webchat.md.
/// </summary>
public static class SignInExtensions
{
    public const string Scheme = CookieAuthenticationDefaults.AuthenticationScheme;
    public const string CookieName = "ca-session";
    const string SessionClaim = "ca:session";

    /// <summary>Where a page that needs a signed-in member sends a browser that is not (back to the page after).</summary>
    public const string SignInPath = "/chat";

    public static WebApplicationBuilder AddWebSignIn(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        if (services.Any(d => d.ServiceType == typeof(WebSessions))) return builder; // the chat and the console both ask for it
        // Cookies and anti-forgery tokens are sealed with keys kept beside the database, so a restart keeps everyone signed in;
        // on PostgreSQL in the database itself, so that every bot process sharing it opens every other's cookies.
        var dataProtection = services.AddDataProtection().SetApplicationName("ChatAppraisal");
        if (builder.Configuration.GetSection(StorageOptions.Section).Get<StorageOptions>() is { OnPostgres: true })
            services.AddSingleton<IConfigureOptions<KeyManagementOptions>>(sp =>
                new ConfigureOptions<KeyManagementOptions>(o => o.XmlRepository = new DatabaseKeys(sp.GetRequiredService<AppraisalStore>())));
        else
        {
            var keys = (builder.Configuration[$"{StorageOptions.Section}:Path"] ?? new StorageOptions().Path) + ".keys";
            var folder = Directory.CreateDirectory(Path.GetFullPath(keys));
            if (!OperatingSystem.IsWindows()) File.SetUnixFileMode(folder.FullName, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
            dataProtection.PersistKeysToFileSystem(folder);
            // Unencrypted keys in an owner-only folder are the design: our line names the folder instead of the warning.
            builder.Logging.AddFilter(PageKeysLine.KeyManagerCategory, LogLevel.Error);
            services.AddHostedService(sp => new PageKeysLine(folder.FullName, sp.GetRequiredService<ILogger<PageKeysLine>>()));
        }

        services.AddSingleton<IInviteSafe, ProtectedInviteSafe>();
        services.AddHttpContextAccessor();
        services.AddSingleton<WebAccounts>();
        services.AddSingleton<WebSessions>();
        services.AddSingleton<WebSignInLinks>();
        services.AddSingleton<SignInThrottle>();
        services.AddScoped<CurrentMember>();
        services.AddSingleton<IAuthorizationHandler, RoleRequirementHandler>();
        services.AddScoped<Microsoft.AspNetCore.Authorization.IAuthorizationMiddlewareResultHandler, RoleForbiddenHandler>();
        services.AddAuthorization(SignInPolicies.Add);
        services.AddAuthentication(Scheme).AddCookie(Scheme, o =>
        {
            o.Cookie.Name = CookieName;
            o.Cookie.HttpOnly = true;
            o.Cookie.SameSite = SameSiteMode.Lax;
            o.Cookie.SecurePolicy = CookieSecurePolicy.SameAsRequest;
            o.ExpireTimeSpan = WebSessions.IdleLimit;
            o.SlidingExpiration = true;
            o.LoginPath = SignInPath;
            o.ReturnUrlParameter = "returnUrl";
            o.Events.OnValidatePrincipal = Validate;
            o.Events.OnRedirectToLogin = context =>
            {
                // A page sends the browser to sign in; the live transcript, files and posts answer 401.
                if (HttpMethods.IsGet(context.Request.Method) && context.Request.Headers.Accept.ToString().Contains("text/html"))
                    context.Response.Redirect(context.RedirectUri);
                else
                    context.Response.StatusCode = StatusCodes.Status401Unauthorized;
                return Task.CompletedTask;
            };
            o.Events.OnRedirectToAccessDenied = context =>
            {
                context.Response.StatusCode = StatusCodes.Status403Forbidden;
                return Task.CompletedTask;
            };
        });
        return builder;
    }

    /// <summary>Every request: the session must still exist, be in use within 30 days, and its member not removed.</summary>
    static async Task Validate(CookieValidatePrincipalContext context)
    {
        var secret = context.Principal?.FindFirst(SessionClaim)?.Value;
        var signedIn = secret is null ? null : context.HttpContext.RequestServices.GetRequiredService<WebSessions>().Check(secret);
        if (signedIn is null)
        {
            context.RejectPrincipal();
            await context.HttpContext.SignOutAsync(Scheme);
            return;
        }
        context.HttpContext.Items[typeof(SignedInMember)] = signedIn;
    }

    /// <summary>
    /// Uses a credential up (an invite code, a sign-in link) and starts the member's session in one transaction, then sets
    /// the cookie: both happen or neither. <paramref name="use"/> gives the member only when the credential was good.
    /// A session the browser had before ends.
    /// </summary>
    public static async Task<TResult> SignInWithAsync<TResult>(this HttpContext http, Func<(TResult Result, MemberDoc? Member)> use)
    {
        var store = http.RequestServices.GetRequiredService<AppraisalStore>();
        var sessions = http.RequestServices.GetRequiredService<WebSessions>();
        var (result, member, started) = store.Write(() =>
        {
            var (result, member) = use();
            return member is null ? (result, null, default) : (result, member, sessions.Start(member));
        });
        if (member is null) return result;
        if (http.Items[typeof(SignedInMember)] is SignedInMember before) sessions.End(before.Session.Id);
        var (session, secret) = started;
        var identity = new ClaimsIdentity(
            [new Claim(SessionClaim, secret), new Claim(ClaimTypes.NameIdentifier, member.Id.ToString()), new Claim(ClaimTypes.Name, member.Name)],
            Scheme);
        await http.SignInAsync(Scheme, new ClaimsPrincipal(identity), new AuthenticationProperties { IsPersistent = true });
        http.Items[typeof(SignedInMember)] = new SignedInMember(member, session, WebAccounts.ChatId(member.Id));
        return result;
    }

    /// <summary>Ends the session (it can never be used again, even with a copy of the cookie) and clears the cookie.</summary>
    public static async Task SignOutMemberAsync(this HttpContext http)
    {
        if (http.Items[typeof(SignedInMember)] is SignedInMember signedIn)
            http.RequestServices.GetRequiredService<WebSessions>().End(signedIn.Session.Id);
        http.Items.Remove(typeof(SignedInMember));
        await http.SignOutAsync(Scheme);
    }

    /// <summary>
    /// A return address that stays on this site ("/console", never "//evil.example" nor "/\t/evil.example"): a path, with
    /// no control character or space anywhere (browsers drop them, which turns "/\t/x" into "//x"). Anything else is
    /// ignored for <paramref name="fallback"/>, so a crafted address never costs a sign-in.
    /// </summary>
    public static string LocalOr(string? returnUrl, string fallback) =>
        returnUrl is { Length: > 0 and <= 2048 } && returnUrl[0] == '/' && (returnUrl.Length == 1 || returnUrl[1] is not ('/' or '\\'))
        && !returnUrl.Any(c => char.IsControl(c) || char.IsWhiteSpace(c))
            ? returnUrl
            : fallback;
}
