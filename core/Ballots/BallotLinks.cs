using Microsoft.Extensions.Configuration;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Ballots;

/// <summary>
/// The voting page's public address (the bot's <c>Web:PublicBaseUrl</c>), so the core's slips and the admin API can print
/// links without seeing the web project's options. It must be an address the attendees' phones reach.
/// </summary>
public sealed class BallotLinks(string publicBaseUrl)
{
    public string BaseUrl { get; } = publicBaseUrl.TrimEnd('/');

    /// <summary>The page where a code is typed by hand: <c>{PublicBaseUrl}/v</c>.</summary>
    public string TypeInPage => $"{BaseUrl}/v";

    public const string Setting = "Web:PublicBaseUrl";
    public const string Fallback = "http://127.0.0.1:5080";

    /// <summary><c>Web:PublicBaseUrl</c>, else the first of <c>Admin:Urls</c> (where the pages are served), else the admin default.</summary>
    public static string PublicBaseUrl(IConfiguration? configuration)
    {
        if (configuration?[Setting] is { Length: > 0 } configured) return configured.Trim();
        var urls = configuration?["Admin:Urls"]?.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries);
        return urls is { Length: > 0 } ? urls[0] : Fallback;
    }

    /// <summary>A slip's voting link: <c>{PublicBaseUrl}/v/{code}</c>.</summary>
    public string LinkFor(string code) => $"{BaseUrl}/v/{code}";
}

public static class BallotLinksServiceCollectionExtensions
{
    /// <summary>
    /// The pages' public address, for every link a chat answer prints (ballot slips, the console's rubric page), read from
    /// <c>Web:PublicBaseUrl</c>; the web pages register theirs first. Whoever prints links calls this; the first wins.
    /// </summary>
    public static IServiceCollection AddPublicLinks(this IServiceCollection services)
    {
        services.TryAddSingleton(sp => new BallotLinks(BallotLinks.PublicBaseUrl(sp.GetService<IConfiguration>())));
        return services;
    }
}
