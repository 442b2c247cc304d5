namespace ChatAppraisal.Bot.Hosting;

static class HostingExtensions
{
    /// <summary>Opens the database before anything else starts; a failing background worker is logged, never allowed to stop the host.</summary>
    public static WebApplicationBuilder AddDatabaseStartup(this WebApplicationBuilder builder)
    {
        builder.Services.AddHostedService<DatabaseStartup>();
        builder.Services.Configure<HostOptions>(o => o.BackgroundServiceExceptionBehavior = BackgroundServiceExceptionBehavior.Ignore);
        return builder;
    }
}
