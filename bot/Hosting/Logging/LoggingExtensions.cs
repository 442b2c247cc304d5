using Microsoft.Extensions.Configuration.Memory;
using Microsoft.Extensions.DependencyInjection.Extensions;

namespace ChatAppraisal.Bot.Hosting.Logging;

public static class LoggingExtensions
{
    /// <summary>
    /// The program's own logging defaults, whatever folder it starts in (appsettings.json is read from the working
    /// directory, so a published program started elsewhere has none): Information for the bot, Warning for ASP.NET Core's
    /// request lines and HTTP clients. Settings still override them. Every line is redacted (<see cref="LogRedaction"/>).
    /// </summary>
    public static WebApplicationBuilder AddOwnLogging(this WebApplicationBuilder builder)
    {
        // First among the sources, so appsettings.json, the environment and the command line come after and win.
        builder.Configuration.Sources.Insert(0, new MemoryConfigurationSource
        {
            InitialData = new Dictionary<string, string?>
            {
                ["Logging:LogLevel:Default"] = "Information",
                ["Logging:LogLevel:Microsoft.AspNetCore"] = "Warning",
                ["Logging:LogLevel:Microsoft.Hosting.Lifetime"] = "Warning",
                ["Logging:LogLevel:System.Net.Http.HttpClient"] = "Warning",
            },
        });
        var factory = builder.Services.LastOrDefault(d => d.ServiceType == typeof(ILoggerFactory))
                      ?? throw new InvalidOperationException("The host registered no logger factory.");
        builder.Services.Replace(ServiceDescriptor.Singleton<ILoggerFactory>(services => new RedactingLoggerFactory(Inner(services, factory))));
        return builder;
    }

    static ILoggerFactory Inner(IServiceProvider services, ServiceDescriptor registered) =>
        registered.ImplementationInstance as ILoggerFactory
        ?? registered.ImplementationFactory?.Invoke(services) as ILoggerFactory
        ?? (ILoggerFactory)ActivatorUtilities.CreateInstance(services, registered.ImplementationType!);
}
