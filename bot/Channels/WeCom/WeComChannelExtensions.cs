using Microsoft.Extensions.DependencyInjection.Extensions;
using Microsoft.Extensions.Options;

namespace ChatAppraisal.Bot.Channels.WeCom;

public static class WeComChannelExtensions
{
    public static bool IsWeComConfigured(this IConfiguration configuration) =>
        !string.IsNullOrWhiteSpace(configuration[$"{WeComOptions.Section}:{nameof(WeComOptions.CorpId)}"]);

    /// <summary>The WeCom channel when <c>WeCom:CorpId</c> is set (every WeCom setting checked at start); otherwise nothing.</summary>
    public static WebApplicationBuilder AddWeComChannel(this WebApplicationBuilder builder)
    {
        if (!builder.Configuration.IsWeComConfigured()) return builder;

        var services = builder.Services;
        services.AddOptions<WeComOptions>().BindConfiguration(WeComOptions.Section).ValidateOnStart();
        services.AddSingleton<IValidateOptions<WeComOptions>, WeComOptionsValidator>();
        services.TryAddSingleton(TimeProvider.System);
        services.AddSingleton<WeComTokenCache>();
        services.AddHttpClient<WeComApiClient>(http => http.Timeout = TimeSpan.FromSeconds(20))
            // The channel holds its client for months: recycle connections so DNS changes are seen.
            .UseSocketsHttpHandler((handler, _) => handler.PooledConnectionLifetime = TimeSpan.FromMinutes(5))
            .SetHandlerLifetime(Timeout.InfiniteTimeSpan);
        services.AddSingleton(sp => WeComCrypto.For(sp.GetRequiredService<IOptions<WeComOptions>>().Value));
        services.AddSingleton<WeComButtonMemory>();
        services.AddSingleton<WeComIncoming>();
        services.AddSingleton<WeComFiles>();
        services.AddChatChannel<WeComChannel>();
        services.AddSingleton<WeComMenu>();
        services.AddHostedService<WeComMenuSetter>();
        return builder;
    }

    /// <summary><c>GET</c> and <c>POST /wecom/callback</c> when the WeCom channel runs; otherwise nothing.</summary>
    public static IEndpointRouteBuilder MapWeComCallback(this IEndpointRouteBuilder app)
    {
        if (app.ServiceProvider.GetService<IOptions<WeComOptions>>()?.Value is not { Enabled: true }) return app;
        app.MapGet(WeComOptions.CallbackPath, WeComCallback.VerifyUrl).ExcludeFromDescription();
        app.MapPost(WeComOptions.CallbackPath, WeComCallback.ReceiveAsync).ExcludeFromDescription();
        return app;
    }
}
