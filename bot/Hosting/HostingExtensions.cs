using ChatAppraisal.Bot.Hosting;

namespace ChatAppraisal.Bot.Hosting;

static class HostingExtensions
{
    /// <summary>The core (storage, scoring) and the start-up step that opens the database.</summary>
    public static WebApplicationBuilder AddAppraisal(this WebApplicationBuilder builder)
    {
        builder.Services.AddAppraisalCore();
        builder.Services.AddHostedService<DatabaseStartup>();
        // A failing background worker is logged, never allowed to stop the admin API and the other channels.
        builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        return builder;
    }
}
